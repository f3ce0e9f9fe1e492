/// A calendar date known to the year, the month or the day: `2006`, `2021-09` or `2015-02-12`.
///
/// A partial date stands for the whole period it names: `2021-09` is every day of September 2021.
/// Dates order by their first day, then by precision (a year before its months), so `2021` <
/// `2021-01` < `2021-01-01` < `2021-01-02` < `2021-02`.
public struct PartialDate: Hashable, Comparable, Sendable, CustomStringConvertible {
    /// The year, 1...9999.
    public var year: Int { Int(storedYear) }
    /// The month 1...12, when known.
    public var month: Int? { storedMonth == 0 ? nil : Int(storedMonth) }
    /// The day of the month, when known (only with a month).
    public var day: Int? { storedDay == 0 ? nil : Int(storedDay) }

    // Four bytes instead of 40 (an `Int` and two `Int?`): every node and edge holds two optional
    // dates, so this is about 70 bytes per element of a large network (issue 16). 0 is "unknown".
    private let storedYear: UInt16
    private let storedMonth: UInt8
    private let storedDay: UInt8

    /// Creates a date; returns `nil` unless it is a real calendar date (e.g. not `2023-02-30`).
    public init?(year: Int, month: Int? = nil, day: Int? = nil) {
        guard (1...9999).contains(year) else { return nil }
        if let month { guard (1...12).contains(month) else { return nil } }
        if let day {
            guard let month, (1...PartialDate.daysIn(month: month, year: year)).contains(day) else { return nil }
        }
        self.storedYear = UInt16(year)
        self.storedMonth = UInt8(month ?? 0)
        self.storedDay = UInt8(day ?? 0)
    }

    /// Parses `YYYY`, `YYYY-MM` or `YYYY-MM-DD` (digits only, zero-padded); `nil` otherwise.
    public init?(parsing text: String) {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard (1...3).contains(parts.count) else { return nil }
        let widths = [4, 2, 2]
        var numbers: [Int] = []
        for (index, part) in parts.enumerated() {
            guard part.count == widths[index], part.utf8.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }),
                  let number = Int(part) else { return nil }
            numbers.append(number)
        }
        self.init(year: numbers[0], month: numbers.count > 1 ? numbers[1] : nil,
                  day: numbers.count > 2 ? numbers[2] : nil)
    }

    /// The first day of the period, as a sortable day number `yyyymmdd`.
    public var firstDay: Int { year * 10_000 + (month ?? 1) * 100 + (day ?? 1) }

    /// The last day of the period, as a sortable day number `yyyymmdd`.
    public var lastDay: Int {
        let m = month ?? 12
        return year * 10_000 + m * 100 + (day ?? PartialDate.daysIn(month: m, year: year))
    }

    /// Whether the periods of the two dates share at least one day.
    public func overlaps(_ other: PartialDate) -> Bool {
        firstDay <= other.lastDay && other.firstDay <= lastDay
    }

    /// The canonical written form: `2006`, `2021-09`, `2015-02-12`.
    public var description: String {
        var text = String(year).leftPadded(to: 4)
        if let month { text += "-" + String(month).leftPadded(to: 2) }
        if let day { text += "-" + String(day).leftPadded(to: 2) }
        return text
    }

    public static func < (lhs: PartialDate, rhs: PartialDate) -> Bool {
        if lhs.firstDay != rhs.firstDay { return lhs.firstDay < rhs.firstDay }
        return lhs.precision < rhs.precision
    }

    private var precision: Int { day != nil ? 2 : (month != nil ? 1 : 0) }

    static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }
}

/// A validity period: from `since` to `until`, both inclusive, either open.
///
/// An element is valid at a date when its period and the date's period share a day: a node
/// `until: 2021-09` and a node `since: 2021-09` are both valid at `2021-09` and at `2021`.
public struct ValidityPeriod: Hashable, Sendable {
    /// The first period of validity, or `nil` for "always before".
    public var since: PartialDate?
    /// The last period of validity (inclusive), or `nil` for "still valid".
    public var until: PartialDate?

    /// Creates a period.
    public init(since: PartialDate? = nil, until: PartialDate? = nil) {
        self.since = since
        self.until = until
    }

    /// Whether the period shares at least one day with `date`.
    public func isValid(at date: PartialDate) -> Bool {
        if let since, since.firstDay > date.lastDay { return false }
        if let until, until.lastDay < date.firstDay { return false }
        return true
    }
}

extension String {
    func leftPadded(to width: Int) -> String {
        count >= width ? self : String(repeating: "0", count: width - count) + self
    }
}

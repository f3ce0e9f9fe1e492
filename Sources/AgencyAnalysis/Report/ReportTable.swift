import AgencyModel
import TextKit

/// A table of a report, as the CLI prints it (table, CSV, Markdown) and a briefing embeds it.
///
/// Every report turns into one or more tables; the first is the main one. Cells are plain text;
/// numbers are already formatted.
public struct ReportTable: Sendable, Equatable, Codable {
    /// A short machine name (`counts`, `articulation-points`), used by `--table`.
    public var name: String
    /// A human title.
    public var title: String
    /// Column headers.
    public var columns: [String]
    /// Rows of cells (each as many as ``columns``).
    public var rows: [[String]]
    /// Lines printed under the table (a summary or an explanation).
    public var notes: [String]

    /// Creates a table.
    ///
    /// - Parameters:
    ///   - name: a short machine name, used by `--table`.
    ///   - title: a human title.
    ///   - columns: the column headers.
    ///   - rows: the rows, each with as many cells as `columns`.
    ///   - notes: lines printed under the table (none by default).
    public init(name: String, title: String, columns: [String], rows: [[String]], notes: [String] = []) {
        self.name = name
        self.title = title
        self.columns = columns
        self.rows = rows
        self.notes = notes
    }
}

/// A result that can be shown as tables.
public protocol TabularReport: Encodable, Sendable {
    /// The JSON schema name, e.g. `stats` (see docs/json-output.md).
    static var schemaName: String { get }
    /// The tables in `language`, main table first: titles, column headers, notes and fixed cell
    /// words in that language, numbers through `TextKit.NumberText` (a decimal comma in fr, nl
    /// and de). Table ``ReportTable/name``s are the same in every language. Data (ids, levels,
    /// edge types, rule messages) is shown as it is.
    func tables(in language: Language) -> [ReportTable]
}

extension TabularReport {
    /// The tables in English, main table first (``tables(in:)`` with `.en`).
    public var tables: [ReportTable] { tables(in: .en) }
}

/// The version of every JSON report's schema (docs/json-output.md). Bumped when a field changes
/// meaning or disappears; adding a field does not bump it.
public let reportSchemaVersion = 1

extension Language {
    /// `x` as a table cell: `TextKit.NumberText.table` (up to four decimals, a decimal comma
    /// in fr, nl and de), with fewer decimals where a column asks for them.
    func number(_ x: Double, decimals: Int = 4) -> String {
        var style = NumberText.table
        style.decimals = decimals
        return style.string(x, in: self)
    }

    /// A value a report stores already written as English table text (``Change/before``): a
    /// number gets this language's decimal separator; other text (`n/a`) is kept.
    func numberText(_ text: String) -> String {
        guard self != .en, Double(text) != nil else { return text }
        return text.replacingOccurrences(of: ".", with: ",")
    }

    /// `yes` or `no`.
    func yesNo(_ value: Bool) -> String { word(value ? .tableYes : .tableNo) }

    /// A node kind as a table cell: the raw kind in English (as the data writes it), the kind's
    /// name in other languages (a custom `x-…` kind as it is).
    func kindCell(_ kind: String) -> String {
        self == .en ? kind : name(of: NodeKind(rawValue: kind))
    }

    /// An edge type as a table cell: the raw type in English, the type's name in other languages.
    func edgeTypeCell(_ type: String) -> String {
        self == .en ? type : name(of: EdgeType(rawValue: type))
    }

    /// A level id as a table cell: `(none)`, the stand-in for nodes without a level, in this language.
    func levelCell(_ level: String) -> String {
        level == "(none)" ? word(.tableNone) : level
    }
}

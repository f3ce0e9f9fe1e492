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
    /// The tables, main table first.
    var tables: [ReportTable] { get }
}

/// The version of every JSON report's schema (docs/json-output.md). Bumped when a field changes
/// meaning or disappears; adding a field does not bump it.
public let reportSchemaVersion = 1

/// Formats a number for tables: integers without decimals, others with up to `digits` decimals.
func fmt(_ x: Double, digits: Int = 4) -> String {
    if x.isNaN { return "n/a" }
    if x.isInfinite { return x > 0 ? "inf" : "-inf" }
    if x == x.rounded() && abs(x) < 1e15 { return String(Int64(x)) }
    var s = String(format: digits, x)
    while s.hasSuffix("0") { s.removeLast() }
    if s.hasSuffix(".") { s.removeLast() }
    return s
}

private func String(format digits: Int, _ x: Double) -> String {
    let scale = pow10(digits)
    let r = (x * scale).rounded() / scale
    var text = "\(r)"
    if text.contains("e") { return text }
    if let dot = text.firstIndex(of: ".") {
        let decimals = text.distance(from: dot, to: text.endIndex) - 1
        if decimals > digits { text = String(text[..<text.index(dot, offsetBy: digits + 1)]) }
    }
    return text
}

private func pow10(_ n: Int) -> Double { (0 ..< n).reduce(1.0) { a, _ in a * 10 } }

import AgencyAnalysis
import Foundation
import TextKit

/// Prints a report as a table, JSON, CSV or Markdown (docs/cli.md, docs/json-output.md).
enum ReportOutput {
    /// The JSON envelope every analysis prints (docs/json-output.md).
    struct Envelope<R: Encodable>: Encodable {
        var schema: String
        var version: Int
        var network: String
        var view: ViewDescription
        var result: R
    }

    struct ViewDescription: Encodable {
        var directed: Bool
        var weight: String?
        var weightMeans: String?
        var language: String
        var nodes: Int
        var edges: Int
        /// The node kinds present in the view.
        var kinds: [String]
        /// The relation layers with edges in the view.
        var layers: [String]
    }

    static func emit<R: TabularReport>(_ report: R, view: AnalysisView, _ output: OutputOptions) throws {
        let text = try render(report, view: view, output)
        if let path = output.output {
            try Files.write(Array(text.utf8), to: path)
        } else {
            FileHandle.standardOutput.write(Data(text.utf8))
        }
    }

    static func render<R: TabularReport>(_ report: R, view: AnalysisView, _ output: OutputOptions) throws -> String {
        switch output.format {
        case .json:
            let envelope = Envelope(
                schema: "agencygraph.\(R.schemaName)", version: reportSchemaVersion, network: view.network.id,
                view: ViewDescription(directed: view.options.directed, weight: view.options.weight?.attribute,
                                      weightMeans: view.options.weight?.semantics.rawValue, language: output.lang.rawValue,
                                      nodes: view.graph.nodeCount, edges: view.network.edges.count,
                                      kinds: view.network.kinds.map(\.rawValue),
                                      layers: view.context.layers.filter { $0.types.contains { (view.network.countsByType[$0] ?? 0) > 0 } }.map(\.name)),
                result: report)
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
            encoder.nonConformingFloatEncodingStrategy = .convertToString(positiveInfinity: "inf", negativeInfinity: "-inf", nan: "nan")
            return String(decoding: try encoder.encode(envelope), as: UTF8.self) + "\n"
        case .csv:
            // Machine-read: English headers and dot decimals whatever --lang says (docs/cli.md).
            let tables = report.tables(in: .en)
            let chosen: ReportTable
            if let name = output.table {
                guard let t = tables.first(where: { $0.name == name }) else {
                    throw CLIFailure(DiagnosticText.format(file: nil, "--table: no table '\(name)'; use \(tables.map(\.name).joined(separator: ", "))"), status: .usage)
                }
                chosen = t
            } else {
                chosen = tables[0]
            }
            return csv(chosen)
        case .markdown:
            return report.tables(in: output.lang).map { markdown($0, output.lang) }.joined(separator: "\n")
        case .table:
            return report.tables(in: output.lang).map { text($0, output.lang, width: terminalWidth()) }.joined(separator: "\n")
        }
    }

    /// RFC 4180: CRLF line ends; fields with a comma, quote, CR or LF quoted, quotes doubled
    /// (``Escape/csvField(_:)``, which also writes non-text scalars as U+FFFD).
    static func csv(_ table: ReportTable) -> String {
        ([table.columns] + table.rows).map { $0.map(Escape.csvField).joined(separator: ",") + "\r\n" }.joined()
    }

    /// A Markdown heading, pipe table and notes; data escaped only where CommonMark would read it
    /// as markup (``Markdown``).
    static func markdown(_ table: ReportTable, _ language: Language) -> String {
        var out = "### \(Markdown.heading(table.title))\n\n"
        if table.rows.isEmpty {
            out += "\(language.word(.tableNone))\n"
        } else {
            out += "| " + table.columns.map(Markdown.tableCell).joined(separator: " | ") + " |\n"
            out += "|" + table.columns.map { _ in " --- |" }.joined() + "\n"
            for row in table.rows { out += "| " + row.map(Markdown.tableCell).joined(separator: " | ") + " |\n" }
        }
        for note in table.notes { out += "\n\(Markdown.lineStart(note))\n" }
        return out
    }

    /// The terminal's width: `COLUMNS`, else the terminal's size when standard output is one, else
    /// unlimited (a file or a pipe gets every character).
    static func terminalWidth() -> Int? {
        if let text = ProcessInfo.processInfo.environment["COLUMNS"], let n = Int(text), n > 0 { return n }
        guard isatty(STDOUT_FILENO) != 0 else { return nil }
        var size = winsize()
        if ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 { return Int(size.ws_col) }
        return 80
    }

    /// The number of characters of `text` (`String.count`), read from its UTF-8 bytes when they
    /// are ASCII without a CR (where every byte is one character), the usual case of a cell.
    static func characterCount(_ text: String) -> Int {
        for byte in text.utf8 where byte >= 0x80 || byte == 0x0D { return text.count }
        return text.utf8.count
    }

    /// An aligned text table; the widest columns are shortened (with …) until the table fits `width`.
    static func text(_ table: ReportTable, _ language: Language, width: Int?) -> String {
        var out = "\(table.title)\n"
        guard !table.rows.isEmpty else {
            return out + "  \(language.word(.tableNone))\n" + table.notes.map { "  \($0)\n" }.joined()
        }
        var widths = table.columns.map(characterCount)
        for row in table.rows {
            for i in widths.indices where i < row.count { widths[i] = max(widths[i], characterCount(row[i])) }
        }
        if let width {
            let separators = 2 * (widths.count - 1) + 2
            while widths.reduce(0, +) + separators > width {
                guard let widest = widths.indices.max(by: { (widths[$0], -$0) < (widths[$1], -$1) }), widths[widest] > 8 else { break }
                widths[widest] -= 1
            }
        }
        func line(_ cells: [String]) -> String {
            let parts = widths.indices.map { i -> String in
                var c = i < cells.count ? cells[i] : ""
                var count = characterCount(c)
                if count > widths[i] { c = String(c.prefix(widths[i] - 1)) + "…"; count = c.count }
                return i == widths.count - 1 ? c : c + String(repeating: " ", count: widths[i] - count)
            }
            return "  " + parts.joined(separator: "  ")
        }
        out += line(table.columns) + "\n"
        out += "  " + widths.map { String(repeating: "-", count: $0) }.joined(separator: "  ") + "\n"
        for row in table.rows { out += line(row) + "\n" }
        for note in table.notes { out += "  \(note)\n" }
        return out
    }
}

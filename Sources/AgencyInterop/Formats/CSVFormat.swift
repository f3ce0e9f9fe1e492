import AgencyModel
import Foundation
import TextKit

/// RFC 4180 CSV: reading with located errors, writing with quoting.
enum CSV {
    /// A field as ``TextKit/Escape/csvField(_:)`` writes it (quoted when needed).
    static func field(_ text: String) -> String { Escape.csvField(text) }

    /// Spreadsheets run cells starting with `=`, `+`, `-`, `@`, tab or CR as formulas ("CSV
    /// injection"). Such text is written with a leading `'`, which ``unprotect(_:)`` removes.
    static func protect(_ text: String) -> String {
        guard let first = text.unicodeScalars.first else { return text }
        let triggers: Set<Unicode.Scalar> = ["=", "+", "-", "@", "\t", "\r"]
        if triggers.contains(first) { return "'" + text }
        if first == "'", let second = text.unicodeScalars.dropFirst().first, triggers.contains(second) || second == "'" { return "'" + text }
        return text
    }

    static func unprotect(_ text: String) -> String {
        let scalars = text.unicodeScalars
        guard scalars.first == "'", let second = scalars.dropFirst().first,
              ["=", "+", "-", "@", "\t", "\r", "'"].contains(second) else { return text }
        return String(text.unicodeScalars.dropFirst())
    }

    static func row(_ fields: [String]) -> String { fields.map(field).joined(separator: ",") + "\r\n" }

    /// The records of `text`, each with its 1-based line. Errors: an unclosed quote (at the
    /// opening quote), text after a closing quote, a row with more fields than the header.
    /// The field separator of a file: `;` when the header line has more `;` than `,` outside
    /// quotes (spreadsheets in Belgian, French and other locales save "CSV" with `;`), else `,`.
    static func separator(of text: String) -> UInt8 {
        var commas = 0, semicolons = 0, quoted = false
        for b in text.utf8 {
            if b == 0x22 { quoted.toggle() } else if !quoted {
                if b == 0x0A || b == 0x0D { break }
                if b == 0x2C { commas += 1 } else if b == 0x3B { semicolons += 1 }
            }
        }
        return semicolons > commas ? 0x3B : 0x2C
    }

    static func parse(_ text: String, file: String) throws(InteropError) -> [(line: Int, fields: [String])] {
        let separator = separator(of: text)
        var rows: [(Int, [String])] = []
        var fields: [String] = []
        var field: [UInt8] = []
        let bytes = Array(text.utf8)
        var i = 0, line = 1, rowLine = 1, column = 1
        var atFieldStart = true
        func endField() { fields.append(String(decoding: field, as: UTF8.self)); field.removeAll(keepingCapacity: true) }
        while i < bytes.count {
            let c = bytes[i]
            if atFieldStart && c == 0x22 {
                let qLine = line, qColumn = column
                i += 1; column += 1
                var closed = false
                while i < bytes.count {
                    let d = bytes[i]
                    if d == 0x22 {
                        if i + 1 < bytes.count && bytes[i + 1] == 0x22 { field.append(0x22); i += 2; column += 2; continue }
                        i += 1; column += 1; closed = true; break
                    }
                    if d == 0x0A { line += 1; column = 1 } else if d & 0xC0 != 0x80 { column += 1 }
                    field.append(d); i += 1
                }
                guard closed else {
                    throw InteropError(file: file, line: qLine, column: qColumn, "the quoted field opened here is never closed (unbalanced '\"')")
                }
                if i < bytes.count, bytes[i] != separator, bytes[i] != 0x0A, bytes[i] != 0x0D {
                    throw InteropError(file: file, line: line, column: column, "text after the closing quote of a field; write a quote inside a quoted field as \"\"")
                }
                atFieldStart = false
                continue
            }
            switch c {
            case separator: endField(); atFieldStart = true; i += 1; column += 1
            case 0x0D where i + 1 < bytes.count && bytes[i + 1] == 0x0A: i += 1
            case 0x0A, 0x0D:
                endField()
                if !(fields.count == 1 && fields[0].isEmpty) { rows.append((rowLine, fields)) }
                fields = []; atFieldStart = true; i += 1; line += 1; column = 1; rowLine = line
            default:
                if c == 0x22 { throw InteropError(file: file, line: line, column: column, "a quote inside an unquoted field; quote the field and double the quote (\"\")") }
                field.append(c); atFieldStart = false; i += 1
                if c & 0xC0 != 0x80 { column += 1 }
            }
        }
        if !field.isEmpty || !fields.isEmpty || !atFieldStart { endField(); rows.append((rowLine, fields)) }
        return rows
    }

    /// Rows as `header → value` records; a row with more fields than the header is an error.
    static func records(_ text: String, file: String) throws(InteropError) -> (header: [String], rows: [(Int, [(String, String)])]) {
        let rows = try parse(text, file: file)
        guard let header = rows.first?.fields else { throw InteropError(file: file, line: 1, column: 1, "no header row") }
        var out: [(Int, [(String, String)])] = []
        for (line, fields) in rows.dropFirst() {
            guard fields.count <= header.count else {
                throw InteropError(file: file, line: line, column: 1, "\(fields.count) fields, but the header has \(header.count)")
            }
            out.append((line, zip(header, fields).map { ($0, $1) }))
        }
        return (header, out)
    }
}

/// A nodes CSV file and an edges CSV file, as Gephi's spreadsheet import and spreadsheets expect.
///
/// `nodes.csv`: `Id,Label,kind,name,name_fr,…,source,assumption` (flat attributes, `Flat`).
/// `edges.csv`: `Source,Target,Type,Id,Label,Weight,kind,since,…` where `Type` is Gephi's
/// `Directed`, `Label` and `kind` the AgencyGraph edge type, `Weight` the weight (empty when
/// none). RFC 4180 quoting, CRLF line ends, UTF-8; text that a spreadsheet would run as a formula
/// (starting `=`, `+`, `-`, `@`) gets a leading `'`, removed again on reading. The graph's
/// attributes (id, title, description, date, sources) have no place and are dropped (reported).
public enum CSVFormat {
    /// The two files for an output name: `out.csv`, `out.nodes.csv` and `out.edges.csv` all give
    /// `out.nodes.csv` and `out.edges.csv`.
    public static func paths(forOutput output: String) -> (nodes: String, edges: String) {
        let stem = stem(of: output)
        return (stem + ".nodes.csv", stem + ".edges.csv")
    }

    /// The files to read for an input name: the `.nodes.csv`/`.edges.csv` pair when either exists;
    /// else the file itself, as an edges file when its header has `Source` and `Target`.
    public static func paths(forInput input: String) -> (nodes: String?, edges: String?) {
        let (n, e) = paths(forOutput: input)
        let fm = FileManager.default
        if fm.fileExists(atPath: n) || fm.fileExists(atPath: e) {
            return (fm.fileExists(atPath: n) ? n : nil, fm.fileExists(atPath: e) ? e : nil)
        }
        let head = (FileHandle(forReadingAtPath: input).flatMap { try? $0.read(upToCount: 4096) }).map { String(decoding: $0, as: UTF8.self) } ?? ""
        let firstLine = head.split(whereSeparator: \.isNewline).first.map { $0.lowercased() } ?? ""
        let columns = firstLine.split(whereSeparator: { $0 == "," || $0 == ";" }).map { $0.trimmingCharacters(in: CharacterSet(charactersIn: "\" ")) }
        return columns.contains("source") && columns.contains("target") ? (nil, input) : (input, nil)
    }

    private static func stem(of path: String) -> String {
        var stem = path
        for suffix in [".csv", ".nodes", ".edges"] where stem.lowercased().hasSuffix(suffix) { stem = String(stem.dropLast(suffix.count)) }
        return stem
    }

    /// The two CSV texts of `network`, and what was dropped.
    public static func write(_ network: Network) -> (nodes: String, edges: String, dropped: [String]) {
        let nodeRecords = network.nodes.map(Flat.node)
        let nodeKeys = Flat.keys(nodeRecords, order: Flat.nodeOrder).map(\.name)
        var nodes = CSV.row(["Id", "Label"] + nodeKeys)
        for (node, record) in zip(network.nodes, nodeRecords) {
            let values = Dictionary(record, uniquingKeysWith: { a, _ in a })
            nodes += CSV.row([CSV.protect(node.id), CSV.protect(node.label())] + nodeKeys.map { CSV.protect(values[$0] ?? "") })
        }
        let edgeRecords = network.edges.map(Flat.edge)
        let edgeKeys = Flat.keys(edgeRecords, order: Flat.edgeOrder).map(\.name).filter { $0 != "type" && $0 != "weight" }
        var edges = CSV.row(["Source", "Target", "Type", "Id", "Label", "Weight", "kind"] + edgeKeys)
        for (edge, record) in zip(network.edges, edgeRecords) {
            let values = Dictionary(record, uniquingKeysWith: { a, _ in a })
            edges += CSV.row([CSV.protect(edge.from), CSV.protect(edge.to), "Directed", CSV.protect(edge.id ?? ""), edge.type.rawValue,
                              edge.weight.map(Flat.number) ?? "", edge.type.rawValue] + edgeKeys.map { CSV.protect(values[$0] ?? "") })
        }
        return (nodes, edges, ["CSV has no graph attributes: network id, title, description, as_of and the list of sources dropped"]
                + [Flat.droppedLayers(network, format: "CSV")].compactMap { $0 })
    }

    /// Reads a nodes file and/or an edges file (each as text and file name).
    public static func read(nodes: (String, String)?, edges: (String, String)?) throws(InteropError) -> ImportResult {
        var raw = RawGraph()
        let file = nodes?.1 ?? edges?.1 ?? "input.csv"
        if let (text, name) = nodes {
            let (header, rows) = try CSV.records(text, file: name)
            guard let idColumn = header.first(where: { $0.lowercased() == "id" }) else {
                throw InteropError(file: name, line: 1, column: 1, "the nodes file has no 'Id' column")
            }
            for (line, record) in rows {
                var id = ""
                var attrs: [(String, String)] = []
                for (k, v) in record {
                    let value = CSV.unprotect(v)
                    if k == idColumn { id = value; continue }
                    if value.isEmpty { continue }
                    attrs.append((k.lowercased() == "label" ? "label" : k, value))
                }
                guard !id.isEmpty else { throw InteropError(file: name, line: line, column: 1, "a node without an id") }
                raw.nodes.append(RawGraph.Item(id: id, attributes: attrs, line: line))
            }
        } else {
            raw.listsNodes = false
        }
        if let (text, name) = edges {
            let (header, rows) = try CSV.records(text, file: name)
            let lower = header.map { $0.lowercased() }
            guard lower.contains("source"), lower.contains("target") else {
                throw InteropError(file: name, line: 1, column: 1, "the edges file needs 'Source' and 'Target' columns")
            }
            let hasKind = header.contains("kind")
            for (line, record) in rows {
                var from = "", to = "", id: String?
                var attrs: [(String, String)] = []
                var label: String?
                for (k, v) in record {
                    let value = CSV.unprotect(v)
                    if value.isEmpty { continue }
                    switch k.lowercased() {
                    case "source": from = value
                    case "target": to = value
                    case "id": id = value
                    case "weight": attrs.append(("weight", value))
                    case "label": label = value
                    case "type" where ["directed", "undirected", "mutual"].contains(value.lowercased()):
                        if value.lowercased() != "directed" { raw.directed = false }
                    default:
                        if k == "kind" || (k.lowercased() == "type" && !hasKind) { attrs.append(("type", value)) } else { attrs.append((k, value)) }
                    }
                }
                if !attrs.contains(where: { $0.0 == "type" }), let label { attrs.append(("type", label)) }
                guard !from.isEmpty, !to.isEmpty else { throw InteropError(file: name, line: line, column: 1, "an edge without Source or Target") }
                raw.edges.append(RawGraph.Link(from: from, to: to, id: id, attributes: attrs, line: line))
            }
        }
        raw.presentational = ["label"]
        var importer = Importer(format: .csv, file: file)
        let (network, warnings) = importer.network(from: raw)
        return ImportResult(network: network, warnings: warnings)
    }
}

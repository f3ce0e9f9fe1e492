import Foundation
import TextKit

/// Escaping of data text for the briefing's formats.
public enum BriefingEscaping {
    /// Text and attribute values in HTML/XHTML: `& < > " '`.
    public static func html(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for c in text.unicodeScalars {
            switch c {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default:
                // Control characters other than tab and newline are not allowed in XML.
                if c.value < 0x20 && c != "\t" && c != "\n" { out += " " } else { out.unicodeScalars.append(c) }
            }
        }
        return out
    }

    /// Inline Markdown text: every ASCII punctuation Markdown gives meaning to is backslash-escaped;
    /// newlines become spaces (so data cannot start a heading, list or table row).
    public static func markdown(_ text: String) -> String {
        var out = ""
        for c in text {
            if "\\`*_{}[]()<>#+-.!|~&\"'$".contains(c) { out.append("\\") }
            out.append(c == "\n" || c == "\r" ? " " : c)
        }
        return out
    }
}

/// Writes a ``BriefingDocument`` as HTML, Markdown and JSON. Deterministic: the same document gives the same bytes.
public enum BriefingWriter {
    /// The HTML file: XHTML-compatible (parses as XML), one self-contained page, A4 print CSS.
    public static func html(_ doc: BriefingDocument) -> String {
        let e = BriefingEscaping.html
        let numbers = evidenceNumbers(doc)
        var h = "<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"\(doc.language.rawValue)\">\n<head>\n<meta charset=\"utf-8\"/>\n"
        h += "<title>\(e(doc.title))</title>\n<style>\n\(css)</style>\n</head>\n<body>\n"
        h += "<header class=\"cover\"><p class=\"kicker\">\(e(doc.language.word(.briefing)))</p><h1>\(e(doc.title))</h1>\n"
        h += "<nav><h2 class=\"toc\">\(e(doc.language.word(.contents)))</h2><ol>"
        for (i, s) in doc.sections.enumerated() { h += "<li><a href=\"#\(s.id)\">\(i + 1). \(e(s.heading))</a></li>" }
        h += "</ol></nav></header>\n"
        for (i, s) in doc.sections.enumerated() {
            h += "<section id=\"\(s.id)\" class=\"section\">\n<h2>\(i + 1). \(e(s.heading))</h2>\n"
            for b in s.blocks {
                switch b {
                case .paragraph(let t): h += "<p>\(e(t))</p>\n"
                case .subheading(let t): h += "<h3>\(e(t))</h3>\n"
                case .list(let items): h += "<ul>" + items.map { "<li>\(e($0))</li>" }.joined() + "</ul>\n"
                case .findings(let fs):
                    h += "<ol class=\"findings\">\n"
                    for f in fs {
                        let links = f.evidence.map { "<a href=\"#\($0)\">\(e(numbers[$0] ?? $0))</a>" }.joined(separator: ", ")
                        h += "<li id=\"\(f.id)\">\(e(f.text)) <span class=\"evidence\">(\(e(doc.language.word(.evidence))): \(links))</span></li>\n"
                    }
                    h += "</ol>\n"
                case .table(let t):
                    h += "<figure class=\"table\" id=\"\(t.id)\"><figcaption>\(e(doc.language.word(.table))) \(t.number). \(e(t.caption))</figcaption>\n"
                    h += "<table\(t.shading == nil ? "" : " class=\"heatmap\"")><thead><tr>" + t.columns.map { "<th>\(e($0))</th>" }.joined() + "</tr></thead>\n<tbody>\n"
                    for (r, row) in t.rows.enumerated() {
                        h += "<tr>"
                        for (c, cell) in row.enumerated() {
                            if let shade = t.shading?[r][c] {
                                h += shade == 0 ? "<td class=\"empty\">\(e(cell))</td>" : "<td style=\"\(shadeStyle(shade))\">\(e(cell))</td>"
                            } else {
                                h += "<td>\(e(cell))</td>"
                            }
                        }
                        h += "</tr>\n"
                    }
                    h += "</tbody></table>\n"
                    for n in t.notes { h += "<p class=\"note\">\(e(n))</p>\n" }
                    h += "</figure>\n"
                case .figure(let f):
                    h += "<figure class=\"diagram\" id=\"\(f.id)\">\n"
                    if let svg = f.svg { h += "<div class=\"svg\">\(Self.scopedIDs(svg, prefix: "fig\(f.number)-"))</div>\n" }
                    if let note = f.note { h += "<p class=\"note\">\(e(note))</p>\n" }
                    h += "<figcaption>\(e(doc.language.word(.figure))) \(f.number). \(e(f.caption))</figcaption>\n</figure>\n"
                }
            }
            h += "</section>\n"
        }
        h += "</body>\n</html>\n"
        return h
    }

    /// Blue shading for a heatmap cell (0 < v ≤ 1), dark text on light, light on dark.
    static func shadeStyle(_ v: Double) -> String {
        let v = min(1, max(0, v))
        let r = Int((222 - 214 * v).rounded()), g = Int((235 - 154 * v).rounded()), b = Int((247 - 91 * v).rounded())
        return "background-color:rgb(\(r),\(g),\(b));color:\(v > 0.55 ? "#ffffff" : "#000000")"
    }

    /// "Table 3", "Figure 2" for each evidence id.
    static func evidenceNumbers(_ doc: BriefingDocument) -> [String: String] {
        var map: [String: String] = [:]
        for t in doc.tables { map[t.id] = "\(doc.language.word(.table)) \(t.number)" }
        for f in doc.figures { map[f.id] = "\(doc.language.word(.figure)) \(f.number)" }
        return map
    }

    static let css = """
    @page { size: A4; margin: 18mm 16mm; }
    body { font-family: "DejaVu Sans", "Liberation Sans", Arial, sans-serif; font-size: 10.5pt; line-height: 1.4; color: #111; max-width: 178mm; margin: 0 auto; padding: 8mm 0; }
    h1 { font-size: 20pt; margin: 0 0 6mm; }
    h2 { font-size: 15pt; border-bottom: 1.5pt solid #0072b2; padding-bottom: 1mm; margin-top: 0; }
    h3 { font-size: 12pt; margin: 5mm 0 2mm; }
    .kicker { text-transform: uppercase; letter-spacing: 0.1em; color: #0072b2; margin: 0; }
    .toc { border: none; font-size: 12pt; }
    nav ol { list-style: none; padding-left: 0; }
    section.section { padding-top: 6mm; }
    figure { margin: 4mm 0; break-inside: avoid; page-break-inside: avoid; }
    figcaption { font-size: 9.5pt; font-weight: bold; margin: 1.5mm 0; }
    figure.diagram .svg svg { max-width: 100%; height: auto; max-height: 230mm; display: block; margin: 0 auto; }
    table { border-collapse: collapse; width: 100%; font-size: 9pt; break-inside: avoid; page-break-inside: avoid; }
    th, td { border: 0.5pt solid #999; padding: 1mm 1.5mm; text-align: left; vertical-align: top; overflow-wrap: break-word; }
    th { background: #eef2f6; }
    table.heatmap td { text-align: center; }
    table.heatmap th { overflow-wrap: normal; word-break: normal; font-size: 8pt; }
    table.heatmap th:first-child { width: 45%; }
    table.heatmap td:first-child { text-align: left; background: #ffffff; }
    td.empty { background: repeating-linear-gradient(45deg, #fde0dd, #fde0dd 3px, #ffffff 3px, #ffffff 6px); font-weight: bold; color: #a50f15; }
    .note { font-size: 9pt; color: #444; font-style: italic; }
    .findings li { margin-bottom: 2mm; }
    .evidence { font-size: 9pt; color: #444; }
    a { color: #0057a0; }
    @media print {
      body { padding: 0; max-width: none; }
      section.section { break-before: page; page-break-before: always; }
      a { color: inherit; text-decoration: none; }
    }

    """

    /// An inline SVG with its ids (and the references to them) prefixed, so that figures that draw
    /// the same node (`node-ocam`) keep ids unique in the one HTML page. The separate figure-N.svg
    /// files keep the renderer's ids.
    static func scopedIDs(_ svg: String, prefix: String) -> String {
        svg.replacingOccurrences(of: " id=\"", with: " id=\"\(prefix)")
            .replacingOccurrences(of: "href=\"#", with: "href=\"#\(prefix)")
            .replacingOccurrences(of: "url(#", with: "url(#\(prefix)")
    }

    /// The Markdown file; figures are referenced as `figure-N.svg` next to it (see ``figureFiles(_:)``).
    public static func markdown(_ doc: BriefingDocument) -> String {
        let m = BriefingEscaping.markdown
        let numbers = evidenceNumbers(doc)
        var out = "# \(m(doc.title))\n\n"
        for (i, s) in doc.sections.enumerated() {
            out += "<a id=\"\(s.id)\"></a>\n\n## \(i + 1). \(m(s.heading))\n\n"
            for b in s.blocks {
                switch b {
                case .paragraph(let t): out += "\(m(t))\n\n"
                case .subheading(let t): out += "### \(m(t))\n\n"
                case .list(let items): out += items.map { "- \(m($0))\n" }.joined() + "\n"
                case .findings(let fs):
                    for (k, f) in fs.enumerated() {
                        let links = f.evidence.map { "[\(numbers[$0] ?? $0)](#\($0))" }.joined(separator: ", ")
                        out += "\(k + 1). \(m(f.text)) (\(doc.language.word(.evidence)): \(links))\n"
                    }
                    out += "\n"
                case .table(let t):
                    out += "<a id=\"\(t.id)\"></a>\n\n**\(doc.language.word(.table)) \(t.number). \(m(t.caption))**\n\n"
                    out += "| " + t.columns.map(m).joined(separator: " | ") + " |\n|" + t.columns.map { _ in "---|" }.joined() + "\n"
                    for (r, row) in t.rows.enumerated() {
                        // Heatmaps: empty cells in bold (Markdown has no shading).
                        let cells = row.enumerated().map { c, cell in t.shading?[r][c] == 0 ? "**\(m(cell))**" : m(cell) }
                        out += "| " + cells.joined(separator: " | ") + " |\n"
                    }
                    out += "\n"
                    for n in t.notes { out += "*\(m(n))*\n\n" }
                case .figure(let f):
                    out += "<a id=\"\(f.id)\"></a>\n\n"
                    if f.svg != nil { out += "![\(doc.language.word(.figure)) \(f.number)](\(f.fileName))\n\n" }
                    if let note = f.note { out += "*\(m(note))*\n\n" }
                    out += "**\(doc.language.word(.figure)) \(f.number). \(m(f.caption))**\n\n"
                }
            }
        }
        return out
    }

    /// The SVG files the Markdown refers to: name and contents (with an XML declaration).
    public static func figureFiles(_ doc: BriefingDocument) -> [(name: String, contents: String)] {
        doc.figures.compactMap { f in f.svg.map { (f.fileName, "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"no\"?>\n\($0)\n") } }
    }

    struct JSONOutput: Encodable {
        var schema = "briefing"
        var schemaVersion = 1
        var title: String
        var language: String
        var sections: [String]
        var findings: [BriefingDocument.Finding]
        var tables: [BriefingDocument.Table]
        var figures: [FigureInfo]
        var results: BriefingResults
        struct FigureInfo: Encodable { var id: String; var number: Int; var caption: String; var file: String?; var note: String? }
    }

    /// briefing.json: the findings with the numbers they state, the tables as shown, and the analyses' full results.
    public static func json(_ doc: BriefingDocument, results: BriefingResults) throws -> Data {
        let out = JSONOutput(title: doc.title, language: doc.language.rawValue, sections: doc.sections.map(\.id),
                             findings: doc.findings, tables: doc.tables,
                             figures: doc.figures.map { .init(id: $0.id, number: $0.number, caption: $0.caption, file: $0.svg == nil ? nil : $0.fileName, note: $0.note) },
                             results: results)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        encoder.nonConformingFloatEncodingStrategy = .convertToString(positiveInfinity: "inf", negativeInfinity: "-inf", nan: "nan")
        var data = try encoder.encode(out)
        data.append(0x0A)
        return data
    }

    /// Writes briefing.html, briefing.md, figure-N.svg and briefing.json into `directory` (created if needed).
    /// - Returns: the paths written.
    @discardableResult
    public static func write(_ doc: BriefingDocument, results: BriefingResults, to directory: String) throws -> [String] {
        let fm = FileManager.default
        try fm.createDirectory(atPath: directory, withIntermediateDirectories: true)
        let dir = URL(fileURLWithPath: directory)
        var written: [String] = []
        func put(_ name: String, _ data: Data) throws {
            let url = dir.appendingPathComponent(name)
            try data.write(to: url, options: .atomic)
            written.append(url.path)
        }
        try put("briefing.html", Data(html(doc).utf8))
        try put("briefing.md", Data(markdown(doc).utf8))
        for f in figureFiles(doc) { try put(f.name, Data(f.contents.utf8)) }
        try put("briefing.json", try json(doc, results: results))
        return written
    }
}

import Foundation
import TextKit

/// Writes a ``BriefingDocument`` as HTML, Markdown and JSON. Deterministic: the same document gives the same bytes.
public enum BriefingWriter {
    /// The HTML file: XHTML-compatible (parses as XML), one self-contained page, A4 print CSS.
    /// Built with TextKit's ``HTML`` writer, so every text and attribute value from the document is
    /// escaped by construction; only the figures' SVG (from our renderer) and the CSS are written as is.
    public static func html(_ doc: BriefingDocument) -> String {
        let numbers = evidenceNumbers(doc)
        let root = HTML.element(.html, .xmlns("http://www.w3.org/1999/xhtml"), .lang(doc.language.rawValue)) {
            "\n"
            HTML.element(.head) {
                "\n"
                HTML.voidElement(.meta, .charset("utf-8"))
                "\n"
                HTML.element(.title) { doc.title }
                "\n"
                HTML.element(.style) {
                    "\n"
                    HTML.trustedMarkup(css)
                }
                "\n"
            }
            "\n"
            HTML.element(.body) {
                "\n"
                cover(doc)
                "\n"
                for (index, section) in doc.sections.enumerated() {
                    sectionElement(section, number: index + 1, numbers: numbers, doc.language)
                    "\n"
                }
            }
            "\n"
        }
        return HTML.document(root)
    }

    /// The cover: kicker, title and the table of contents.
    static func cover(_ doc: BriefingDocument) -> HTML.Node {
        HTML.element(.header, .class("cover")) {
            HTML.element(.p, .class("kicker")) { doc.language.word(.briefing) }
            HTML.element(.h1) { doc.title }
            if let link = doc.explorerLink { HTML.element(.p, .class("explorer")) { HTML.element(.a, .href(link)) { doc.language.word(.explorerOpenLink) } } }
            "\n"
            HTML.element(.nav) {
                HTML.element(.h2, .class("toc")) { doc.language.word(.contents) }
                HTML.element(.ol) {
                    for (index, section) in doc.sections.enumerated() {
                        HTML.element(.li) { HTML.element(.a, .href("#" + section.id)) { "\(index + 1). \(section.heading)" } }
                    }
                }
            }
        }
    }

    /// One numbered section with its blocks, each followed by a line feed.
    static func sectionElement(_ section: BriefingDocument.Section, number: Int, numbers: [String: String], _ lang: Language) -> HTML.Node {
        HTML.element(.section, .id(section.id), .class("section")) {
            "\n"
            HTML.element(.h2) { "\(number). \(section.heading)" }
            "\n"
            for block in section.blocks {
                blockNodes(block, numbers: numbers, lang)
                "\n"
            }
        }
    }

    static func blockNodes(_ block: BriefingDocument.Block, numbers: [String: String], _ lang: Language) -> [HTML.Node] {
        switch block {
        case .paragraph(let text): return [HTML.element(.p) { text }]
        case .subheading(let text): return [HTML.element(.h3) { text }]
        case .list(let items): return [HTML.element(.ul) { for item in items { HTML.element(.li) { item } } }]
        case .findings(let findings): return [findingsList(findings, numbers: numbers, lang)]
        case .table(let table): return [tableFigure(table, lang)]
        case .figure(let figure): return [diagramFigure(figure, lang)]
        }
    }

    /// The numbered findings, each with links to its evidence.
    static func findingsList(_ findings: [BriefingDocument.Finding], numbers: [String: String], _ lang: Language) -> HTML.Node {
        HTML.element(.ol, .class("findings")) {
            "\n"
            for finding in findings {
                HTML.element(.li, .id(finding.id)) {
                    finding.text + " "
                    HTML.element(.span, .class("evidence")) {
                        "(" + lang.word(.evidence) + ": "
                        for (k, evidence) in finding.evidence.enumerated() {
                            if k > 0 { ", " }
                            HTML.element(.a, .href("#" + evidence)) { numbers[evidence] ?? evidence }
                        }
                        ")"
                    }
                }
                "\n"
            }
        }
    }

    /// A numbered table with its caption and notes; heatmap cells shaded, empty ones hatched.
    static func tableFigure(_ table: BriefingDocument.Table, _ lang: Language) -> HTML.Node {
        HTML.element(.figure, .class("table"), .id(table.id)) {
            HTML.element(.figcaption) { "\(lang.word(.table)) \(table.number). \(table.caption)" }
            "\n"
            HTML.element(.table, attributes: table.shading == nil ? [] : [.class("heatmap")]) {
                HTML.element(.thead) { HTML.element(.tr) { for column in table.columns { HTML.element(.th) { column } } } }
                "\n"
                HTML.element(.tbody) {
                    "\n"
                    for (r, row) in table.rows.enumerated() {
                        tableRow(row, shades: table.shading?[r])
                        "\n"
                    }
                }
            }
            "\n"
            for note in table.notes {
                HTML.element(.p, .class("note")) { note }
                "\n"
            }
        }
    }

    /// A table row. Its own function, with the cells built by `map` outside the result builder:
    /// the nested `for` over `table.shading?[r][c]` inside the builder crashed Swift 6.3.1's
    /// optimiser in release builds (SIL ownership verifier, CopyPropagation, "Found outside of
    /// lifetime use"). Same HTML.
    static func tableRow(_ row: [String], shades: [Double?]?) -> HTML.Node {
        let cells = row.indices.map { c in tableCell(row[c], shade: shades?[c]) }
        return HTML.element(.tr) { cells }
    }

    /// A table cell: plain, shaded by its value, or hatched when the value is 0.
    static func tableCell(_ text: String, shade: Double?) -> HTML.Node {
        guard let shade else { return HTML.element(.td) { text } }
        return shade == 0 ? HTML.element(.td, .class("empty")) { text } : HTML.element(.td, .style(shadeStyle(shade))) { text }
    }

    /// A numbered figure: the inline SVG (ids scoped to the figure), or the note saying why it is omitted.
    static func diagramFigure(_ figure: BriefingDocument.Figure, _ lang: Language) -> HTML.Node {
        HTML.element(.figure, .class("diagram"), .id(figure.id)) {
            "\n"
            if let svg = figure.svg {
                HTML.element(.div, .class("svg")) { HTML.trustedMarkup(scopedIDs(svg, prefix: "fig\(figure.number)-")) }
                "\n"
            }
            if let note = figure.note {
                HTML.element(.p, .class("note")) { note }
                "\n"
            }
            HTML.element(.figcaption) { "\(lang.word(.figure)) \(figure.number). \(figure.caption)" }
            "\n"
        }
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
        let numbers = evidenceNumbers(doc)
        var out = "# \(Markdown.heading(doc.title))\n\n"
        for (i, s) in doc.sections.enumerated() {
            out += "<a id=\"\(s.id)\"></a>\n\n## \(i + 1). \(Markdown.heading(s.heading))\n\n"
            for b in s.blocks {
                switch b {
                case .paragraph(let t): out += "\(Markdown.lineStart(t))\n\n"
                case .subheading(let t): out += "### \(Markdown.heading(t))\n\n"
                case .list(let items): out += items.map { "- \(Markdown.lineStart($0))\n" }.joined() + "\n"
                case .findings(let fs):
                    for (k, f) in fs.enumerated() {
                        let links = f.evidence.map { "[\(Markdown.inline(numbers[$0] ?? $0))](#\($0))" }.joined(separator: ", ")
                        out += "\(k + 1). \(Markdown.lineStart(f.text)) (\(Markdown.inline(doc.language.word(.evidence))): \(links))\n"
                    }
                    out += "\n"
                case .table(let t):
                    out += "<a id=\"\(t.id)\"></a>\n\n**\(doc.language.word(.table)) \(t.number). \(Markdown.inline(t.caption))**\n\n"
                    out += "| " + t.columns.map(Markdown.tableCell).joined(separator: " | ") + " |\n|" + t.columns.map { _ in "---|" }.joined() + "\n"
                    for (r, row) in t.rows.enumerated() {
                        // Heatmaps: empty cells in bold (Markdown has no shading).
                        let cells = row.enumerated().map { c, cell in t.shading?[r][c] == 0 ? "**\(Markdown.tableCell(cell))**" : Markdown.tableCell(cell) }
                        out += "| " + cells.joined(separator: " | ") + " |\n"
                    }
                    out += "\n"
                    for n in t.notes { out += "*\(Markdown.inline(n))*\n\n" }
                case .figure(let f):
                    out += "<a id=\"\(f.id)\"></a>\n\n"
                    if f.svg != nil { out += "![\(doc.language.word(.figure)) \(f.number)](\(f.fileName))\n\n" }
                    if let note = f.note { out += "*\(Markdown.inline(note))*\n\n" }
                    out += "**\(doc.language.word(.figure)) \(f.number). \(Markdown.inline(f.caption))**\n\n"
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
                             findings: doc.findings + doc.moreFindings, tables: doc.tables,
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

import Foundation
import Graphviz

/// A matrix of counts drawn as a table figure — made for the objective × level coverage matrix
/// (how many distinct actors at each level contribute to each objective), but it takes plain data
/// so that AgencyRendering does not depend on the analyses.
///
/// The figure is one Graphviz HTML-like table built only from `Escaping.html` text: a header row
/// with the column labels, one row per row label, the count written in every cell, and the cell
/// shaded by a fixed greyscale ramp (``shades``) so that it prints in grey; dark cells get white
/// text. An optional last column shows row totals, and a key under the table explains the shades.
///
/// ```swift
/// let heatmap = CoverageHeatmap(title: "Coverage", rowLabels: ["Prevention"], columnLabels: ["Federal", "Local"],
///                               counts: [[3, 0]])
/// let svg = try heatmap.render(format: .svg)
/// ```
public struct CoverageHeatmap: Sendable, Equatable {
    /// The figure's title (first line above the table).
    public var title: String
    /// A second line under the title (e.g. the date of the view); `nil` for none.
    public var subtitle: String?
    /// The label of the row-label column (e.g. `objective`).
    public var cornerLabel: String
    /// The label of each row, top to bottom (e.g. the objectives); one per row of ``counts``.
    public var rowLabels: [String]
    /// The label of each column, left to right (e.g. the levels); one per column of ``counts``.
    public var columnLabels: [String]
    /// `counts[row][column]`, non-negative.
    public var counts: [[Int]]
    /// Optional last column (e.g. distinct actors over all levels), one per row.
    public var rowTotals: [Int]?
    /// The header of the totals column.
    public var totalLabel: String
    /// The words of the key: `"%@ actors"`-like text is built as `"\(keyPrefix) N"`.
    public var keyTitle: String
    /// Row labels longer than this many characters are wrapped at spaces (0: never).
    public var wrapWidth: Int = 50

    /// Creates a heatmap; row labels wrap at 50 characters (``wrapWidth``).
    ///
    /// - Parameters:
    ///   - title: the first line above the table.
    ///   - subtitle: a second line under the title, or `nil`.
    ///   - cornerLabel: the header of the row-label column.
    ///   - rowLabels: one label per row.
    ///   - columnLabels: one label per column.
    ///   - counts: `counts[row][column]`, non-negative; `rowLabels.count` rows of
    ///     `columnLabels.count` values.
    ///   - rowTotals: an optional last column, one value per row.
    ///   - totalLabel: the header of the totals column.
    ///   - keyTitle: the words of the key under the table.
    public init(title: String, subtitle: String? = nil, cornerLabel: String = "", rowLabels: [String],
                columnLabels: [String], counts: [[Int]], rowTotals: [Int]? = nil, totalLabel: String = "total",
                keyTitle: String = "shade: count") {
        self.title = title
        self.subtitle = subtitle
        self.cornerLabel = cornerLabel
        self.rowLabels = rowLabels
        self.columnLabels = columnLabels
        self.counts = counts
        self.rowTotals = rowTotals
        self.totalLabel = totalLabel
        self.keyTitle = keyTitle
    }

    /// The shade of a count: inclusive lower bound, fill, text colour. Light to dark, so the order
    /// survives greyscale printing; 0 is white so empty cells stand out by their lack of shade.
    public static let shades: [(from: Int, fill: String, text: String)] = [
        (0, "#FFFFFF", "#000000"),
        (1, "#E3E3E3", "#000000"),
        (2, "#BDBDBD", "#000000"),
        (3, "#8C8C8C", "#000000"),
        (5, "#525252", "#FFFFFF"),
        (8, "#1F1F1F", "#FFFFFF"),
    ]

    /// The index in ``shades`` of `count`.
    public static func shadeIndex(_ count: Int) -> Int {
        shades.lastIndex { count >= $0.from } ?? 0
    }

    /// The key's label for shade `i`: `0`, `1`, `2`, `3–4`, `5–7`, `8+`.
    static func shadeLabel(_ i: Int) -> String {
        let from = shades[i].from
        guard i + 1 < shades.count else { return "\(from)+" }
        let to = shades[i + 1].from - 1
        return to == from ? "\(from)" : "\(from)–\(to)"
    }

    private func check() throws(DiagramError) {
        guard counts.count == rowLabels.count else {
            throw .invalidOverlay("heatmap: \(rowLabels.count) row labels but \(counts.count) rows of counts")
        }
        for (i, row) in counts.enumerated() {
            guard row.count == columnLabels.count else {
                throw .invalidOverlay("heatmap: row \(i + 1) has \(row.count) counts for \(columnLabels.count) columns")
            }
            if let bad = row.first(where: { $0 < 0 }) { throw .invalidOverlay("heatmap: negative count \(bad) in row \(i + 1)") }
        }
        if let rowTotals, rowTotals.count != rowLabels.count {
            throw .invalidOverlay("heatmap: \(rowTotals.count) totals for \(rowLabels.count) rows")
        }
    }

    /// The HTML-like label of the table. Every text goes through `Escaping.html`; colours are the
    /// constants of ``shades``. Cells have ids `cell-R-C` (1-based) and header cells `col-C`,
    /// `row-R` (carried into SVG through their tooltips).
    func tableHTML() -> String {
        let t: (String) -> String = Escaping.html
        var html = "<TABLE BORDER=\"0\" CELLBORDER=\"1\" CELLSPACING=\"0\" CELLPADDING=\"5\" COLOR=\"#7F7F7F\">"
        // Graphviz refuses an empty <I></I>: an empty corner is a plain space.
        html += cornerLabel.isEmpty ? "<TR><TD BORDER=\"0\"> </TD>" : "<TR><TD ALIGN=\"LEFT\" BORDER=\"0\"><I>\(t(cornerLabel))</I></TD>"
        for (c, label) in columnLabels.enumerated() {
            html += "<TD ID=\"col-\(c + 1)\" TOOLTIP=\"\(t(label))\"><B>\(t(label))</B></TD>"
        }
        if rowTotals != nil { html += "<TD><B>\(t(totalLabel))</B></TD>" }
        html += "</TR>"
        for (r, label) in rowLabels.enumerated() {
            let lines = Self.wrap(label, width: wrapWidth).map(t).joined(separator: "<BR ALIGN=\"LEFT\"/>")
            html += "<TR><TD ID=\"row-\(r + 1)\" TOOLTIP=\"\(t(label))\" ALIGN=\"LEFT\" BALIGN=\"LEFT\">\(lines)</TD>"
            for (c, count) in counts[r].enumerated() {
                let shade = Self.shades[Self.shadeIndex(count)]
                let tip = "\(label) × \(columnLabels[c]): \(count)"
                html += "<TD ID=\"cell-\(r + 1)-\(c + 1)\" TOOLTIP=\"\(t(tip))\" BGCOLOR=\"\(shade.fill)\" WIDTH=\"44\">"
                    + "<FONT COLOR=\"\(shade.text)\">\(count)</FONT></TD>"
            }
            if let rowTotals { html += "<TD><B>\(rowTotals[r])</B></TD>" }
            html += "</TR>"
        }
        html += "</TABLE>"
        return html
    }

    /// `text` cut at spaces into lines of at most `width` characters (longer words stay whole).
    static func wrap(_ text: String, width: Int) -> [String] {
        guard width > 0, text.count > width else { return [text] }
        var lines: [String] = []
        var line = ""
        for word in text.split(separator: " ", omittingEmptySubsequences: false) {
            if !line.isEmpty, line.count + 1 + word.count > width {
                lines.append(line)
                line = String(word)
            } else {
                line += (line.isEmpty ? "" : " ") + word
            }
        }
        lines.append(line)
        return lines
    }

    /// The key: one swatch per shade with its range of counts.
    func keyHTML() -> String {
        let t: (String) -> String = Escaping.html
        var html = "<TABLE BORDER=\"0\" CELLBORDER=\"1\" CELLSPACING=\"2\" CELLPADDING=\"3\" COLOR=\"#7F7F7F\"><TR>"
        html += "<TD BORDER=\"0\">\(t(keyTitle))</TD>"
        for (i, shade) in Self.shades.enumerated() {
            html += "<TD ID=\"key-\(i + 1)\" TOOLTIP=\"\(t(Self.shadeLabel(i)))\" BGCOLOR=\"\(shade.fill)\" WIDTH=\"40\">"
                + "<FONT COLOR=\"\(shade.text)\">\(t(Self.shadeLabel(i)))</FONT></TD>"
        }
        return html + "</TR></TABLE>"
    }

    /// The Graphviz graph: the table and, under it, the key.
    public func graph() throws(DiagramError) -> Graph {
        try check()
        do {
            var g = Graph(name: "coverage", kind: .directed)
            g.attributes.label = .text(subtitle.map { "\(title)\n\($0)" } ?? title)
            try g.attributes.setRaw("labelloc", "t")
            g.attributes.fontsize = 18
            try g.attributes.setFontname("Helvetica")
            try g.attributes.setRaw("nodesep", "0.2")
            try g.attributes.setRaw("ranksep", "0.2")
            try g.nodeDefaults.setFontname("Helvetica")
            var table = Attributes()
            table.shape = .plaintext
            table.label = .html(tableHTML())
            table.fontsize = 12
            try table.setID("heatmap-table")
            try table.setClass(["heatmap-table"])
            g.nodes.append(GVNode("table", attributes: table))
            var key = Attributes()
            key.shape = .plaintext
            key.label = .html(keyHTML())
            key.fontsize = 11
            try key.setID("heatmap-key")
            try key.setClass(["heatmap-key"])
            g.nodes.append(GVNode("key", attributes: key))
            var e = GVEdge(from: "table", to: "key")
            e.attributes.style = [.invis]
            g.edges.append(e)
            return g
        } catch let error as DiagramError {
            throw error
        } catch {
            throw .graphviz("\(error)")
        }
    }

    /// Lays the figure out with `dot` and renders it; SVG gets the title and a `<desc>` with the
    /// size of the matrix and its empty cells.
    public func render(format: OutputFormat = .svg) throws -> RenderOutput {
        var output = try Graphviz.render(try graph(), engine: .dot, format: format)
        if format == .svg {
            let empty = counts.reduce(0) { $0 + $1.filter { $0 == 0 }.count }
            let description = "\(title). \(rowLabels.count) rows × \(columnLabels.count) columns; \(empty) empty cells."
            output.data = SVGAccessibility.addTitleAndDescription(to: output.data, title: title, description: description)
        }
        return output
    }
}

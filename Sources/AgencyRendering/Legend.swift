import Foundation
import AgencyModel
import TextKit
import Graphviz

extension DiagramBuilder {
    /// The legend: a box (`id="legend"`) holding one sample node per kind drawn (in its real
    /// shape and fill), and one HTML-like table (built only from escaped text) with a line sample
    /// per edge type drawn and a row per overlay.
    func addLegend(to g: inout Graph) throws {
        var legend = Subgraph(name: "legend", isCluster: true)
        legend.attributes.label = .text(words.word(.legend))
        try legend.attributes.setID("legend")
        try legend.attributes.setClass(["legend"])
        legend.attributes.color = "#BDBDBD"
        legend.attributes.fontsize = 12
        try legend.attributes.setFontname("Helvetica")

        // Kinds drawn as nodes.
        var kinds = Set<NodeKind>()
        for drawn in drawnNodesForLegend where !(drawn.node.kind == .level && options.clusterBy == .level) {
            kinds.insert(drawn.node.kind)
        }
        var row = Subgraph(name: "legend kinds")
        if engine == .dot { row.attributes.rank = .same }
        for kind in kinds.sorted().reversed() {  // dot lays a same-rank row out right to left here
            let look = KindAppearance.of(kind)
            var a = Attributes()
            a.shape = look.shape
            a.fillcolor = GraphvizColor(stringLiteral: look.fill)
            a.style = look.style
            a.label = .text(words.name(of: kind))
            a.fontsize = 10
            try a.setID("legend-kind-\(kind.rawValue)")
            try a.setClass(["legend-entry", "legend-kind"])
            row.nodes.append(GVNode("legend kind \(kind.rawValue)", attributes: a))
        }
        legend.subgraphs.append(row)

        var table = Attributes()
        table.shape = .plaintext
        table.label = .html(tableHTML())
        try table.setID("legend-table")
        try table.setClass(["legend-table"])
        legend.nodes.append(GVNode("legend table", attributes: table))
        if let first = row.nodes.first {
            var e = GVEdge(from: first.id, to: "legend table")
            e.attributes.style = [.invis]
            legend.edges.append(e)
        }
        g.subgraphs.append(legend)
    }

    var drawnNodesForLegend: [DrawnNode] { drawnNodesSnapshot }

    /// The HTML-like label of the legend's table. Every text from data or callers goes through
    /// `Escaping.html`; colours are our constants or were validated by the overlays.
    func tableHTML() -> String {
        // Graphviz 2.43 expands `\N`, `\G`, … in the text of HTML-like labels too, after decoding
        // character references (so `&#92;N` is expanded as well); Escaping.html doubles them.
        let t: (String) -> String = Escaping.html
        var rows: [String] = []
        let types = Set(drawnEdgesSnapshot.map(\.edge.type)).sorted()
        if !types.isEmpty {
            rows.append("<TR><TD COLSPAN=\"2\" ALIGN=\"LEFT\"><B>\(t(words.word(.legendRelations)))</B></TD></TR>")
        }
        for type in types {
            let look = TypeAppearance.of(type, customTypes: customTypes)
            let dash = look.style.contains(.dashed) ? " STYLE=\"dashed\"" : look.style.contains(.dotted) ? " STYLE=\"dotted\"" : ""
            let width = max(1, Int(look.penwidth.rounded()))
            let glyph = look.arrowGlyph.isEmpty ? "" : " \(look.arrowGlyph)"
            rows.append("<TR><TD SIDES=\"B\" BORDER=\"\(width)\"\(dash) COLOR=\"\(look.color)\" WIDTH=\"44\" HEIGHT=\"10\"></TD>"
                + "<TD ALIGN=\"LEFT\">\(t(words.name(of: type) + glyph))</TD></TR>")
        }
        if impliedOperatesAtCount > 0 {
            rows.append("<TR><TD COLSPAN=\"2\" ALIGN=\"LEFT\"><I>\(t(words.word(.legendClusterNote)))</I></TD></TR>")
        }
        for (overlayIndex, overlay) in options.overlays.enumerated() {
            let folded = foldedOverlayEdges[overlayIndex] ?? 0
            let foldedNote = folded == 0 ? "" : " (\(folded) as box membership, no line)"
            switch overlay {
            case .highlight(let h):
                rows.append("<TR><TD BORDER=\"4\" COLOR=\"\(h.color)\" WIDTH=\"44\" HEIGHT=\"14\"></TD><TD ALIGN=\"LEFT\">\(t(h.caption + foldedNote))</TD></TR>")
            case .size(let s):
                let top = s.values.keys.sorted().max { (s.values[$0]!, $1) < (s.values[$1]!, $0) }
                var text = "\(words.word(.legendNodeSize)): \(s.measure)"
                if let top { text += " (max \(DiagramBuilder.number(s.values[top]!)))" }
                rows.append("<TR><TD COLSPAN=\"2\" ALIGN=\"LEFT\">\(t(text))</TD></TR>")
            case .color(let c):
                rows.append("<TR><TD COLSPAN=\"2\" ALIGN=\"LEFT\"><B>\(t("\(words.word(.legendColour)): \(c.title)"))</B></TD></TR>")
                // Only the groups of nodes drawn, each with the fill its nodes got.
                let groups = c.orderedGroups
                let drawnGroups = Set(drawnNodesSnapshot.compactMap { c.groupOf[$0.node.id] })
                for (g, group) in groups.enumerated() where drawnGroups.contains(group.key) {
                    let fill = c.fill(at: g)
                    rows.append("<TR><TD BGCOLOR=\"\(fill)\" BORDER=\"1\" WIDTH=\"44\" HEIGHT=\"14\"></TD><TD ALIGN=\"LEFT\">\(t(group.label))</TD></TR>")
                }
                if groups.count > c.fillCount {
                    rows.append("<TR><TD COLSPAN=\"2\" ALIGN=\"LEFT\"><I>\(t(words.word(.legendRepeatedColours)))</I></TD></TR>")
                }
            case .path(let p):
                rows.append("<TR><TD SIDES=\"B\" BORDER=\"4\" COLOR=\"#000000\" WIDTH=\"44\" HEIGHT=\"10\"></TD><TD ALIGN=\"LEFT\">\(t(words.word(.legendPath) + ": " + p.caption + foldedNote))</TD></TR>")
            case .diff(let d):
                rows.append("<TR><TD COLSPAN=\"2\" ALIGN=\"LEFT\"><B>\(t("\(words.word(.legendComparedWith)) \(d.baseName)"))</B></TD></TR>")
                rows.append("<TR><TD BORDER=\"2\" COLOR=\"\(OkabeIto.bluishGreen)\" WIDTH=\"44\" HEIGHT=\"14\">+</TD><TD ALIGN=\"LEFT\">\(t(words.word(.legendAdded) + " (" + words.word(.legendAddedStyle) + ")"))</TD></TR>")
                rows.append("<TR><TD BORDER=\"1\" STYLE=\"dashed\" COLOR=\"#8C8C8C\" WIDTH=\"44\" HEIGHT=\"14\">−</TD><TD ALIGN=\"LEFT\">\(t(words.word(.legendRemoved) + " (" + words.word(.legendRemovedStyle) + ")"))</TD></TR>")
            }
        }
        if rows.isEmpty { rows.append("<TR><TD> </TD></TR>") }
        return "<TABLE BORDER=\"0\" CELLBORDER=\"0\" CELLSPACING=\"3\" CELLPADDING=\"1\">" + rows.joined() + "</TABLE>"
    }
}

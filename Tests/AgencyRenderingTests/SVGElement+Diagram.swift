import AgencyGraphTestSupport

/// Diagram-specific readings of a parsed SVG, on top of the shared test support.
extension SVGElement {
    /// The classes of the element.
    var classes: [String] { (attributes["class"] ?? "").split(separator: " ").map(String.init) }

    /// The drawn data nodes: `<g class="node">` with an id `node-…`, by data id.
    var dataNodes: [String: [SVGElement]] {
        var out: [String: [SVGElement]] = [:]
        for g in groups(withClass: "node") {
            if let id = g.attributes["id"], id.hasPrefix("node-") { out[String(id.dropFirst(5)), default: []].append(g) }
        }
        return out
    }

    /// The element with this `id`, if any.
    func element(id: String) -> SVGElement? { descendants.first { $0.attributes["id"] == id } }

    /// The label of a node group: its `<text>` lines joined by spaces.
    var label: String { texts.joined(separator: " ") }

    /// The tooltip (Graphviz writes it as `xlink:title` of an `<a>`).
    var tooltip: String? { all("a").first?.attributes["xlink:title"] }

    /// The vertical extent of the element's first polygon or path (SVG y grows downwards).
    var verticalExtent: ClosedRange<Double>? {
        if let e = all("ellipse").first, let cy = Double(e.attributes["cy"] ?? ""), let ry = Double(e.attributes["ry"] ?? "") {
            return (cy - ry)...(cy + ry)
        }
        guard let poly = all("polygon").first?.attributes["points"] ?? all("path").first?.attributes["d"] else { return nil }
        let numbers = poly.split(whereSeparator: { " ,MCLZ".contains($0) }).compactMap { Double($0) }
        let ys = stride(from: 1, to: numbers.count, by: 2).map { numbers[$0] }
        guard let lo = ys.min(), let hi = ys.max() else { return nil }
        return lo...hi
    }
}

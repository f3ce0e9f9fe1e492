import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// A parsed SVG (any XML) document, for structural assertions in tests.
final class SVGElement: @unchecked Sendable {
    let name: String
    let attributes: [String: String]
    var children: [SVGElement] = []
    var text = ""
    weak var parent: SVGElement?

    init(name: String, attributes: [String: String]) {
        self.name = name
        self.attributes = attributes
    }

    /// Every element below this one (depth first, document order), this one included.
    var descendants: [SVGElement] {
        var out: [SVGElement] = []
        var stack: [SVGElement] = [self]
        while let e = stack.popLast() {
            out.append(e)
            stack.append(contentsOf: e.children.reversed())
        }
        return out
    }

    func all(_ name: String) -> [SVGElement] { descendants.filter { $0.name == name } }

    /// The `<g>` elements whose `class` attribute contains `cls`.
    func groups(withClass cls: String) -> [SVGElement] {
        all("g").filter { ($0.attributes["class"] ?? "").split(separator: " ").contains(Substring(cls)) }
    }

    /// The text of the element's `<title>` child.
    var title: String? { children.first { $0.name == "title" }?.text }

    /// The concatenated text of every `<text>` element below this one, one per line.
    var texts: [String] { all("text").map(\.text) }
}

enum SVG {
    struct ParseError: Error, CustomStringConvertible {
        let description: String
    }

    /// Parses XML text into a tree; throws when it is not well-formed.
    static func parse(_ bytes: [UInt8]) throws -> SVGElement {
        let delegate = Builder()
        let parser = XMLParser(data: Data(bytes))
        parser.delegate = delegate
        parser.shouldResolveExternalEntities = false
        guard parser.parse(), let root = delegate.root else {
            throw ParseError(description: "not well-formed XML: \(parser.parserError.map { "\($0)" } ?? "no root")")
        }
        return root
    }

    private final class Builder: NSObject, XMLParserDelegate {
        var root: SVGElement?
        var stack: [SVGElement] = []

        func parser(_ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?, qualifiedName qName: String?, attributes attributeDict: [String: String] = [:]) {
            let e = SVGElement(name: elementName, attributes: attributeDict)
            e.parent = stack.last
            stack.last?.children.append(e)
            if root == nil { root = e }
            stack.append(e)
        }

        func parser(_ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName qName: String?) {
            _ = stack.popLast()
        }

        func parser(_ parser: XMLParser, foundCharacters string: String) {
            stack.last?.text += string
        }
    }
}

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

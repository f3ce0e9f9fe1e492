import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// A parsed SVG (any XML) document, for structural assertions in tests.
public final class SVGElement: @unchecked Sendable {
    public let name: String
    public let attributes: [String: String]
    public internal(set) var children: [SVGElement] = []
    public internal(set) var text = ""
    public internal(set) weak var parent: SVGElement?

    init(name: String, attributes: [String: String]) {
        self.name = name
        self.attributes = attributes
    }

    /// Every element below this one (depth first, document order), this one included.
    public var descendants: [SVGElement] {
        var out: [SVGElement] = []
        var stack: [SVGElement] = [self]
        while let e = stack.popLast() {
            out.append(e)
            stack.append(contentsOf: e.children.reversed())
        }
        return out
    }

    public func all(_ name: String) -> [SVGElement] { descendants.filter { $0.name == name } }

    /// The `<g>` elements whose `class` attribute contains `cls`.
    public func groups(withClass cls: String) -> [SVGElement] {
        all("g").filter { ($0.attributes["class"] ?? "").split(separator: " ").contains(Substring(cls)) }
    }

    /// The text of the element's `<title>` child.
    public var title: String? { children.first { $0.name == "title" }?.text }

    /// The concatenated text of every `<text>` element below this one, one per line.
    public var texts: [String] { all("text").map(\.text) }
}

public enum SVG {
    public struct ParseError: Error, CustomStringConvertible {
        public let description: String
    }

    /// Parses XML text into a tree; throws when it is not well-formed.
    public static func parse(_ bytes: [UInt8]) throws -> SVGElement {
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

import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// A parsed SVG (any XML) document, for structural assertions in tests.
final class XMLElement_: @unchecked Sendable {
    let name: String
    let attributes: [String: String]
    var children: [XMLElement_] = []
    var text = ""
    weak var parent: XMLElement_?

    init(name: String, attributes: [String: String]) {
        self.name = name
        self.attributes = attributes
    }

    /// Every element below this one (depth first, document order), this one included.
    var descendants: [XMLElement_] {
        var out: [XMLElement_] = []
        var stack: [XMLElement_] = [self]
        while let e = stack.popLast() {
            out.append(e)
            stack.append(contentsOf: e.children.reversed())
        }
        return out
    }

    func all(_ name: String) -> [XMLElement_] { descendants.filter { $0.name == name } }

    /// The `<g>` elements whose `class` attribute contains `cls`.
    func groups(withClass cls: String) -> [XMLElement_] {
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
    static func parse(_ bytes: [UInt8]) throws -> XMLElement_ {
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
        var root: XMLElement_?
        var stack: [XMLElement_] = []

        func parser(_ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?, qualifiedName qName: String?, attributes attributeDict: [String: String] = [:]) {
            let e = XMLElement_(name: elementName, attributes: attributeDict)
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

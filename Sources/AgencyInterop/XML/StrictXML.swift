import TextKit

/// An element of an XML document read by `StrictXML`.
struct XMLNode {
    /// The qualified name as written (`viz:color`).
    var name: String
    var attributes: [(String, String)]
    var children: [XMLNode] = []
    /// The character data directly inside the element, concatenated.
    var text = ""
    var line: Int
    var column: Int

    /// The name without its namespace prefix.
    var localName: String { name.split(separator: ":").last.map(String.init) ?? name }

    func attribute(_ name: String) -> String? { attributes.first { $0.0 == name }?.1 }

    func children(_ local: String) -> [XMLNode] { children.filter { $0.localName == local } }
    func child(_ local: String) -> XMLNode? { children.first { $0.localName == local } }
}

/// A small, strict XML reader for the subset GraphML and GEXF use.
///
/// Why not Foundation's `XMLParser`: on Linux it is libxml2 underneath, whose handling of internal
/// entities (and so "billion laughs") depends on the libxml2 version and flags the caller cannot
/// set through `XMLParser`; docs/formats.md records what was measured. This reader has no DTD
/// support at all, so there is nothing to expand or fetch:
///
/// - `<!DOCTYPE …>` (and so any `<!ENTITY …>`) is refused with its location;
/// - only the five predefined entities and numeric character references are decoded; any other
///   `&name;` is an error;
/// - nesting is bounded (``maximumDepth``), as are attributes per element and the input size
///   (checked before parsing by `InputText`);
/// - every error carries the line and column where it was found.
///
/// - Complexity: O(n) in the length of the text, iterative (no recursion on the input's nesting).
struct StrictXML {
    static let maximumDepth = 256
    static let maximumAttributes = 4096
    /// The most attribute values a GraphML or GEXF document may expand to once declared defaults
    /// are applied to every element: 5,000,000. Defeats "default amplification" (a few thousand
    /// keys with defaults times a million elements), the attribute cousin of billion laughs.
    static let maximumValues = 5_000_000

    private let bytes: [UInt8]
    private var position = 0
    private var line = 1
    private let file: String

    private init(_ text: String, file: String) {
        self.bytes = Array(text.utf8)
        self.file = file
    }

    /// Parses a whole document and returns its root element.
    static func parse(_ text: String, file: String) throws(InteropError) -> XMLNode {
        var parser = StrictXML(text, file: file)
        return try parser.document()
    }

    /// The column, in Unicode scalars: bytes that are not UTF-8 continuation bytes, counted as read.
    private var column = 1

    private func fail(_ message: String) -> InteropError {
        InteropError(file: file, line: line, column: column, message)
    }

    private func peek(_ s: String) -> Bool {
        let u = Array(s.utf8)
        guard position + u.count <= bytes.count else { return false }
        for k in 0..<u.count where bytes[position + k] != u[k] { return false }
        return true
    }

    private mutating func advance(_ n: Int = 1) {
        for _ in 0..<n where position < bytes.count {
            let c = bytes[position]
            if c == 0x0A { line += 1; column = 1 } else if c & 0xC0 != 0x80 { column += 1 }
            position += 1
        }
    }

    private mutating func skipSpace() {
        while position < bytes.count, [0x20, 0x09, 0x0A, 0x0D].contains(bytes[position]) { advance() }
    }

    /// Skips to just after `end`, or fails with `message` at the construct's start.
    private mutating func skip(past end: String, what: String) throws(InteropError) {
        let startLine = line, startColumn = column
        while position < bytes.count {
            if peek(end) { advance(end.utf8.count); return }
            advance()
        }
        throw InteropError(file: file, line: startLine, column: startColumn, "unterminated \(what)")
    }

    private mutating func document() throws(InteropError) -> XMLNode {
        var root: XMLNode?
        while true {
            skipSpace()
            if position >= bytes.count { break }
            if peek("<?") { try skip(past: "?>", what: "processing instruction"); continue }
            if peek("<!--") { try skip(past: "-->", what: "comment"); continue }
            if peek("<!DOCTYPE") || peek("<!doctype") {
                throw fail("DOCTYPE declarations are refused: no DTDs and no entity definitions are read (protection against entity expansion and external entities)")
            }
            if peek("<!") { throw fail("markup declarations ('<!…') are not allowed outside elements") }
            if peek("<") {
                if root != nil { throw fail("a second root element; an XML document has one") }
                root = try element()
                continue
            }
            throw fail("text outside the root element")
        }
        guard let root else { throw InteropError(file: file, line: 1, column: 1, "no XML element in the file") }
        return root
    }

    private mutating func name() throws(InteropError) -> String {
        let start = position
        while position < bytes.count {
            let c = bytes[position]
            let ok = (c >= 0x41 && c <= 0x5A) || (c >= 0x61 && c <= 0x7A) || (c >= 0x30 && c <= 0x39)
                || c == 0x5F || c == 0x2D || c == 0x2E || c == 0x3A || c >= 0x80
            if !ok { break }
            advance()
        }
        guard position > start else { throw fail("a name was expected") }
        return String(decoding: bytes[start..<position], as: UTF8.self)
    }

    /// Reads one element and everything inside it, with an explicit stack (no recursion).
    private mutating func element() throws(InteropError) -> XMLNode {
        var stack: [XMLNode] = []
        var text: [UInt8] = []
        func flushText(into node: inout XMLNode, _ text: inout [UInt8]) {
            if !text.isEmpty { node.text += String(decoding: text, as: UTF8.self); text.removeAll(keepingCapacity: true) }
        }
        // The opening tag of the root.
        var (first, selfClosing) = try startTag()
        if selfClosing { return first }
        stack.append(first)
        first = XMLNode(name: "", attributes: [], line: 0, column: 0)
        while true {
            guard position < bytes.count else {
                let open = stack.last!
                throw InteropError(file: file, line: open.line, column: open.column, "element <\(open.name)> is not closed before the end of the file")
            }
            let c = bytes[position]
            if c == 0x3C { // <
                flushText(into: &stack[stack.count - 1], &text)
                if peek("</") {
                    advance(2)
                    let closing = try name()
                    skipSpace()
                    guard position < bytes.count, bytes[position] == 0x3E else { throw fail("'>' expected to end </\(closing)") }
                    advance()
                    let done = stack.removeLast()
                    guard done.name == closing else {
                        throw fail("</\(closing)> closes <\(done.name)> opened at line \(done.line)")
                    }
                    if stack.isEmpty { return done }
                    stack[stack.count - 1].children.append(done)
                } else if peek("<!--") {
                    try skip(past: "-->", what: "comment")
                } else if peek("<![CDATA[") {
                    advance(9)
                    let startLine = line, startColumn = column
                    let start = position
                    while position < bytes.count && !peek("]]>") { advance() }
                    guard position < bytes.count else { throw InteropError(file: file, line: startLine, column: startColumn, "unterminated CDATA section") }
                    text += bytes[start..<position]
                    advance(3)
                } else if peek("<?") {
                    try skip(past: "?>", what: "processing instruction")
                } else if peek("<!") {
                    throw fail(peek("<!ENTITY") || peek("<!DOCTYPE")
                        ? "DTD declarations are refused: no entity definitions are read"
                        : "unexpected markup '<!'")
                } else {
                    let (child, closed) = try startTag()
                    if closed { stack[stack.count - 1].children.append(child) } else {
                        guard stack.count < StrictXML.maximumDepth else {
                            throw InteropError(file: file, line: child.line, column: child.column, "elements nested deeper than \(StrictXML.maximumDepth) levels")
                        }
                        stack.append(child)
                    }
                }
            } else if c == 0x26 { // &
                text += Array(try reference().utf8)
            } else {
                text.append(c)
                advance()
            }
        }
    }

    private mutating func startTag() throws(InteropError) -> (XMLNode, Bool) {
        let startLine = line, startColumn = column
        advance() // <
        let tag = try name()
        var node = XMLNode(name: tag, attributes: [], line: startLine, column: startColumn)
        var names = Set<String>()
        while true {
            let hadSpace = position < bytes.count && [0x20, 0x09, 0x0A, 0x0D].contains(bytes[position])
            skipSpace()
            guard position < bytes.count else {
                throw InteropError(file: file, line: startLine, column: startColumn, "tag <\(tag) is not closed before the end of the file")
            }
            if peek("/>") { advance(2); return (node, true) }
            if bytes[position] == 0x3E { advance(); return (node, false) }
            guard hadSpace else { throw fail("space expected between attributes of <\(tag)>") }
            let nameLine = line, nameColumn = column
            let attribute = try name()
            skipSpace()
            guard position < bytes.count, bytes[position] == 0x3D else { throw fail("'=' expected after attribute '\(attribute)'") }
            advance()
            skipSpace()
            guard position < bytes.count, bytes[position] == 0x22 || bytes[position] == 0x27 else {
                throw fail("a quoted value expected for attribute '\(attribute)'")
            }
            let quote = bytes[position]
            let valueLine = line, valueColumn = column
            advance()
            var value: [UInt8] = []
            while true {
                guard position < bytes.count else {
                    throw InteropError(file: file, line: valueLine, column: valueColumn, "the value of attribute '\(attribute)' is not closed")
                }
                let c = bytes[position]
                if c == quote { advance(); break }
                if c == 0x3C { throw fail("'<' is not allowed in an attribute value") }
                if c == 0x26 { value += Array(try reference().utf8); continue }
                // Attribute-value normalisation: white space characters become spaces.
                value.append(c == 0x0A || c == 0x0D || c == 0x09 ? 0x20 : c)
                advance()
            }
            if !names.insert(attribute).inserted {
                throw InteropError(file: file, line: nameLine, column: nameColumn, "attribute '\(attribute)' repeated in <\(tag)>")
            }
            guard node.attributes.count < StrictXML.maximumAttributes else { throw fail("too many attributes in <\(tag)>") }
            node.attributes.append((attribute, String(decoding: value, as: UTF8.self)))
        }
    }

    /// Decodes `&amp;`, `&lt;`, `&gt;`, `&quot;`, `&apos;`, `&#N;` and `&#xH;`; anything else fails.
    private mutating func reference() throws(InteropError) -> String {
        let start = position, startLine = line, startColumn = column
        func failAtStart(_ message: String) -> InteropError {
            InteropError(file: file, line: startLine, column: startColumn, message)
        }
        advance()
        var body: [UInt8] = []
        while position < bytes.count, bytes[position] != 0x3B, body.count < 12 {
            body.append(bytes[position]); advance()
        }
        guard position < bytes.count, bytes[position] == 0x3B else {
            _ = start
            throw failAtStart("'&' must start an entity reference such as &amp; (write '&amp;' for a literal '&')")
        }
        advance()
        let name = String(decoding: body, as: UTF8.self)
        switch XMLReference(name) {
        case .text(let text):
            return text
        case .notText(let scalar):
            // XML 1.0 forbids most of these; TextKit's rule refuses the rest (DEL, C1).
            throw failAtStart("'&\(name);' refers to \(Escape.codePoint(scalar)), not a text character: control characters other than tab, line feed and carriage return, DEL, C1 and U+FFFE/U+FFFF are refused")
        case .invalidCharacter:
            throw failAtStart("'&\(name);' is not a valid character reference")
        case .unknownEntity:
            throw failAtStart("unknown entity '&\(name);': only &amp; &lt; &gt; &quot; &apos; and character references are read (no DTD entities)")
        }
    }
}

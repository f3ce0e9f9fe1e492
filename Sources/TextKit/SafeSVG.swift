/// The last line of defence for every SVG the project writes: a strict XML check plus the rules
/// that keep markup from running.
///
/// ``check(_:)-([UInt8])`` reads the bytes once, without building a tree, and returns the first
/// ``Violation`` (with its line and column) or nil. It refuses:
///
/// - anything that is not well-formed XML 1.0: invalid UTF-8, a scalar that is not text under
///   ``Escape/isText(_:)`` (in text, attribute values or character references), unbalanced or
///   mismatched tags, a repeated attribute, `<` in an attribute value, an unknown entity (only
///   `&amp;` `&lt;` `&gt;` `&quot;` `&apos;` and character references are XML's own), `--` inside
///   a comment, `]]>` in text, a second root element;
/// - a `<!DOCTYPE …>` with an internal subset (no entity definitions) and every processing
///   instruction but the XML declaration (so no `<?xml-stylesheet?>`);
/// - elements that run or embed code or other documents: `script`, `foreignObject`, `iframe`,
///   `object`, `embed`, `handler`, `listener`, and the animation elements (`set`, `animate`, …,
///   which can rewrite a link after the check);
/// - event-handler attributes (any name starting with `on`);
/// - a link attribute (`href`, `xlink:href`, `src`, `action`, `formaction`, `xml:base`) whose
///   value ``isAllowedLink(_:)`` refuses;
/// - `url(…)` anywhere in an attribute value or in a `style` element unless it points into the
///   document (`url(#id)`), and `@import` or `expression(` in a style.
///
/// - Complexity: O(n) in the length of the document; nesting is followed with an explicit stack.
public enum SafeSVG {
    /// What was wrong, and where (1-based line and column in Unicode scalars).
    public struct Violation: Error, Sendable, Equatable, CustomStringConvertible {
        /// The 1-based line of the offending construct.
        public var line: Int
        /// The 1-based column, in Unicode scalars, of the offending construct.
        public var column: Int
        /// What is refused and why, in words a person can act on.
        public var message: String

        /// Creates a violation at a position.
        ///
        /// - Parameters:
        ///   - line: 1-based line.
        ///   - column: 1-based column in Unicode scalars.
        ///   - message: what is refused and why.
        public init(line: Int, column: Int, message: String) {
            self.line = line
            self.column = column
            self.message = message
        }

        public var description: String { "line \(line), column \(column): \(message)" }
    }

    /// Elements refused wherever they appear (compared in lower case, namespace prefix removed).
    public static let forbiddenElements: Set<String> = [
        "script", "foreignobject", "iframe", "object", "embed", "handler", "listener",
        "set", "animate", "animatemotion", "animatetransform", "animatecolor", "discard",
    ]
    /// Attributes whose value is a link (compared in lower case, namespace prefix removed).
    public static let linkAttributes: Set<String> = ["href", "src", "action", "formaction", "base"]
    /// The schemes a link may have; a link without a scheme (relative, `#fragment`) is allowed too.
    public static let allowedSchemes: Set<String> = ["http", "https", "mailto"]

    /// Whether a link value (already decoded: no entities left) may appear in an output.
    ///
    /// Browsers ignore white space and control characters inside a scheme and read it in any
    /// case, so they are removed and the rest lower-cased before the scheme is read: `JaVa
    /// script:`, ` javascript:` and `java&#x09;script:` (decoded) are all `javascript:`. Allowed:
    /// no scheme (a relative link, `#fragment`, `//host/…`), or `http:`, `https:`, `mailto:`.
    /// Quotes, angle brackets, backslashes and back-ticks are refused in any link.
    ///
    /// - Complexity: O(n) in the length of `value`.
    public static func isAllowedLink(_ value: String) -> Bool {
        if value.unicodeScalars.contains(where: { ["\"", "'", "<", ">", "\\", "`"].contains($0) }) { return false }
        let squeezed = String(String.UnicodeScalarView(value.unicodeScalars.filter { $0.value > 0x20 && $0.value != 0x7F && !(0x80...0x9F).contains($0.value) }))
            .lowercased()
        guard let colon = squeezed.firstIndex(of: ":") else { return true }
        let before = squeezed[..<colon]
        if before.contains(where: { $0 == "/" || $0 == "?" || $0 == "#" }) { return true }
        return allowedSchemes.contains(String(before))
    }

    /// Checks a whole document; nil when it is well-formed and safe.
    public static func check(_ bytes: [UInt8]) -> Violation? {
        var scalars: [Unicode.Scalar] = []
        scalars.reserveCapacity(bytes.count)
        var iterator = bytes.makeIterator()
        var decoder = UTF8()
        decoding: while true {
            switch decoder.decode(&iterator) {
            case let .scalarValue(scalar): scalars.append(scalar)
            case .emptyInput: break decoding
            case .error:
                let (line, column) = position(of: scalars.count, in: scalars)
                return Violation(line: line, column: column, message: "invalid UTF-8")
            }
        }
        var reader = Reader(scalars)
        do {
            try reader.document()
            return nil
        } catch {
            return error
        }
    }

    /// Checks a document held in a string.
    public static func check(_ text: String) -> Violation? { check(Array(text.utf8)) }

    static func position(of index: Int, in scalars: [Unicode.Scalar]) -> (Int, Int) {
        var line = 1, column = 1
        for s in scalars[0..<min(index, scalars.count)] {
            if s == "\n" { line += 1; column = 1 } else { column += 1 }
        }
        return (line, column)
    }

    private struct Reader {
        let s: [Unicode.Scalar]
        var i = 0
        var stack: [String] = []
        /// Whether the innermost open element is a `style` element (its text is CSS to check).
        var inStyle = false
        /// Local names (lower-cased) of the element and attribute names seen, computed once each.
        var localNames: [String: String] = [:]

        mutating func cachedLocalName(_ qualified: String) -> String {
            if let known = localNames[qualified] { return known }
            let local = Reader.localName(qualified)
            localNames[qualified] = local
            return local
        }

        init(_ s: [Unicode.Scalar]) { self.s = s }

        func fail(_ message: String, at index: Int? = nil) -> Violation {
            let (line, column) = SafeSVG.position(of: index ?? i, in: s)
            return Violation(line: line, column: column, message: message)
        }

        func peek(_ literal: String) -> Bool {
            var k = i
            for c in literal.unicodeScalars {
                guard k < s.count, s[k] == c else { return false }
                k += 1
            }
            return true
        }

        static func isSpace(_ c: Unicode.Scalar) -> Bool { c == " " || c == "\t" || c == "\n" || c == "\r" }

        mutating func skipSpace() { while i < s.count, Reader.isSpace(s[i]) { i += 1 } }

        func isNameStart(_ c: Unicode.Scalar) -> Bool {
            ("a"..."z").contains(c) || ("A"..."Z").contains(c) || c == "_" || c == ":" || (c.value >= 0xC0 && Escape.isText(c))
        }

        func isNameChar(_ c: Unicode.Scalar) -> Bool {
            isNameStart(c) || ("0"..."9").contains(c) || c == "-" || c == "." || c == "\u{B7}"
        }

        mutating func name() throws(Violation) -> String {
            guard i < s.count, isNameStart(s[i]) else { throw fail("a name was expected") }
            let start = i
            while i < s.count, isNameChar(s[i]) { i += 1 }
            return String(String.UnicodeScalarView(s[start..<i]))
        }

        mutating func document() throws(Violation) {
            if peek("<?xml") && i + 5 < s.count && Reader.isSpace(s[i + 5]) {
                try skip(past: "?>", what: "XML declaration")
            }
            var sawRoot = false
            while true {
                skipSpace()
                if i >= s.count { break }
                if peek("<!--") { try comment(); continue }
                if peek("<?") { throw processingInstruction() }
                if peek("<!DOCTYPE") {
                    guard !sawRoot else { throw fail("a DOCTYPE after the root element") }
                    try doctype(); continue
                }
                if peek("<") {
                    guard !sawRoot else { throw fail("a second root element") }
                    try element()
                    sawRoot = true
                    continue
                }
                throw fail("text outside the root element")
            }
            if !sawRoot { throw fail("no root element") }
        }

        func processingInstruction() -> Violation {
            var k = i + 2
            var target = ""
            while k < s.count, !Reader.isSpace(s[k]), s[k] != "?" { target.unicodeScalars.append(s[k]); k += 1 }
            return fail("processing instruction <?\(target) refused (only the XML declaration is allowed; no style sheets)")
        }

        mutating func skip(past end: String, what: String) throws(Violation) {
            let start = i
            while i < s.count {
                if peek(end) { i += end.unicodeScalars.count; return }
                guard Escape.isText(s[i]) else { throw fail("\(Escape.codePoint(s[i])) is not allowed in XML") }
                i += 1
            }
            throw fail("unterminated \(what)", at: start)
        }

        mutating func comment() throws(Violation) {
            let start = i
            i += 4
            while i < s.count {
                if peek("--") {
                    guard peek("-->") else { throw fail("'--' inside a comment") }
                    i += 3
                    return
                }
                guard Escape.isText(s[i]) else { throw fail("\(Escape.codePoint(s[i])) is not allowed in XML") }
                i += 1
            }
            throw fail("unterminated comment", at: start)
        }

        /// `<!DOCTYPE name [PUBLIC "…" "…" | SYSTEM "…"]>`, without an internal subset.
        mutating func doctype() throws(Violation) {
            let start = i
            i += "<!DOCTYPE".unicodeScalars.count
            while i < s.count, s[i] != ">" {
                if s[i] == "[" { throw fail("a DOCTYPE with an internal subset (entity definitions) is refused") }
                if s[i] == "\"" || s[i] == "'" {
                    let quote = s[i]
                    i += 1
                    while i < s.count, s[i] != quote { i += 1 }
                }
                guard i < s.count, Escape.isText(s[i]) else { throw fail("unterminated DOCTYPE", at: start) }
                i += 1
            }
            guard i < s.count else { throw fail("unterminated DOCTYPE", at: start) }
            i += 1
        }

        /// An entity or character reference at `&`; returns the scalars it stands for.
        mutating func reference() throws(Violation) -> String {
            let start = i
            i += 1
            var body = ""
            while i < s.count, s[i] != ";", body.unicodeScalars.count < 12 { body.unicodeScalars.append(s[i]); i += 1 }
            guard i < s.count, s[i] == ";" else { throw fail("'&' that does not start a reference (write &amp;)", at: start) }
            i += 1
            switch XMLReference(body) {
            case .text(let text): return text
            case .unknownEntity: throw fail("unknown entity '&\(body);'", at: start)
            case .notText, .invalidCharacter: throw fail("'&\(body);' is not a character XML text may hold", at: start)
            }
        }

        mutating func element() throws(Violation) {
            var styleText = ""
            while true {
                // At '<' of a start tag, or inside content.
                if i >= s.count {
                    throw fail("<\(stack.last ?? "?")> is not closed before the end of the document")
                }
                let c = s[i]
                if c == "<" {
                    if peek("</") {
                        let start = i
                        i += 2
                        let closing = try name()
                        skipSpace()
                        guard i < s.count, s[i] == ">" else { throw fail("'>' expected to end </\(closing)") }
                        i += 1
                        guard let open = stack.popLast(), open == closing else {
                            throw fail("</\(closing)> does not close the open element", at: start)
                        }
                        if inStyle { try checkStyle(styleText, at: start); styleText = "" }
                        inStyle = stack.last.map { cachedLocalName($0) == "style" } ?? false
                        if stack.isEmpty { return }
                    } else if peek("<!--") {
                        try comment()
                    } else if peek("<![CDATA[") {
                        i += 9
                        let start = i
                        while i < s.count, !peek("]]>") {
                            guard Escape.isText(s[i]) else { throw fail("\(Escape.codePoint(s[i])) is not allowed in XML") }
                            i += 1
                        }
                        guard i < s.count else { throw fail("unterminated CDATA section", at: start) }
                        if inStyle { styleText += String(String.UnicodeScalarView(s[start..<i])) }
                        i += 3
                    } else if peek("<?") {
                        throw processingInstruction()
                    } else if peek("<!") {
                        throw fail("markup declaration inside an element")
                    } else {
                        let selfClosing = try startTag()
                        if stack.isEmpty && selfClosing { return }
                    }
                } else if c == "&" {
                    let decoded = try reference()
                    if inStyle { styleText += decoded }
                } else {
                    if c == "]" && peek("]]>") { throw fail("']]>' in text") }
                    guard Escape.isText(c) else { throw fail("\(Escape.codePoint(c)) is not allowed in XML") }
                    if inStyle { styleText.unicodeScalars.append(c) }
                    i += 1
                }
            }
        }

        static func localName(_ qualified: String) -> String {
            (qualified.split(separator: ":").last.map(String.init) ?? qualified).lowercased()
        }

        /// Reads a start tag at '<'; pushes it unless it closes itself. Returns whether it did.
        mutating func startTag() throws(Violation) -> Bool {
            let start = i
            i += 1
            let tag = try name()
            let local = cachedLocalName(tag)
            if SafeSVG.forbiddenElements.contains(local) { throw fail("element <\(tag)> is not allowed", at: start) }
            guard stack.count < 10_000 else { throw fail("elements nested deeper than 10000 levels", at: start) }
            var seen = Set<String>()
            while true {
                let hadSpace = i < s.count && Reader.isSpace(s[i])
                skipSpace()
                guard i < s.count else { throw fail("tag <\(tag) is not closed", at: start) }
                if peek("/>") { i += 2; return true }
                if s[i] == ">" {
                    i += 1
                    stack.append(tag)
                    inStyle = local == "style"
                    return false
                }
                guard hadSpace else { throw fail("space expected between attributes of <\(tag)>") }
                let nameStart = i
                let attribute = try name()
                skipSpace()
                guard i < s.count, s[i] == "=" else { throw fail("'=' expected after attribute '\(attribute)'") }
                i += 1
                skipSpace()
                guard i < s.count, s[i] == "\"" || s[i] == "'" else { throw fail("a quoted value expected for attribute '\(attribute)'") }
                let quote = s[i]
                i += 1
                var value = ""
                while true {
                    guard i < s.count else { throw fail("the value of attribute '\(attribute)' is not closed", at: nameStart) }
                    let c = s[i]
                    if c == quote { i += 1; break }
                    if c == "<" { throw fail("'<' in the value of attribute '\(attribute)'") }
                    if c == "&" { value += try reference(); continue }
                    guard Escape.isText(c) else { throw fail("\(Escape.codePoint(c)) is not allowed in XML") }
                    value.unicodeScalars.append(c)
                    i += 1
                }
                guard seen.insert(attribute).inserted else { throw fail("attribute '\(attribute)' repeated in <\(tag)>", at: nameStart) }
                try checkAttribute(attribute, value, at: nameStart)
            }
        }

        mutating func checkAttribute(_ attribute: String, _ value: String, at index: Int) throws(Violation) {
            let local = cachedLocalName(attribute)
            if local.hasPrefix("on") { throw fail("event-handler attribute '\(attribute)' is not allowed", at: index) }
            if SafeSVG.linkAttributes.contains(local), !SafeSVG.isAllowedLink(value) {
                throw fail("link \(String(reflecting: value)) in '\(attribute)' is not allowed (only http:, https:, mailto:, relative links and #fragments)", at: index)
            }
            // Only a value with a parenthesis can hold `url(`: most (coordinates, colours) have none.
            guard value.unicodeScalars.contains("(") else { return }
            if local == "style" { try checkStyle(value, at: index) } else if !Reader.urlsPointInside(value) {
                throw fail("url(…) outside the document in '\(attribute)'", at: index)
            }
        }

        func checkStyle(_ css: String, at index: Int) throws(Violation) {
            let lower = css.lowercased()
            if lower.contains("@import") || lower.contains("expression(") || lower.contains("javascript:") || lower.contains("behavior") {
                throw fail("style with @import, expression(), behavior or javascript: is not allowed", at: index)
            }
            if !Reader.urlsPointInside(css) { throw fail("url(…) outside the document in a style", at: index) }
        }

        /// Every `url(` in `text` is followed (after spaces and an optional quote) by `#`.
        static func urlsPointInside(_ text: String) -> Bool {
            let scalars = Array(text.lowercased().unicodeScalars.filter { !isSpace($0) && $0 != "\\" })
            var k = 0
            while k + 4 <= scalars.count {
                if scalars[k] == "u", scalars[k + 1] == "r", scalars[k + 2] == "l", scalars[k + 3] == "(" {
                    var j = k + 4
                    if j < scalars.count, scalars[j] == "\"" || scalars[j] == "'" { j += 1 }
                    guard j < scalars.count, scalars[j] == "#" else { return false }
                }
                k += 1
            }
            return true
        }
    }
}

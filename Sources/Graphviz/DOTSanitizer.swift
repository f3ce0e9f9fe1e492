import CGraphviz
import TextKit

/// Limits on what DOT input may ask of Graphviz, and on what a render may produce.
///
/// A few bytes of DOT can make Graphviz work for minutes and write gigabytes
/// (`digraph{a[peripheries=9999999]}`: 18 s, 2.2 GB of memory, a 944 MB SVG on Graphviz 2.43).
/// Values above these caps are refused before layout (``GraphvizError/limitExceeded(object:attribute:value:limit:)``);
/// every number in the value counts (`size="5000,1"`, `ranksep="1:900"`).
public enum RenderLimits {
    /// The largest number each capped attribute may hold (absolute value).
    public static let attributeCaps: [String: Double] = [
        "peripheries": 16,          // each periphery is drawn: work and output grow linearly
        "sides": 100,               // polygon points
        "samplepoints": 1_000,      // points per ellipse in non-SVG outputs
        "size": 1_000,              // inches
        "page": 1_000,
        "margin": 1_000,
        "pad": 1_000,
        "ratio": 1_000,             // numeric ratios; fill/compress/expand/auto are words
        "dpi": 1_200,
        "resolution": 1_200,
        "nodesep": 100,             // inches
        "ranksep": 100,
        "width": 1_000,
        "height": 1_000,
        "fontsize": 1_000,          // points
        "labelfontsize": 1_000,
        "penwidth": 100,
        "arrowsize": 100,
        "mclimit": 100,             // multipliers of dot's iteration counts
        "nslimit": 100,
        "nslimit1": 100,
        "searchsize": 10_000,
        "maxiter": 100_000,
    ]
    /// The longest attribute value (labels included), in Unicode scalars.
    public static let maximumValueLength = 16_384
    /// The largest output a render may return, in bytes (64 MiB).
    public static let maximumOutputBytes = 64 << 20
}

/// Makes a parsed DOT graph safe to lay out and render: every value Graphviz would write into
/// SVG unescaped, or that makes it read files, is checked, and dropped with a warning when it
/// is not safe; values that multiply work or output beyond ``RenderLimits`` are refused.
///
/// What is checked, on the graph, every subgraph, node and edge:
///
/// - links (`URL`, `href` and the `edge`/`head`/`tail`/`label` variants): after Graphviz's `\G`,
///   `\N`, `\E`, `\T`, `\H` expansion and decoding of character references, they must pass
///   `TextKit.SafeSVG.isAllowedLink(_:)` (http, https, mailto, relative, `#fragment`) and hold
///   no white space, quotes or angle brackets;
/// - `fontname`, `labelfontname`: letters, digits, spaces and `-_.,` only;
/// - `id` (expanded as links are), `class`: `[A-Za-z0-9_.:-]` (and spaces between classes);
/// - colours: no quotes, angle brackets, `&` or backslashes;
/// - `comment`: no `--` (SVG comments cannot hold it);
/// - `stylesheet`, `image`, `imagepath`, `shapefile`, `fontpath`: always dropped (remote style
///   sheets, files read from disk);
/// - HTML-like labels: the same rules for `href`/`URL`, `face`, `id`, `class` and colour attributes
///   of their elements; a label with `<IMG>` (a file read from disk) or that cannot be read is
///   replaced by the object's name.
enum DOTSanitizer {
    static let linkAttributes = Validation.urlAttributes
    static let droppedAttributes: Set<String> = ["stylesheet", "image", "imagepath", "shapefile", "fontpath"]
    static let labelAttributes: Set<String> = ["label", "xlabel", "headlabel", "taillabel"]

    /// One object of the graph, with what Graphviz's escapes expand to for it.
    private struct Object {
        var pointer: UnsafeMutableRawPointer
        var kind: Int32
        var description: String
        var escapes: [Character: String]
    }

    /// Sanitises `g` in place and returns the warnings. Must be called with the lock held.
    ///
    /// For SVG (`writesLinksAsXML`), links that pass are set to their expanded, decoded form escaped
    /// for XML: Graphviz 2.43 writes them into the SVG as they are, so a plain `&` in a query
    /// string would otherwise leave the SVG not well-formed.
    static func sanitize(_ g: UnsafeMutablePointer<Agraph_t>, writesLinksAsXML: Bool) throws -> [String] {
        func string(_ p: UnsafeMutablePointer<CChar>?) -> String { p.map { String(cString: $0) } ?? "" }
        let rootName = string(agnameof(g))
        var objects: [Object] = []
        func port(_ edge: UnsafeMutableRawPointer, _ name: String) -> String {
            guard let sym = name.withCString({ agattr(g, Int32(AGEDGE), UnsafeMutablePointer(mutating: $0), nil) }) else { return "" }
            let value = string(agxget(edge, sym))
            return value.isEmpty ? "" : ":" + value
        }
        // Graphs: the root and every subgraph, depth first, with an explicit stack.
        var pending: [(UnsafeMutablePointer<Agraph_t>, Bool)] = [(g, true)]
        while let (graph, isRoot) = pending.popLast() {
            let name = string(agnameof(graph))
            objects.append(Object(pointer: UnsafeMutableRawPointer(graph), kind: Int32(AGRAPH),
                                  description: isRoot ? "graph" : "subgraph '\(name)'", escapes: ["G": name]))
            var s = agfstsubg(graph)
            while let sub = s { pending.append((sub, false)); s = agnxtsubg(sub) }
        }
        var n = agfstnode(g)
        while let node = n {
            let tail = string(agnameof(node))
            objects.append(Object(pointer: UnsafeMutableRawPointer(node), kind: Int32(AGNODE),
                                  description: "node '\(tail)'", escapes: ["G": rootName, "N": tail]))
            var e = agfstout(g, node)
            while let edge = e {
                let head = string(agnameof(edge.pointee.node))
                let arrow = agisdirected(g) != 0 ? "->" : "--"
                let object = UnsafeMutableRawPointer(edge)
                let tailPort = port(object, "tailport"), headPort = port(object, "headport")
                objects.append(Object(pointer: object, kind: Int32(AGEDGE), description: "edge '\(tail)' \(arrow) '\(head)'",
                                      escapes: ["G": rootName, "T": tail + tailPort, "H": head + headPort,
                                                "E": tail + tailPort + arrow + head + headPort]))
                e = agnxtout(g, edge)
            }
            n = agnxtnode(g, node)
        }
        var symbols: [Int32: [UnsafeMutablePointer<Agsym_t>]] = [:]
        for kind in [Int32(AGRAPH), Int32(AGNODE), Int32(AGEDGE)] {
            var list: [UnsafeMutablePointer<Agsym_t>] = []
            var sym = agnxtattr(g, kind, nil)
            while let s = sym { list.append(s); sym = agnxtattr(g, kind, s) }
            symbols[kind] = list
        }
        // Graphviz writes names into `<title>` and comments keeping anything that looks like an
        // entity: `&nt;` (found by `make fuzz`) would leave the SVG not well-formed.
        for object in objects where object.kind != Int32(AGEDGE) {
            let name = object.escapes[object.kind == Int32(AGNODE) ? "N" : "G"] ?? ""
            if let entity = unknownEntity(in: name) {
                throw GraphvizError.invalidGraph("the name of \(object.description) holds '\(entity)', an entity SVG does not know; write '&amp;' for '&', or the character itself")
            }
        }
        var warnings: [String] = []
        for object in objects {
            for sym in symbols[object.kind] ?? [] {
                guard let raw = agxget(object.pointer, sym) else { continue }
                let value = String(cString: raw)
                if value.isEmpty { continue }
                let name = string(sym.pointee.name)
                try checkLimits(name: name, value: value, object: object.description)
                // Graphviz decodes character references in labels and other text and writes the
                // scalar as it is: `&#x18;` would leave the SVG not well-formed (found by `make fuzz`).
                if let bad = referencedNonText(value) {
                    warnings.append("\(object.description): \(name)=\(quoted(value)) \(name == "label" ? "replaced by the name" : "dropped"): it refers to \(Escape.codePoint(bad)), not a text character")
                    _ = (name == "label" ? "\\N" : "").withCString { agxset(object.pointer, sym, UnsafeMutablePointer(mutating: $0)) }
                    continue
                }
                // An HTML-like value (`<…>`) is markup only in a label; in any other attribute it is
                // text and gets that attribute's rule below (`class=<…>` went through unchecked
                // until `make fuzz` found it: Graphviz wrote it raw into the SVG).
                if aghtmlstr(raw) != 0, labelAttributes.contains(name) {
                    let (clean, notes) = sanitizeHTMLLabel(value)
                    let replacement = clean ?? "\\N"
                    if replacement != value {
                        warnings += notes.map { "\(object.description): \(name): \($0)" }
                        if let clean {
                            let html = clean.withCString { agstrdup_html(g, UnsafeMutablePointer(mutating: $0)) }
                            _ = agxset(object.pointer, sym, html)
                            _ = agstrfree(g, html)
                        } else {
                            _ = "\\N".withCString { agxset(object.pointer, sym, UnsafeMutablePointer(mutating: $0)) }
                        }
                    }
                    continue
                }
                if let reason = refusal(name: name, value: value, escapes: object.escapes) {
                    warnings.append("\(object.description): \(name)=\(quoted(value)) dropped: \(reason)")
                    _ = "".withCString { agxset(object.pointer, sym, UnsafeMutablePointer(mutating: $0)) }
                } else if !linkAttributes.contains(name), let entity = unknownEntity(in: value) {
                    // In text, Graphviz decodes the HTML entities it knows and writes the others as
                    // they are; SVG knows only &amp; &lt; &gt; &quot; &apos;. Shown literally instead.
                    warnings.append("\(object.description): \(name): '\(entity)' and other named entities but &amp; &lt; &gt; &quot; &apos; are shown literally (write the character, or &#N;)")
                    _ = escapeNamedEntities(value).withCString { agxset(object.pointer, sym, UnsafeMutablePointer(mutating: $0)) }
                } else if writesLinksAsXML, linkAttributes.contains(name),
                          let decoded = expand(value, object.escapes).flatMap(decodeReferences) {
                    // Backslashes are refused in links, so the escaped form has no escapes left to expand.
                    _ = Escape.xml(decoded).withCString { agxset(object.pointer, sym, UnsafeMutablePointer(mutating: $0)) }
                }
            }
        }
        return warnings
    }

    /// A value shortened for a message.
    static func quoted(_ value: String) -> String {
        let scalars = value.unicodeScalars
        let short = scalars.count > 60 ? String(String.UnicodeScalarView(scalars.prefix(57))) + "…" : value
        return String(reflecting: short)
    }

    /// Refuses values above ``RenderLimits``.
    static func checkLimits(name: String, value: String, object: String) throws {
        let length = value.unicodeScalars.count
        if length > RenderLimits.maximumValueLength {
            throw GraphvizError.limitExceeded(object: object, attribute: name, value: "\(length) characters",
                                              limit: "\(RenderLimits.maximumValueLength) characters")
        }
        guard let cap = RenderLimits.attributeCaps[name] else { return }
        let separators: Set<Character> = [",", ":", " ", "!", "\t", "\n"]
        for part in value.split(whereSeparator: { separators.contains($0) }) {
            guard let number = Double(part) else { continue }
            if !number.isFinite || abs(number) > cap {
                throw GraphvizError.limitExceeded(object: object, attribute: name, value: quoted(value), limit: cap == cap.rounded() ? "\(Int(cap))" : "\(cap)")
            }
        }
    }

    /// Why a plain (not HTML-like) value must be dropped, or nil when it is safe.
    static func refusal(name: String, value: String, escapes: [Character: String]) -> String? {
        if droppedAttributes.contains(name) {
            return name == "stylesheet" ? "style sheets are not written into SVG (a remote file would be loaded)" : "Graphviz would read a file from disk"
        }
        if linkAttributes.contains(name) {
            guard let expanded = expand(value, escapes), let decoded = decodeReferences(expanded) else {
                return "links may use only the escapes \\G, \\N, \\E, \\T, \\H and the references &amp;, &lt;, &gt;, &quot;, &apos;, &#N;"
            }
            return linkRefusal(decoded)
        }
        if Validation.fontAttributes.contains(name) { return fontRefusal(value) }
        if name == "id" {
            guard let expanded = expand(value, escapes) else { return "ids may use only the escapes \\G, \\N, \\E, \\T, \\H" }
            return idRefusal(expanded)
        }
        if name == "class" { return classRefusal(value) }
        if Validation.colorAttributes.contains(name) { return colorRefusal(value) }
        if name == "comment", value.contains("--") || value.hasSuffix("-") {
            return "an SVG comment cannot hold '--'"
        }
        return nil
    }

    static func linkRefusal(_ decoded: String) -> String? {
        if decoded.unicodeScalars.contains(where: { $0.value <= 0x20 || !Escape.isText($0) }) {
            return "white space and control characters are not allowed in links (percent-encode them)"
        }
        if !SafeSVG.isAllowedLink(decoded) {
            return "only http:, https:, mailto:, relative links and #fragments are allowed, without quotes, angle brackets or backslashes"
        }
        return nil
    }

    static func fontRefusal(_ value: String) -> String? {
        let ok = value.unicodeScalars.allSatisfy {
            ($0.properties.isAlphabetic || ("0"..."9").contains($0)) && $0.value < 0x250 || [" ", "-", "_", ".", ","].contains($0)
        }
        return ok ? nil : "font names may contain only letters, digits, spaces, '-', '_', '.' and ','"
    }

    static func idRefusal(_ value: String) -> String? {
        let ok = value.unicodeScalars.allSatisfy(isNameChar)
        return ok ? nil : "ids may contain only ASCII letters, digits, '_', '-', '.' and ':'"
    }

    static func classRefusal(_ value: String) -> String? {
        let ok = value.unicodeScalars.allSatisfy { isNameChar($0) || $0 == " " }
        return ok ? nil : "classes may contain only ASCII letters, digits, '_', '-', '.', ':' and spaces"
    }

    static func colorRefusal(_ value: String) -> String? {
        let forbidden: Set<Unicode.Scalar> = ["\"", "'", "<", ">", "\\", "&"]
        if value.unicodeScalars.contains(where: { forbidden.contains($0) }) { return "colours may not contain quotes, angle brackets, '&' or backslashes" }
        // A colour list `c1;w1:c2`: Graphviz 2.43 crashes (SIGSEGV in findStopColor) on a weight it
        // cannot read, e.g. `fillcolor="#f7f7f7;"` with style=filled (found by `make fuzz`).
        for item in value.split(separator: ":", omittingEmptySubsequences: false) where item.contains(";") {
            let parts = item.split(separator: ";", omittingEmptySubsequences: false)
            guard parts.count == 2, !parts[0].isEmpty, let weight = Double(parts[1]), weight >= 0, weight <= 1 else {
                return "a colour list item is 'colour;weight' with a weight from 0 to 1"
            }
        }
        return nil
    }

    private static func isNameChar(_ c: Unicode.Scalar) -> Bool {
        ("a"..."z").contains(c) || ("A"..."Z").contains(c) || ("0"..."9").contains(c) || c == "_" || c == "-" || c == "." || c == ":"
    }

    /// The first `&name;` in `value` whose name is not one of XML's five (`amp`, `lt`, `gt`,
    /// `quot`, `apos`), or nil. Numeric references are not named entities.
    static func unknownEntity(in value: String) -> String? {
        namedEntities(in: value).first { !["amp", "lt", "gt", "quot", "apos"].contains($0.name) }.map { "&\($0.name);" }
    }

    /// `value` with the `&` of every named entity but XML's five written as `&amp;`.
    static func escapeNamedEntities(_ value: String) -> String {
        var out = String.UnicodeScalarView()
        let s = Array(value.unicodeScalars)
        let starts = Set(namedEntities(in: value).filter { !["amp", "lt", "gt", "quot", "apos"].contains($0.name) }.map(\.start))
        for (k, c) in s.enumerated() {
            out.append(c)
            if starts.contains(k) { out.append(contentsOf: "amp;".unicodeScalars) }
        }
        return String(out)
    }

    /// Every `&name;` (a letter, then letters and digits) with the index of its `&` in scalars.
    private static func namedEntities(in value: String) -> [(start: Int, name: String)] {
        guard value.contains("&") else { return [] }
        let s = Array(value.unicodeScalars)
        var found: [(Int, String)] = []
        var i = 0
        while i < s.count {
            if s[i] == "&", i + 1 < s.count, s[i + 1].properties.isAlphabetic, s[i + 1].isASCII {
                var j = i + 1
                var name = ""
                while j < s.count, s[j].isASCII, s[j].properties.isAlphabetic || ("0"..."9").contains(s[j]) {
                    name.unicodeScalars.append(s[j]); j += 1
                }
                if j < s.count, s[j] == ";" { found.append((i, name)) }
                i = j
                continue
            }
            i += 1
        }
        return found
    }

    /// The first scalar that is not text among the numeric character references of `value`
    /// (`&#24;`, `&#x18;`, with or without the `;`), or nil.
    static func referencedNonText(_ value: String) -> Unicode.Scalar? {
        let s = Array(value.unicodeScalars)
        var i = 0
        while i + 2 < s.count {
            defer { i += 1 }
            guard s[i] == "&", s[i + 1] == "#" else { continue }
            var j = i + 2
            let hex = s[j] == "x" || s[j] == "X"
            if hex { j += 1 }
            var digits = ""
            while j < s.count, digits.count < 12, hex ? s[j].properties.isASCIIHexDigit : ("0"..."9").contains(s[j]) {
                digits.unicodeScalars.append(s[j]); j += 1
            }
            guard !digits.isEmpty else { continue }
            guard let number = UInt32(digits, radix: hex ? 16 : 10), let scalar = Unicode.Scalar(number) else {
                return Unicode.Scalar(0xFFFD)
            }
            if !Escape.isText(scalar) || number == 0 { return scalar }
        }
        return nil
    }

    /// Graphviz's escString expansion of `\G`, `\N`, `\E`, `\T`, `\H` for one object; nil when the
    /// value uses an escape that is not known for it (`\L`, `\\`, …), which is then refused.
    static func expand(_ value: String, _ escapes: [Character: String]) -> String? {
        var out = ""
        var iterator = value.makeIterator()
        while let c = iterator.next() {
            guard c == "\\" else { out.append(c); continue }
            guard let next = iterator.next(), let replacement = escapes[next] else { return nil }
            out += replacement
        }
        return out
    }

    /// Decodes the five XML entities and numeric character references, as a browser reading the
    /// SVG would; nil for any other `&name;` (Graphviz keeps entity-like text as it is).
    static func decodeReferences(_ value: String) -> String? {
        guard value.contains("&") else { return value }
        var out = ""
        var rest = Substring(value)
        while let amp = rest.firstIndex(of: "&") {
            out += rest[..<amp]
            let after = rest[rest.index(after: amp)...]
            let body = after.prefix { $0 != ";" && $0 != "&" && !$0.isWhitespace }
            guard body.endIndex < after.endIndex, after[body.endIndex] == ";", !body.isEmpty else {
                out.append("&")
                rest = after
                continue
            }
            switch body {
            case "amp": out.append("&")
            case "lt": out.append("<")
            case "gt": out.append(">")
            case "quot": out.append("\"")
            case "apos": out.append("'")
            default:
                guard body.hasPrefix("#") else { return nil }
                let digits = body.dropFirst()
                let number = digits.lowercased().hasPrefix("x") ? UInt32(digits.dropFirst(), radix: 16) : UInt32(digits, radix: 10)
                guard let number, let scalar = Unicode.Scalar(number) else { return nil }
                out.unicodeScalars.append(scalar)
            }
            rest = after[after.index(after: body.endIndex)...]
        }
        return out + rest
    }

    /// Rewrites an HTML-like label (the text between the outer `<` `>`) without unsafe attribute
    /// values. Returns nil when the label must be replaced as a whole (an `<IMG>`, or markup this
    /// reader cannot follow), with the notes for the warnings.
    static func sanitizeHTMLLabel(_ label: String) -> (String?, [String]) {
        let s = Array(label.unicodeScalars)
        var out = String.UnicodeScalarView()
        var notes: [String] = []
        var i = 0
        func isSpace(_ c: Unicode.Scalar) -> Bool { c == " " || c == "\t" || c == "\n" || c == "\r" }
        while i < s.count {
            let c = s[i]
            guard c == "<" else { out.append(c); i += 1; continue }
            // A comment, a closing tag or a start tag.
            if i + 3 < s.count, s[i + 1] == "!", s[i + 2] == "-", s[i + 3] == "-" {
                var j = i + 4
                while j + 2 < s.count, !(s[j] == "-" && s[j + 1] == "-" && s[j + 2] == ">") { j += 1 }
                guard j + 2 < s.count else { return (nil, ["unterminated comment in an HTML-like label; replaced by the name"]) }
                i = j + 3
                continue
            }
            out.append(c)
            i += 1
            if i < s.count, s[i] == "/" {
                while i < s.count, s[i] != ">" {
                    guard s[i] != "<", s[i] != "\"", s[i] != "'" else { return (nil, ["unreadable closing tag in an HTML-like label; replaced by the name"]) }
                    out.append(s[i]); i += 1
                }
                guard i < s.count else { return (nil, ["unterminated tag in an HTML-like label; replaced by the name"]) }
                out.append(s[i]); i += 1
                continue
            }
            var tag = String.UnicodeScalarView()
            while i < s.count, s[i].properties.isAlphabetic || ("0"..."9").contains(s[i]) { tag.append(s[i]); i += 1 }
            let tagName = String(tag).lowercased()
            if tagName.isEmpty { return (nil, ["unreadable tag in an HTML-like label; replaced by the name"]) }
            if tagName == "img" { return (nil, ["<IMG> reads a file from disk; the label is replaced by the name"]) }
            out.append(contentsOf: tag)
            // Attributes until '>' or '/>'.
            while true {
                while i < s.count, isSpace(s[i]) { i += 1 }
                guard i < s.count else { return (nil, ["unterminated tag in an HTML-like label; replaced by the name"]) }
                if s[i] == ">" { out.append(">"); i += 1; break }
                if s[i] == "/", i + 1 < s.count, s[i + 1] == ">" { out.append("/"); out.append(">"); i += 2; break }
                var attribute = String.UnicodeScalarView()
                while i < s.count, s[i].properties.isAlphabetic || ("0"..."9").contains(s[i]) || s[i] == "-" || s[i] == "_" || s[i] == ":" {
                    attribute.append(s[i]); i += 1
                }
                while i < s.count, isSpace(s[i]) { i += 1 }
                guard !attribute.isEmpty, i < s.count, s[i] == "=" else { return (nil, ["unreadable attribute in an HTML-like label; replaced by the name"]) }
                i += 1
                while i < s.count, isSpace(s[i]) { i += 1 }
                guard i < s.count, s[i] == "\"" || s[i] == "'" else { return (nil, ["unquoted attribute value in an HTML-like label; replaced by the name"]) }
                let quote = s[i]
                i += 1
                var value = String.UnicodeScalarView()
                while i < s.count, s[i] != quote {
                    guard s[i] != "<" else { return (nil, ["'<' in an attribute value of an HTML-like label; replaced by the name"]) }
                    value.append(s[i]); i += 1
                }
                guard i < s.count else { return (nil, ["unterminated attribute value in an HTML-like label; replaced by the name"]) }
                i += 1
                let attributeName = String(attribute)
                let raw = String(value)
                if let reason = htmlAttributeRefusal(attributeName.lowercased(), raw) {
                    notes.append("<\(String(tag)) \(attributeName)=\(quoted(raw))> dropped: \(reason)")
                    continue
                }
                out.append(" ")
                out.append(contentsOf: attribute)
                out.append("=")
                out.append(quote)
                out.append(contentsOf: value)
                out.append(quote)
            }
        }
        return (String(out), notes)
    }

    static func htmlAttributeRefusal(_ name: String, _ raw: String) -> String? {
        guard let value = decodeReferences(raw) else { return "only the references &amp;, &lt;, &gt;, &quot;, &apos;, &#N; are read" }
        switch name {
        case "href", "url": return linkRefusal(value)
        case "face": return fontRefusal(value)
        case "id": return idRefusal(value)
        case "class": return classRefusal(value)
        case "color", "bgcolor", "pencolor": return colorRefusal(value)
        case "point-size": return (Double(value).map { abs($0) <= RenderLimits.attributeCaps["fontsize"]! } ?? true) ? nil : "above the fontsize limit"
        default: return nil
        }
    }
}

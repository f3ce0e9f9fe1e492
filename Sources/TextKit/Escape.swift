/// Escaping of data text for every output AgencyGraph writes, with one rule for characters that
/// are not text.
///
/// **The rule.** A scalar is *text* unless it is a C0 control other than tab, line feed and
/// carriage return (U+0000–U+001F), DEL (U+007F), a C1 control (U+0080–U+009F) or one of the
/// noncharacters U+FFFE and U+FFFF. Readers refuse such scalars at their line and column; should
/// one still reach a writer (a library user's own `Network`), each context handles it so that no
/// output is ever malformed and nothing disappears silently:
///
/// | context | non-text scalar becomes |
/// |---|---|
/// | XML, SVG, HTML (``xml(_:)``, ``xmlAttribute(_:)``) | U+FFFD (XML 1.0 cannot hold it even as a reference) |
/// | Markdown (``Markdown``), CSV (``csvField(_:)``), plain terminal text (``plain(_:)``) | U+FFFD |
/// | JSON (``jsonString(_:)``), Cypher (``cypherString(_:)``), YAML (``yamlString(_:)``) | an escape (`\u0001`, `\x01`): the format can carry it losslessly |
/// | DOT data (``dotString(_:)``) | itself: cgraph reads it back (drawing labels go through the Graphviz binding, which replaces it) |
///
/// Every function is O(n) in the length of its input.
public enum Escape {
    /// Whether `scalar` is text under the rule above.
    @inlinable
    public static func isText(_ scalar: Unicode.Scalar) -> Bool {
        let v = scalar.value
        if v < 0x20 { return v == 0x09 || v == 0x0A || v == 0x0D }
        if v >= 0x7F && v <= 0x9F { return false }
        return v != 0xFFFE && v != 0xFFFF
    }

    /// The first scalar of `text` that is not text, with its 1-based line and column (in scalars),
    /// for readers that refuse it.
    public static func firstNonText(in text: String) -> (scalar: Unicode.Scalar, line: Int, column: Int)? {
        var line = 1, column = 1
        for scalar in text.unicodeScalars {
            if !isText(scalar) { return (scalar, line, column) }
            if scalar == "\n" { line += 1; column = 1 } else { column += 1 }
        }
        return nil
    }

    /// `U+0001`: how messages name a scalar.
    public static func codePoint(_ scalar: Unicode.Scalar) -> String {
        let hex = String(scalar.value, radix: 16, uppercase: true)
        return "U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
    }

    /// Text for XML/SVG/XHTML element content and double- or single-quoted attribute values:
    /// `& < > " '` as `&amp; &lt; &gt; &quot; &#39;`; tab, line feed and carriage return as they
    /// are; non-text scalars as U+FFFD.
    public static func xml(_ text: String) -> String {
        map(text, xmlTable, otherwise: replacingNonText)
    }

    /// Text for an XML attribute value in double quotes that must read back unchanged (the
    /// interchange formats: GraphML, GEXF): `& < > "` as entities, and tab, line feed and carriage
    /// return as character references, which attribute-value normalisation would otherwise turn
    /// into spaces; non-text scalars as U+FFFD.
    public static func xmlAttribute(_ text: String) -> String {
        map(text, xmlAttributeTable, otherwise: replacingNonText)
    }

    /// Whether writing `text` to XML, HTML, Markdown or CSV replaces a scalar (it holds non-text).
    public static func losesCharacters(_ text: String) -> Bool {
        !text.unicodeScalars.allSatisfy(isText)
    }

    /// Text for a terminal or a plain-text file: non-text scalars as U+FFFD, the rest as is.
    public static func plain(_ text: String) -> String {
        guard losesCharacters(text) else { return text }
        return map(text, [:], otherwise: replacingNonText)
    }

    /// A CSV field (RFC 4180): quoted when it holds a comma, a quote, CR or LF, or starts or ends
    /// with a space (which some readers trim); quotes doubled; non-text scalars as U+FFFD.
    public static func csvField(_ text: String) -> String {
        let clean = plain(text)
        let needsQuotes = clean.unicodeScalars.contains { $0 == "," || $0 == "\"" || $0 == "\r" || $0 == "\n" }
            || clean.unicodeScalars.first == " " || clean.unicodeScalars.last == " "
        guard needsQuotes else { return clean }
        return "\"" + map(clean, ["\"": "\"\""], otherwise: { _ in nil }) + "\""
    }

    /// A JSON string literal (RFC 8259), quotes included: `"` and `\` escaped, control characters
    /// as `\n`, `\r`, `\t` or `\u00XX`, and U+2028/U+2029 escaped (JavaScript before ES2019 does not
    /// accept them raw, and the explorer embeds JSON in a script).
    public static func jsonString(_ text: String) -> String {
        "\"" + map(text, jsonTable) { $0.value < 0x20 || $0.value == 0x7F ? "\\u" + hex($0.value, width: 4, uppercase: false) : nil } + "\""
    }

    /// JSON text (already valid JSON, e.g. from `JSONEncoder`) made safe as the content of an HTML
    /// `<script type="application/json">` element: `<`, `>` and `&` as `\u003c`, `\u003e`,
    /// `\u0026`, U+2028/U+2029 as `\u2028`/`\u2029`. In JSON those characters can only occur
    /// inside strings, where the escapes mean the same character, so `JSON.parse` of the element's
    /// text gives the same value; and no `</script`, `<!--` or `]]>` can appear to end the element
    /// or switch the HTML parser's state.
    public static func scriptJSON(_ json: String) -> String {
        map(json, scriptJSONTable, otherwise: { _ in nil })
    }

    /// A Cypher string literal in single quotes: `\`, `'`, `"` and control characters escaped
    /// (`\n`, `\r`, `\t`, `\uXXXX`), as are U+2028/U+2029.
    public static func cypherString(_ text: String) -> String {
        "'" + map(text, cypherTable) { $0.value < 0x20 || $0.value == 0x7F ? "\\u" + hex($0.value, width: 4, uppercase: true) : nil } + "'"
    }

    /// A Cypher name (label, relationship type, property key) in backticks, a backtick doubled.
    public static func cypherName(_ name: String) -> String {
        "`" + map(name, ["`": "``"], otherwise: { _ in nil }) + "`"
    }

    /// A DOT quoted string that cgraph reads back as `text` once its own escapes are undone:
    /// `\` doubled, `"` as `\"`, line feed and carriage return as `\n` and `\r`; other scalars as
    /// they are (DOT files are data here, not drawings: nothing is lost).
    public static func dotString(_ text: String) -> String {
        "\"" + map(text, dotTable, otherwise: { _ in nil }) + "\""
    }

    /// A YAML double-quoted scalar, readable by any YAML 1.1 or 1.2 parser: `"` and `\` escaped,
    /// control characters (C0, DEL, C1) as `\xXX`, line and paragraph separators, NEL and BOM by
    /// their YAML escapes, and invisible or look-alike spaces as `\uXXXX` so reviewers see them.
    public static func yamlString(_ text: String) -> String {
        "\"" + map(text, yamlTable) {
            $0.value < 0x20 || $0.value == 0x7F || (0x80 ..< 0xA0).contains($0.value) ? "\\x" + hex($0.value, width: 2, uppercase: false) : nil
        } + "\""
    }

    // MARK: The tables

    private static let xmlTable: [Unicode.Scalar: String] = ["&": "&amp;", "<": "&lt;", ">": "&gt;", "\"": "&quot;", "'": "&#39;"]
    private static let xmlAttributeTable: [Unicode.Scalar: String] = [
        "&": "&amp;", "<": "&lt;", ">": "&gt;", "\"": "&quot;", "\n": "&#10;", "\r": "&#13;", "\t": "&#9;",
    ]
    private static let jsonTable: [Unicode.Scalar: String] = [
        "\"": "\\\"", "\\": "\\\\", "\n": "\\n", "\r": "\\r", "\t": "\\t", "\u{2028}": "\\u2028", "\u{2029}": "\\u2029",
    ]
    private static let scriptJSONTable: [Unicode.Scalar: String] = [
        "<": "\\u003c", ">": "\\u003e", "&": "\\u0026", "\u{2028}": "\\u2028", "\u{2029}": "\\u2029",
    ]
    private static let cypherTable: [Unicode.Scalar: String] = [
        "\\": "\\\\", "'": "\\'", "\"": "\\\"", "\n": "\\n", "\r": "\\r", "\t": "\\t", "\u{2028}": "\\u2028", "\u{2029}": "\\u2029",
    ]
    private static let dotTable: [Unicode.Scalar: String] = ["\\": "\\\\", "\"": "\\\"", "\n": "\\n", "\r": "\\r"]
    private static let yamlTable: [Unicode.Scalar: String] = {
        var table: [Unicode.Scalar: String] = [
            "\"": "\\\"", "\\": "\\\\", "\n": "\\n", "\r": "\\r", "\t": "\\t",
            "\u{85}": "\\N", "\u{2028}": "\\L", "\u{2029}": "\\P", "\u{FEFF}": "\\uFEFF",
        ]
        for v: UInt32 in [0xA0, 0xAD, 0x2007, 0x200B, 0x200C, 0x200D, 0x202F, 0x2060] {
            table[Unicode.Scalar(v)!] = "\\u" + hex(v, width: 4, uppercase: false)
        }
        return table
    }()

    private static func replacingNonText(_ scalar: Unicode.Scalar) -> String? {
        isText(scalar) ? nil : "\u{FFFD}"
    }

    /// `text` with every scalar in `table` replaced by its entry, else by `otherwise` when that
    /// gives a replacement, else kept: the one loop every context above shares.
    ///
    /// - Complexity: O(n) in the length of `text`.
    public static func map(_ text: String, _ table: [Unicode.Scalar: String],
                           otherwise: (Unicode.Scalar) -> String?) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            if let replacement = table[scalar] ?? otherwise(scalar) {
                out += replacement
            } else {
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    /// `value` in hexadecimal, left-padded with zeros to `width` digits.
    public static func hex(_ value: UInt32, width: Int, uppercase: Bool) -> String {
        let digits = String(value, radix: 16, uppercase: uppercase)
        return String(repeating: "0", count: max(0, width - digits.count)) + digits
    }
}

/// What an XML entity or character reference (the text between `&` and `;`) stands for: the
/// one decoding our strict XML readers (AgencyInterop's GraphML/GEXF reader, ``SafeSVG``) share.
public enum XMLReference: Equatable, Sendable {
    /// The text it stands for: one of XML's five entities, or a character reference to a scalar
    /// that is text under ``Escape/isText(_:)``.
    case text(String)
    /// A character reference to a scalar that is not text (a control character, DEL, C1, U+FFFE).
    case notText(Unicode.Scalar)
    /// A character reference that names no scalar (`&#xD800;`, `&#0;`, `&#xZZ;`).
    case invalidCharacter
    /// An entity other than XML's five (no DTD entities are read).
    case unknownEntity

    /// Resolves the reference `body` (e.g. `amp`, `#233`, `#xE9`).
    public init(_ body: String) {
        switch body {
        case "amp": self = .text("&")
        case "lt": self = .text("<")
        case "gt": self = .text(">")
        case "quot": self = .text("\"")
        case "apos": self = .text("'")
        default:
            guard body.hasPrefix("#") else { self = .unknownEntity; return }
            let digits = body.dropFirst()
            let value = digits.hasPrefix("x") ? UInt32(digits.dropFirst(), radix: 16) : UInt32(digits, radix: 10)
            guard let value, value != 0, let scalar = Unicode.Scalar(value) else { self = .invalidCharacter; return }
            self = Escape.isText(scalar) ? .text(String(scalar)) : .notText(scalar)
        }
    }
}

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
/// | JSON (``jsonString(_:)``), Cypher (``cypherString(_:)``) | an escape (`\u0001`): the format can carry it losslessly |
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
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default: out.unicodeScalars.append(isText(scalar) ? scalar : "\u{FFFD}")
            }
        }
        return out
    }

    /// Text for an XML attribute value in double quotes that must read back unchanged (the
    /// interchange formats: GraphML, GEXF): `& < > "` as entities, and tab, line feed and carriage
    /// return as character references, which attribute-value normalisation would otherwise turn
    /// into spaces; non-text scalars as U+FFFD.
    public static func xmlAttribute(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "\n": out += "&#10;"
            case "\r": out += "&#13;"
            case "\t": out += "&#9;"
            default: out.unicodeScalars.append(isText(scalar) ? scalar : "\u{FFFD}")
            }
        }
        return out
    }

    /// Whether writing `text` to XML, HTML, Markdown or CSV replaces a scalar (it holds non-text).
    public static func losesCharacters(_ text: String) -> Bool {
        !text.unicodeScalars.allSatisfy(isText)
    }

    /// Text for a terminal or a plain-text file: non-text scalars as U+FFFD, the rest as is.
    public static func plain(_ text: String) -> String {
        guard losesCharacters(text) else { return text }
        var out = ""
        for scalar in text.unicodeScalars { out.unicodeScalars.append(isText(scalar) ? scalar : "\u{FFFD}") }
        return out
    }

    /// A CSV field (RFC 4180): quoted when it holds a comma, a quote, CR or LF, or starts or ends
    /// with a space (which some readers trim); quotes doubled; non-text scalars as U+FFFD.
    public static func csvField(_ text: String) -> String {
        let clean = plain(text)
        let needsQuotes = clean.unicodeScalars.contains { $0 == "," || $0 == "\"" || $0 == "\r" || $0 == "\n" }
            || clean.unicodeScalars.first == " " || clean.unicodeScalars.last == " "
        guard needsQuotes else { return clean }
        var out = "\""
        for scalar in clean.unicodeScalars {
            if scalar == "\"" { out += "\"\"" } else { out.unicodeScalars.append(scalar) }
        }
        return out + "\""
    }

    /// A JSON string literal (RFC 8259), quotes included: `"` and `\` escaped, control characters
    /// as `\n`, `\r`, `\t` or `\u00XX`, and U+2028/U+2029 escaped (JavaScript before ES2019 does not
    /// accept them raw, and the explorer embeds JSON in a script).
    public static func jsonString(_ text: String) -> String {
        var out = "\""
        out.reserveCapacity(text.utf8.count + 2)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case "\u{2028}": out += "\\u2028"
            case "\u{2029}": out += "\\u2029"
            default:
                if scalar.value < 0x20 || scalar.value == 0x7F {
                    out += "\\u" + hex(scalar.value, width: 4, uppercase: false)
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out + "\""
    }

    /// A Cypher string literal in single quotes: `\`, `'`, `"` and control characters escaped
    /// (`\n`, `\r`, `\t`, `\uXXXX`), as are U+2028/U+2029.
    public static func cypherString(_ text: String) -> String {
        var out = "'"
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\\": out += "\\\\"
            case "'": out += "\\'"
            case "\"": out += "\\\""
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            default:
                if scalar.value < 0x20 || scalar.value == 0x7F || scalar.value == 0x2028 || scalar.value == 0x2029 {
                    out += "\\u" + hex(scalar.value, width: 4, uppercase: true)
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out + "'"
    }

    /// A Cypher name (label, relationship type, property key) in backticks, a backtick doubled.
    public static func cypherName(_ name: String) -> String {
        var out = "`"
        for scalar in name.unicodeScalars {
            if scalar == "`" { out += "``" } else { out.unicodeScalars.append(scalar) }
        }
        return out + "`"
    }

    /// `value` in hexadecimal, left-padded with zeros to `width` digits.
    public static func hex(_ value: UInt32, width: Int, uppercase: Bool) -> String {
        let digits = String(value, radix: 16, uppercase: uppercase)
        return String(repeating: "0", count: max(0, width - digits.count)) + digits
    }
}

import TextKit

enum YAMLText {
    /// `text` as a YAML double-quoted scalar (`TextKit.Escape.yamlString(_:)`).
    static func quoted(_ text: String) -> String { Escape.yamlString(text) }

    /// Whether `text` can be written as a folded block scalar (`>-`) and read back unchanged:
    /// one line, no tabs, no double, leading or trailing spaces, nothing that needs escaping.
    static func isFoldable(_ text: String) -> Bool {
        guard let first = text.unicodeScalars.first, let last = text.unicodeScalars.last,
              first != " ", last != " ", !text.contains("  ") else { return false }
        return text.unicodeScalars.allSatisfy { scalar in
            scalar.value >= 0x20 && scalar.value != 0x7F && !(0x80..<0xA1).contains(scalar.value)
                && ![0xAD, 0x2007, 0x200B, 0x200C, 0x200D, 0x202F, 0x2060, 0x2028, 0x2029, 0xFEFF].contains(scalar.value)
        }
    }

    /// `text` cut at spaces into lines of at most `width` characters (a longer word stays whole).
    /// Read back as a folded scalar, the line breaks become the spaces they replaced.
    static func wrapped(_ text: String, width: Int) -> [String] {
        var lines: [String] = []
        var line = ""
        for word in text.split(separator: " ") {
            if line.isEmpty {
                line = String(word)
            } else if line.count + 1 + word.count <= width {
                line += " " + word
            } else {
                lines.append(line)
                line = String(word)
            }
        }
        if !line.isEmpty { lines.append(line) }
        return lines
    }

    private static let reserved: Set<String> = ["y", "n", "yes", "no", "on", "off", "true", "false", "null"]

    /// An identifier-like word (id, kind, type, tag, language) plain when every YAML reader
    /// (1.1 or 1.2) reads it back as the same string, quoted otherwise.
    static func word(_ text: String) -> String {
        guard let first = text.unicodeScalars.first,
              first.isASCII, first.properties.isAlphabetic || first == "_",
              text.unicodeScalars.allSatisfy({ $0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0) || $0 == "_" || $0 == "-") }),
              !reserved.contains(text.lowercased())
        else { return quoted(text) }
        return text
    }

    /// A number without a trailing `.0` when integral.
    static func number(_ value: Double) -> String {
        if value == value.rounded(), abs(value) < 1e15 { return String(Int(value)) }
        return String(value)
    }
}

import Foundation

/// How excerpts are compared with source texts.
///
/// Both sides are normalised the same way before a plain substring search:
/// 1. Unicode NFC (composed accents);
/// 2. typographic apostrophes `’ ‘ ‛ ʼ ′` become `'`, typographic double quotes `“ ” „ ‟ ″` become `"`
///    (guillemets `« »` are kept);
/// 3. every run of white space (spaces, tabs, line breaks, no-break and thin spaces) becomes one
///    space, and leading and trailing white space is dropped.
///
/// Case, dashes, ligatures (`œ`) and everything else must match exactly: an excerpt is verbatim.
public enum ExcerptMatching {
    /// `text` normalised as described above.
    public static func normalized(_ text: String) -> String {
        var out = String.UnicodeScalarView()
        var pendingSpace = false
        for scalar in text.precomposedStringWithCanonicalMapping.unicodeScalars {
            if scalar.properties.isWhitespace {
                pendingSpace = !out.isEmpty
                continue
            }
            if pendingSpace { out.append(" "); pendingSpace = false }
            switch scalar {
            case "\u{2019}", "\u{2018}", "\u{201B}", "\u{02BC}", "\u{2032}": out.append("'")
            case "\u{201C}", "\u{201D}", "\u{201E}", "\u{201F}", "\u{2033}": out.append("\"")
            default: out.append(scalar)
            }
        }
        return String(out)
    }

    /// Whether `excerpt` occurs in `sourceText` once both are normalised.
    public static func occurs(_ excerpt: String, in sourceText: String) -> Bool {
        normalized(sourceText).contains(normalized(excerpt))
    }
}

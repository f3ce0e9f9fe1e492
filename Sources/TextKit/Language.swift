/// The languages AgencyGraph writes in: French, Dutch, English and German, the four languages
/// with official standing in Belgium's institutions.
///
/// One enum for every output: diagram labels and legends, briefings, the command line's tables
/// and (next) the explorer. Names and acronyms come from the data in this language when it has
/// them, otherwise by ``fallbackOrder``; fixed words come from ``Word``.
public enum Language: String, CaseIterable, Sendable, Codable, Hashable {
    /// French (`fr`), Dutch (`nl`), English (`en`) and German (`de`); the raw value is the ISO 639-1
    /// code used in the data's localized texts and in `lang` attributes.
    case fr, nl, en, de

    /// The language codes tried, in order, for a text of the data: this language, then English,
    /// French, Dutch and German (English first because the international bodies' names are most
    /// often given in English).
    public var fallbackOrder: [String] {
        [rawValue] + ["en", "fr", "nl", "de"].filter { $0 != rawValue }
    }

    /// The language's own name, for menus and messages (`français`, `Nederlands`, …).
    public var nativeName: String {
        switch self {
        case .fr: return "français"
        case .nl: return "Nederlands"
        case .en: return "English"
        case .de: return "Deutsch"
        }
    }
}

extension Language {
    /// `word` in this language.
    ///
    /// Every word has every language (a test checks the whole catalogue); should an entry ever be
    /// missing at run time, the English word is given, never the key.
    public func word(_ word: Word) -> String {
        guard let entry = Word.catalogue[word] else { return word.rawValue }
        switch self {
        case .fr: return entry.fr
        case .nl: return entry.nl
        case .en: return entry.en
        case .de: return entry.de
        }
    }

    /// The template `word` in this language with its arguments put in.
    ///
    /// `%1` … `%9` are replaced by the arguments; `{N:one|other}` becomes `one` when argument N is
    /// exactly `1`, else `other` (either may be empty and may hold `%N`). Arguments are inserted
    /// once, after the choices, so text in an argument is never read as template syntax.
    ///
    /// - Complexity: O(t + a) in the lengths of the template and the arguments.
    public func format(_ word: Word, _ arguments: String...) -> String {
        Self.fill(self.word(word), arguments)
    }

    /// `items` joined as a list in this language: `a, b and c`, `a, b et c`, `a, b en c`, `a, b und c`.
    public func list(_ items: [String]) -> String {
        guard items.count > 1 else { return items.first ?? "" }
        return items.dropLast().joined(separator: ", ") + " \(word(.sentenceAnd)) " + items[items.count - 1]
    }

    static func fill(_ template: String, _ arguments: [String]) -> String {
        var out = ""
        let scalars = Array(template.unicodeScalars)
        var i = 0
        func argument(_ digit: Unicode.Scalar) -> String? {
            guard let n = Int(String(digit)), n >= 1, n <= arguments.count else { return nil }
            return arguments[n - 1]
        }
        while i < scalars.count {
            let c = scalars[i]
            if c == "%", i + 1 < scalars.count, let value = argument(scalars[i + 1]) {
                out += value
                i += 2
            } else if c == "{", i + 2 < scalars.count, scalars[i + 2] == ":", let value = argument(scalars[i + 1]),
                      let close = scalars[(i + 3)...].firstIndex(of: "}"),
                      let bar = scalars[(i + 3) ..< close].firstIndex(of: "|") {
                let chosen = value == "1" ? scalars[(i + 3) ..< bar] : scalars[(bar + 1) ..< close]
                var text = String.UnicodeScalarView()
                text.append(contentsOf: chosen)
                out += fill(String(text), arguments)
                i = close + 1
            } else {
                out.unicodeScalars.append(c)
                i += 1
            }
        }
        return out
    }
}

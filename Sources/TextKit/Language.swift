/// The languages AgencyGraph writes in: French, Dutch, English and German, the four languages
/// with official standing in Belgium's institutions.
///
/// One enum for every output: diagram labels and legends, briefings, the command line's tables
/// and (next) the explorer. Names and acronyms come from the data in this language when it has
/// them, otherwise by ``fallbackOrder``; fixed words come from ``Words``.
public enum Language: String, CaseIterable, Sendable, Codable, Hashable {
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

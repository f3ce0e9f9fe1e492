/// Text in several languages, keyed by BCP 47 language tag (`fr`, `nl`, `de`, `en`, …),
/// or one text for all languages (a plain string in files, e.g. `acronym: OCAM`).
public struct LocalizedText: Hashable, Sendable {
    /// The text valid in every language, when the file gave a plain string.
    public var universal: String?
    /// Texts by language tag.
    public var translations: [String: String]

    /// Creates a text from translations, e.g. `LocalizedText(["fr": "Justice", "nl": "Justitie"])`.
    public init(_ translations: [String: String]) {
        self.universal = nil
        self.translations = translations
    }

    /// Creates one text valid in every language.
    public init(universal: String) {
        self.universal = universal
        self.translations = [:]
    }

    /// The languages present, in canonical order (`fr`, `nl`, `de`, `en`, then alphabetical).
    public var languages: [String] { LocalizedText.canonicalOrder(translations.keys) }

    /// The text in the first of `preferred` languages present; else the universal text; else the
    /// text in the first language in canonical order; `nil` only when empty.
    ///
    /// ```swift
    /// name.text(preferring: ["en", "fr"])
    /// ```
    public func text(preferring preferred: [String] = ["fr", "nl", "de", "en"]) -> String? {
        for language in preferred {
            if let value = translations[language] { return value }
        }
        if let universal { return universal }
        return languages.first.flatMap { translations[$0] }
    }

    /// The text for exactly `language` (or the universal text), without fallback.
    public subscript(language: String) -> String? { translations[language] ?? universal }

    /// Whether there is no text at all.
    public var isEmpty: Bool { universal == nil && translations.isEmpty }

    /// Sorts language tags: `fr`, `nl`, `de`, `en` first (Belgium's languages and English),
    /// then the others alphabetically.
    public static func canonicalOrder(_ tags: some Sequence<String>) -> [String] {
        let priority = ["fr", "nl", "de", "en"]
        return tags.sorted { a, b in
            let pa = priority.firstIndex(of: a) ?? priority.count
            let pb = priority.firstIndex(of: b) ?? priority.count
            return pa != pb ? pa < pb : a < b
        }
    }
}

import Testing
@testable import TextKit

@Suite("Word catalogue")
struct WordCatalogueTests {
    @Test("every word has every language, none empty", arguments: Language.allCases)
    func complete(language: Language) {
        for word in Word.allCases {
            let entry = Word.catalogue[word]
            #expect(entry != nil, "no entry for \(word.rawValue)")
            let text = language.word(word)
            #expect(!text.trimmingCharacters(in: .whitespaces).isEmpty, "\(word.rawValue) is empty in \(language.rawValue)")
        }
    }

    @Test("templates use only arguments their English form uses")
    func templatesAgree() {
        for word in Word.allCases {
            let english = Self.arguments(in: Language.en.word(word))
            for language in Language.allCases {
                let used = Self.arguments(in: language.word(word))
                #expect(used.isSubset(of: english) && english.isSubset(of: used.union(Self.pluralOnly(in: language.word(word)))),
                        "\(word.rawValue) in \(language.rawValue) uses \(used.sorted()) but English uses \(english.sorted())")
            }
        }
    }

    static func arguments(in template: String) -> Set<Int> {
        var found = Set<Int>()
        let s = Array(template)
        for i in s.indices.dropLast() where s[i] == "%" { if let n = Int(String(s[i + 1])) { found.insert(n) } }
        return found
    }

    static func pluralOnly(in template: String) -> Set<Int> {
        var found = Set<Int>()
        let s = Array(template)
        for i in s.indices.dropLast(2) where s[i] == "{" && s[i + 2] == ":" { if let n = Int(String(s[i + 1])) { found.insert(n) } }
        return found
    }

    @Test func pluralsAndArguments() {
        #expect(Language.en.format(.sentenceSpofCount, "1") == "1 node is a single point of failure in this view.")
        #expect(Language.en.format(.sentenceSpofCount, "3") == "3 nodes are single points of failure in this view.")
        #expect(Language.fr.format(.captionPath, "A", "B", "1") == "plus court chemin A → B (1 étape)")
        #expect(Language.nl.format(.captionPath, "A", "B", "2") == "kortste pad A → B (2 stappen)")
        #expect(Language.de.format(.capped, "25", "70") == "25 von 70 Zeilen angezeigt; die vollständige Liste steht in briefing.json.")
        // Text in an argument is never read as template syntax.
        #expect(Language.en.format(.captionCommunity, "%2", "{1:a|b}") == "community %2 ({1:a|b})")
    }

    @Test func lists() {
        #expect(Language.en.list([]) == "")
        #expect(Language.en.list(["a"]) == "a")
        #expect(Language.fr.list(["a", "b", "c"]) == "a, b et c")
        #expect(Language.de.list(["a", "b"]) == "a und b")
    }

    @Test func fallbackOrder() {
        #expect(Language.de.fallbackOrder == ["de", "en", "fr", "nl"])
        #expect(Language.en.fallbackOrder == ["en", "fr", "nl", "de"])
    }
}

@Suite("Numbers")
struct NumberTextTests {
    @Test func tableStyle() {
        #expect(NumberText.table.string(1) == "1")
        #expect(NumberText.table.string(0.25) == "0.25")
        #expect(NumberText.table.string(1.0 / 3) == "0.3333")
        #expect(NumberText.table.string(-0.00001) == "0")
        #expect(NumberText.table.string(.nan) == "n/a")
        #expect(NumberText.table.string(-.infinity) == "-inf")
    }

    @Test func proseStyleAndDecimalComma() {
        #expect(NumberText.prose.string(0.25) == "0.250")
        #expect(NumberText.prose.string(0.25, in: .fr) == "0,250")
        #expect(NumberText.prose.string(0.25, in: .de) == "0,250")
        #expect(NumberText.prose.string(0.25, in: .en) == "0.250")
        #expect(NumberText.prose.string(42, in: .nl) == "42")
    }
}

@Suite("Escaping")
struct EscapeTests {
    @Test func xmlEscapesMarkupAndReplacesNonText() {
        #expect(Escape.xml("a<b>&\"c'") == "a&lt;b&gt;&amp;&quot;c&#39;")
        #expect(Escape.xml("A\u{1}B\u{7F}C\u{85}D\u{FFFE}") == "A\u{FFFD}B\u{FFFD}C\u{FFFD}D\u{FFFD}")
        #expect(Escape.xml("tab\tline\nend") == "tab\tline\nend")
        #expect(Escape.xmlAttribute("a\nb\t\"") == "a&#10;b&#9;&quot;")
    }

    @Test func nonTextLocated() {
        let found = Escape.firstNonText(in: "ab\ncd\u{1}e")
        #expect(found?.line == 2 && found?.column == 3 && found?.scalar == "\u{1}")
        #expect(Escape.firstNonText(in: "plain\ttext\r\n") == nil)
        #expect(Escape.codePoint("\u{1}") == "U+0001")
    }

    @Test func csvJsonCypher() {
        #expect(Escape.csvField("plain") == "plain")
        #expect(Escape.csvField("a,b") == "\"a,b\"")
        #expect(Escape.csvField("say \"hi\"") == "\"say \"\"hi\"\"\"")
        #expect(Escape.csvField("x\u{1}") == "x\u{FFFD}")
        #expect(Escape.jsonString("a\"b\\\n\u{1}\u{2028}") == "\"a\\\"b\\\\\\n\\u0001\\u2028\"")
        #expect(Escape.cypherString("it's \u{1}") == "'it\\'s \\u0001'")
        #expect(Escape.cypherName("a`b") == "`a``b`")
    }
}

/// The tables' rounding: halves away from zero (as the analysis tables always wrote them);
/// prose keeps C's correctly rounded `%.Nf`.
@Suite struct NumberTextRoundingTests {
    @Test func tableRoundsHalvesAwayFromZero() {
        #expect(NumberText.table.string(0.03125) == "0.0313")
        #expect(NumberText.table.string(-0.03125) == "-0.0313")
        #expect(NumberText(decimals: 2, trimsZeros: true, rounding: .halfAwayFromZero).string(14.125) == "14.13")
        #expect(NumberText(decimals: 2, trimsZeros: true).string(14.125) == "14.12")
        #expect(NumberText.table.string(0.03125, in: .fr) == "0,0313")
        #expect(NumberText.prose.string(0.0625) == "0.062")
    }
}

import AgencyGraphTestSupport
import Foundation
import Testing
@testable @_spi(Testing) import AgencyModel

/// The fast YAML scanner (issue 16) against libyaml: whenever it accepts a text, it must build
/// exactly what libyaml's events build (``FastYAMLCheck``); and it must accept the files the
/// tools and generators write, so that these tests cannot pass by always giving up.
@Suite struct FastYAMLTests {
    static func expectSame(_ bytes: [UInt8], _ what: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) -> FastYAMLCheck.Outcome {
        let outcome = FastYAMLCheck.compare(bytes)
        if case .different(let why) = outcome {
            Issue.record("\(what): \(why)\n--- text ---\n\(String(decoding: bytes.prefix(3000), as: UTF8.self))", sourceLocation: sourceLocation)
        }
        return outcome
    }

    /// Whether the fast scanner reads `text` (and reads it as libyaml does); when it does not,
    /// the line where it gave up is recorded.
    static func accepted(_ text: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) -> Bool {
        let same = expectSame(Array(text.utf8), "text", sourceLocation: sourceLocation) == .same
        if !same, let line = FastYAMLCheck.giveUpLine(text) {
            let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
            Issue.record("gave up at line \(line): \(line <= lines.count ? String(lines[line - 1]) : "(end)")", sourceLocation: sourceLocation)
        }
        return same
    }

    // MARK: Files of the repository

    /// Every YAML and JSON file of the repository (networks, broken files, fuzz seeds and
    /// crashes, fixtures), read as YAML.
    static let files: [String] = {
        var found = ReaderEquivalenceTests.files
        for folder in ["Fuzz/crashes"] {
            guard let walker = FileManager.default.enumerator(atPath: Paths.root(folder)) else { continue }
            while let relative = walker.nextObject() as? String {
                if !relative.hasPrefix(".") { found.append(folder + "/" + relative) }
            }
        }
        return found.sorted()
    }()

    @Test func everyFileOfTheRepository() throws {
        var same = 0
        for path in Self.files {
            var isFolder: ObjCBool = false
            guard FileManager.default.fileExists(atPath: Paths.root(path), isDirectory: &isFolder), !isFolder.boolValue else { continue }
            let bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: Paths.root(path))))
            if Self.expectSame(bytes, path) == .same { same += 1 }
        }
        // Most networks of the repository are in the subset (the broken corpus is not).
        #expect(same >= 40, "files read by the fast scanner: \(same) of \(Self.files.count)")
    }

    @Test func theRepositorysNetworksAreInTheSubset() throws {
        for path in ["graphs/belgium-counter-terrorism.yaml", "examples/synthetic.yaml", "examples/lazega-law-firm.yaml",
                     "Tests/AgencyModelTests/Fixtures/small.yaml", "Tests/AgencyModelTests/Fixtures/layers.yaml"] {
            let text = try String(contentsOfFile: Paths.root(path), encoding: .utf8)
            #expect(Self.accepted(text), "\(path) goes to libyaml")
        }
    }

    // MARK: What the tools and generators write

    @Test func theCanonicalWriterIsInTheSubset() throws {
        for path in ["graphs/belgium-counter-terrorism.yaml", "examples/synthetic.yaml", "examples/lazega-law-firm.yaml"] {
            let loaded = try #require(NetworkReader.read(contentsOf: Paths.root(path)).loaded)
            let yaml = NetworkWriter.yaml(loaded.network, comments: loaded.comments)
            #expect(Self.accepted(yaml), "canonical form of \(path) goes to libyaml")
        }
    }

    /// The styles of scripts/bench/agency_network.py (flow items, the 20,000-agency network of
    /// issue 16) and gen_network.py (block items), with non-ASCII names, quotes and escapes.
    static func benchStyle(_ generator: inout SplitMix64, agencies: Int, flow: Bool) -> String {
        var lines = ["format: 1", "network: synthetic-\(agencies)", "title: {en: \"Synthetic network (invented)\", fr: 'Réseau « synthétique »'}",
                     "as_of: 2024-01", "", "sources:", "  - id: register", "    title: \"Synthetic register (invented, for the \\\"benchmark\\\")\"",
                     "    language: en", "", "nodes:"]
        let levels = ["international", "federal", "regional", "local"]
        for (rank, level) in levels.enumerated() {
            lines.append("  - {id: \(level), kind: level, rank: \(rank), source: {ref: register}}")
        }
        for index in 0 ..< agencies {
            let level = levels[Int(generator.next() % 4)]
            if flow {
                lines.append("  - {id: a\(index), kind: agency, level: \(level), source: {ref: register}}")
            } else {
                lines += ["  - id: a\(index)", "    kind: agency", "    name: {en: \"Agency \(index)\", fr: \"Agence n° \(index) — \\u00e9t\\u00e9\"}",
                          "    level: \(level)", "    tags: [t\(index % 3), x]", "    source: {ref: register, excerpt: 'it''s \(index)'}"]
            }
        }
        lines += ["", "edges:"]
        let types = ["coordinates", "informs", "cooperates_with", "x-advice"]
        for _ in 0 ..< agencies * 2 {
            let from = generator.next() % UInt64(agencies), to = generator.next() % UInt64(agencies)
            let type = types[Int(generator.next() % 4)]
            if flow {
                lines.append("  - {from: a\(from), to: a\(to), type: \(type), source: {ref: register}}")
            } else {
                lines += ["  - from: a\(from)", "    to: a\(to)", "    type: \(type)", "    weight: \(1 + generator.next() % 3)  # strength",
                          "    source:", "      - ref: register", "        section: \"§ \(from)\""]
            }
        }
        lines += ["layers:", "  advice: [x-advice]"]
        return lines.joined(separator: "\n") + "\n"
    }

    @Test(arguments: [false, true])
    func benchmarkStylesAreInTheSubset(_ flow: Bool) {
        var generator = SplitMix64(seed: flow ? 7 : 8)
        let text = Self.benchStyle(&generator, agencies: 300, flow: flow)
        #expect(Self.accepted(text))
        // And the network read through it is the one libyaml's events give (TreeReader: the old reader, on Yams).
        ReaderEquivalenceTests.expectSame(NetworkReader.read(text: text, file: "b.yaml", format: .yaml),
                                          TreeReader.read(text: text, file: "b.yaml", format: .yaml), "bench style")
    }

    @Test func indentlessSequencesCompactMappingsAndDocumentStart() {
        let text = """
        # a comment before the document
        ---
        format: 1   # trailing comment
        network: n
        title:
          en: "T"
        sources:
        - id: s
          title: 'S'
          url: https://example.org/a:b#c
        nodes:
        -   id: a
            kind: agency
            tags:
            - one
            - "two"
        - id: b
          kind: agency
          name: {en: Ünïcödé name, fr: "été"}
          notes: a plain scalar, with commas [and brackets] {and braces}
          rank: -1

        -
          id: c
          kind: agency
        edges: []
        empty: {}
        numbers: [1, 1.5, -2e3, .inf, ~, null, true, "true", 0x1F, 2024-01-01]

        """
        #expect(Self.accepted(text))
    }

    @Test func theFastScannerGivesUpOnWhatItDoesNotKnow() {
        let cases = [
            "a: &x 1\nb: *x\n",                 // anchors and aliases
            "a: !!str 1\n",                      // tags
            "a: |\n  text\n",                    // block scalars other than the writer's `>-`
            "a: >\n  text\n",
            "a: >- # c\n  text\n",
            "a: >-\n  text\n\n  more\n",          // `>-` with a blank line inside
            "a: >-\n  text\n    more\n",          // or a more indented line
            "a: >-\n\n  text\n",                 // or a blank line first
            "a:\n  b: >-\n  text\n",              // or lines not indented under the key
            "a: one\n  two\n",                   // a multi-line plain scalar
            "a: \"one\n  two\"\n",               // a multi-line quoted scalar
            "a: [one\n  two]\n",                 // a multi-line plain scalar in a flow sequence
            "? a\n: b\n",                        // complex keys
            "[a]: b\n",
            "%YAML 1.1\n---\na: b\n",            // directives
            "a: b\n...\n",                       // document end
            "a: b\n---\nc: d\n",                 // a second document
            "a:\n\tb: c\n",                      // tabs
            "a: b\r\nc: d\r\n",                  // carriage returns
            "a:\nb: c\n",                        // an empty value
            "a: 1\na: 2\n",                      // a duplicate key
            "a: [b, ]\n",                        // a trailing comma
            "a: b: c\n",                         // a syntax error
            "- a\nb: c\n",
            "a: \"\\q\"\n",                      // an unknown escape
            "a: \"\\ud800\"\n",                  // a surrogate escape
            "a: x\u{2028}y\n",                   // libyaml's line breaks
            "a: {b: c # comment\n}\n",           // comments in flow collections
            "",
            "# only a comment\n",
        ]
        for text in cases {
            let outcome = Self.expectSame(Array(text.utf8), text.debugDescription)
            #expect(outcome == .gaveUp || outcome == .notParsed, "\(text.debugDescription): \(outcome)")
        }
    }

    @Test func foldedTextAsTheWriterWritesIt() {
        let text = """
        description:
          fr: >-
            Les acteurs belges, européens et internationaux « de la lutte » contre le terrorisme, # pas un commentaire
            leurs objectifs communs: les instruments 'qu'ils' adoptent   
            et mettent en œuvre.

          en: >-
            One line.
        nodes:
          - id: a
            notes: >-
              Last
              lines


        """
        #expect(Self.accepted(text))
        #expect(Self.accepted("a: >-\n  text\n  end"))
    }

    @Test func escapesAreDecodedAsLibyamlDoes() {
        let text = #"a: "q\"b\\s\/l\n t\t z\0 a\a b\b e\e f\f v\v r\r sp\ N\N _\_ L\L P\P x\x41\xe9 u\u00e9\u20AC U\U0001F600""# + "\nb: 'it''s'\n"
        #expect(Self.accepted(text))
    }

    /// A file that the fast scanner reads far into (streaming items to the decoder) before
    /// giving up must give libyaml's result alone: nothing it streamed may remain.
    @Test func givingUpLateLeavesNothingBehind() {
        var generator = SplitMix64(seed: 3)
        let good = Self.benchStyle(&generator, agencies: 50, flow: true)
        for tail in ["  - {from: a1, to: a2, type: informs, source: &s {ref: register}}\n  - {from: a2, to: a1, type: informs, source: *s}\n",
                     "  - {from: a1, to: a2, type: informs\n", "  - {from: a1, to: a1, type: informs, from: a3}\n"] {
            let text = good.replacingOccurrences(of: "layers:", with: tail + "layers:")
            #expect(!FastYAMLCheck.accepts(text))
            ReaderEquivalenceTests.expectSame(NetworkReader.read(text: text, file: "late.yaml", format: .yaml),
                                              TreeReader.read(text: text, file: "late.yaml", format: .yaml), "late give-up")
        }
    }

    // MARK: Random texts

    /// Random edits of every small file of the repository and of generated networks in both
    /// styles, each compared; a good share must be read by the fast scanner.
    @Test func mutatedTextsReadAsLibyamlReadsThem() throws {
        var generator = SplitMix64(seed: 61)
        var originals: [[UInt8]] = []
        for path in Self.files where !path.contains("deep-nesting") {
            var isFolder: ObjCBool = false
            guard FileManager.default.fileExists(atPath: Paths.root(path), isDirectory: &isFolder), !isFolder.boolValue else { continue }
            let bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: Paths.root(path))))
            if !bytes.isEmpty && bytes.count < 20_000 { originals.append(bytes) }
        }
        for flow in [false, true] {
            originals.append(Array(Self.benchStyle(&generator, agencies: 12, flow: flow).utf8))
        }
        let pieces: [[UInt8]] = [":", ": ", "-", "- ", "{", "}", "[", "]", ",", ", ", "\"", "'", "''", "#", " #", "&a ", "*a", "!t ", "|", ">",
                                 "\n", "\n  ", "\n- ", "  ", " ", "\\", "\\u00e9", "\\x41", "\\n", "\\\"", "é", "€", "\u{0301}", "\u{85}",
                                 "\u{2028}", "\u{FEFF}", "\t", "\r\n", "? ", "%", "@", "`", "---\n", "...\n", "--- ", "null", "1.5", "~",
                                 "-1", ".inf", "key: value\n", "  - {a: b}\n", "a:b", "x: [a, {b: c}]\n", "\u{1}", "\u{7F}"].map { Array($0.utf8) }
        var compared = 0, same = 0
        for original in originals {
            for _ in 0 ..< 12 {
                var bytes = original
                for _ in 0 ..< 1 + Int(generator.next() % 3) {
                    let at = Int(generator.next() % UInt64(bytes.count + 1))
                    switch generator.next() % 4 {
                    case 0: bytes.removeSubrange(at ..< min(bytes.count, at + 1 + Int(generator.next() % 8)))
                    case 1, 2: bytes.insert(contentsOf: pieces[Int(generator.next() % UInt64(pieces.count))], at: at)
                    default: if at < bytes.count { bytes[at] = UInt8(truncatingIfNeeded: generator.next()) }
                    }
                }
                if Self.expectSame(bytes, "mutation") == .same { same += 1 }
                compared += 1
            }
        }
        #expect(compared > 1_500)
        #expect(same > compared / 10, "mutations read by the fast scanner: \(same) of \(compared)")
    }
}

import AgencyGraphTestSupport
import Foundation
import Testing
@testable import AgencyModel

/// The streaming reader (issue 16) against the reader it replaced (`Oracle/`, a frozen copy of
/// the tree reader): the same `Network`, the same source map and comments, the same diagnostics,
/// on every YAML and JSON file of the repository, on generated networks of every shape the format
/// allows, and on thousands of mutated files.
@Suite struct ReaderEquivalenceTests {
    /// Every YAML and JSON file in the repository (networks, broken files, fuzz seeds, fixtures
    /// that are not networks at all), as (path relative to the root, format).
    static let files: [String] = {
        let folders = ["graphs", "examples", "schema", "Fuzz/seeds", "Tests"]
        var found: [String] = []
        for folder in folders {
            let root = Paths.root(folder)
            guard let walker = FileManager.default.enumerator(atPath: root) else { continue }
            while let relative = walker.nextObject() as? String {
                if relative.hasSuffix(".yaml") || relative.hasSuffix(".yml") || relative.hasSuffix(".json") {
                    found.append(folder + "/" + relative)
                }
            }
        }
        return found.sorted()
    }()

    static func format(of path: String) -> FileFormat { path.hasSuffix(".json") ? .json : .yaml }

    /// Compares two read results field by field, with a message naming the first difference.
    static func expectSame(_ new: LoadResult, _ old: LoadResult, _ what: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) {
        #expect(new.diagnostics.map(\.description) == old.diagnostics.map(\.description), "\(what): diagnostics", sourceLocation: sourceLocation)
        #expect((new.loaded == nil) == (old.loaded == nil), "\(what): loaded", sourceLocation: sourceLocation)
        guard let new = new.loaded, let old = old.loaded else { return }
        #expect(new.network == old.network, "\(what): network", sourceLocation: sourceLocation)
        #expect(new.comments == old.comments, "\(what): comments", sourceLocation: sourceLocation)
        let a = new.sourceMap, b = old.sourceMap
        #expect(a.root == b.root && a.topLevel == b.topLevel && a.topLevelKeys == b.topLevelKeys, "\(what): top level", sourceLocation: sourceLocation)
        func same(_ x: [ElementLocations], _ y: [ElementLocations]) -> Bool {
            x.count == y.count && zip(x, y).allSatisfy { $0.start == $1.start && $0.fields == $1.fields }
        }
        #expect(same(a.sources, b.sources), "\(what): sources' locations", sourceLocation: sourceLocation)
        #expect(same(a.nodes, b.nodes), "\(what): nodes' locations", sourceLocation: sourceLocation)
        #expect(same(a.edges, b.edges), "\(what): edges' locations", sourceLocation: sourceLocation)
        #expect(same(a.layers, b.layers), "\(what): layers' locations", sourceLocation: sourceLocation)
        #expect(same(a.defaults.map { [$0] } ?? [], b.defaults.map { [$0] } ?? []), "\(what): defaults' locations", sourceLocation: sourceLocation)
        // And what validation makes of them.
        #expect(Validator().validate(new).map(\.description) == Validator().validate(old).map(\.description),
                "\(what): validation", sourceLocation: sourceLocation)
    }

    @Test func theRepositoryHasFilesToCompare() {
        #expect(Self.files.count >= 100)
    }

    @Test(arguments: ReaderEquivalenceTests.files)
    func everyFileReadsAsBefore(_ path: String) throws {
        let data = try Data(contentsOf: URL(fileURLWithPath: Paths.root(path)))
        let format = Self.format(of: path)
        let new = NetworkReader.read(data: data, file: path, format: format)
        let old = TreeReader.read(data: data, file: path, format: format)
        Self.expectSame(new, old, path)
        // Text entry point, and the other syntax's reader on the same bytes.
        if let text = String(data: data, encoding: .utf8) {
            Self.expectSame(NetworkReader.read(text: text, file: path, format: format),
                            TreeReader.read(text: text, file: path, format: format), path + " (text)")
            let other: FileFormat = format == .yaml ? .json : .yaml
            Self.expectSame(NetworkReader.read(text: text, file: path, format: other),
                            TreeReader.read(text: text, file: path, format: other), path + " (as \(other))")
        }
    }

    /// Random byte edits of every file (deletions, insertions of syntax characters, escapes,
    /// control characters, non-ASCII), read by both readers.
    @Test func mutatedFilesReadAsBefore() throws {
        var generator = SplitMix64(seed: 16)
        let pieces: [[UInt8]] = [":", "-", "- ", "{", "}", "[", "]", ",", "\"", "'", "#", "&a ", "*a", "\n", "\n  ", "  ", "\\u0001", "\\n",
                                 "é", "\u{0301}", "\u{85}", "\t", "? ", "!!str ", "!!int ", "null", "1.5", "~", "---\n", "source: *a",
                                 "&a {ref: s}", "x-", "defaults:\n  source: {ref: s}\n", "\u{FEFF}", "\r\n", "\u{1}", "nodes", "edges"].map { Array($0.utf8) }
        var compared = 0
        for path in Self.files where !path.contains("deep-nesting") {
            let original = [UInt8](try Data(contentsOf: URL(fileURLWithPath: Paths.root(path))))
            // Small files only (the debug build reads each mutation twice, in both syntaxes).
            guard !original.isEmpty, original.count < 20_000 else { continue }
            for _ in 0 ..< 10 {
                var bytes = original
                for _ in 0 ..< 1 + Int(generator.next() % 3) {
                    let at = Int(generator.next() % UInt64(bytes.count + 1))
                    switch generator.next() % 3 {
                    case 0: bytes.removeSubrange(at ..< min(bytes.count, at + 1 + Int(generator.next() % 8)))
                    case 1: bytes.insert(contentsOf: pieces[Int(generator.next() % UInt64(pieces.count))], at: at)
                    default: if at < bytes.count { bytes[at] = UInt8(truncatingIfNeeded: generator.next()) }
                    }
                }
                let data = Data(bytes)
                for format in FileFormat.allCases {
                    let new = NetworkReader.read(data: data, file: "m.yaml", format: format)
                    let old = TreeReader.read(data: data, file: "m.yaml", format: format)
                    Self.expectSame(new, old, "\(path) mutated: \(String(decoding: bytes.prefix(2000), as: UTF8.self))")
                    compared += 1
                }
            }
        }
        #expect(compared > 1_500)
    }

    /// Generated networks of every shape: block and flow style, JSON, `defaults:` before or after
    /// the lists, anchors and aliases across items, lists of sources, broken items among good ones.
    @Test(arguments: 0 ..< 24)
    func generatedNetworksReadAsBefore(_ seed: Int) {
        var generator = SplitMix64(seed: UInt64(seed) &+ 1000)
        let yaml = GeneratedNetwork.yaml(&generator, size: 40 + seed * 20)
        Self.expectSame(NetworkReader.read(text: yaml, file: "g.yaml", format: .yaml),
                        TreeReader.read(text: yaml, file: "g.yaml", format: .yaml), "generated YAML \(seed)")
        let json = GeneratedNetwork.json(&generator, size: 40 + seed * 20)
        Self.expectSame(NetworkReader.read(text: json, file: "g.json", format: .json),
                        TreeReader.read(text: json, file: "g.json", format: .json), "generated JSON \(seed)")
    }
}

/// Networks written by hand-made rules, for the equivalence tests: valid elements mostly, with
/// a sprinkling of every structural mistake the decoder reports.
enum GeneratedNetwork {
    static func pick<T>(_ items: [T], _ generator: inout SplitMix64) -> T { items[Int(generator.next() % UInt64(items.count))] }

    static func yaml(_ generator: inout SplitMix64, size: Int) -> String {
        var lines = ["# generated", "format: 1", "network: generated", "title: {en: \"Generated\", fr: \"Généré\"}", "sources:",
                     "  - {id: s, title: \"Register\"}", "  - id: t", "    title: 'Other'", "    url: ftp://x"]
        let defaultsFirst = generator.next() % 2 == 0
        let defaults = generator.next() % 3 != 0
        if defaults && defaultsFirst { lines += ["defaults:", "  source: &src {ref: s, section: \"§1\"}"] }
        lines.append("nodes:")
        let kinds = ["agency", "agency", "agency", "body", "level", "objective", "x-unit", "agncy", "42"]
        for index in 0 ..< size {
            let kind = pick(kinds, &generator)
            switch generator.next() % 12 {
            case 0: lines.append("  - id: n\(index)\n    kind: \(kind)\n    name: {en: \"Node \(index)\", nl: \"Knoop\"}\n    level: n0\n    source:\n      - {ref: s, excerpt: \"quote \(index)\"}\n      - {ref: t}")
            case 1: lines.append("  # comment above n\(index)\n  - {id: n\(index), kind: \(kind), lable: x, since: 2021-02, until: 2020}")
            case 2: lines.append("  - {id: n\(index), kind: \(kind), rank: \(index % 5), tags: [a, b, 3], assumption: \"because\"}")
            case 3: lines.append("  - id: N \(index)\n    kind: \(kind)")
            case 4: lines.append("  - [not, a, mapping]")
            case 5: lines.append("  - {id: n\(index), kind: \(kind), source: *src}")
            default: lines.append("  - {id: n\(index), kind: \(kind)\(defaults ? "" : ", source: {ref: s}")}")
            }
        }
        lines.append("edges:")
        let types = ["coordinates", "informs", "cooperates_with", "part_of", "x-link", "coordinate", "reports_to"]
        for index in 0 ..< size * 2 {
            let from = "n\(generator.next() % UInt64(size))", to = "n\(generator.next() % UInt64(size))"
            let type = pick(types, &generator)
            switch generator.next() % 10 {
            case 0: lines.append("  - from: \(from)\n    to: \(to)\n    type: \(type)\n    weight: \(pick(["2", "0", "-1", ".inf", "x", "1e3"], &generator))")
            case 1: lines.append("  - {from: \(from), type: \(type), notes: \"missing to\"}")
            case 2: lines.append("  - {from: \(from), to: \(to), type: \(type), source: {ref: nope, quote: x}}")
            case 3: lines.append("  - {id: e\(index % 7), from: \(from), to: \(to), type: \(type), assumption: true}")
            default: lines.append("  - {from: \(from), to: \(to), type: \(type)}")
            }
        }
        if defaults && !defaultsFirst { lines += ["defaults:", "  assumption: \"generated\""] }
        if generator.next() % 2 == 0 { lines += ["layers:", "  advice: [x-link, informs]", "  bad name: []"] }
        lines.append("# end")
        return lines.joined(separator: "\n") + "\n"
    }

    static func json(_ generator: inout SplitMix64, size: Int) -> String {
        var nodes: [String] = []
        for index in 0 ..< size {
            switch generator.next() % 6 {
            case 0: nodes.append("{\"id\": \"n\(index)\", \"kind\": \"agency\", \"name\": {\"en\": \"N\\u00e9 \(index)\"}, \"level\": \"n0\"}")
            case 1: nodes.append("{\"id\": \"n\(index)\", \"kind\": 5}")
            case 2: nodes.append("\"n\(index)\"")
            default: nodes.append("{\"id\": \"n\(index)\", \"kind\": \"\(pick(["agency", "level", "body"], &generator))\", \"source\": [{\"ref\": \"s\"}]}")
            }
        }
        var edges: [String] = []
        for _ in 0 ..< size * 2 {
            let from = "n\(generator.next() % UInt64(size))", to = "n\(generator.next() % UInt64(size))"
            edges.append("{\"from\": \"\(from)\", \"to\": \"\(to)\", \"type\": \"\(pick(["informs", "coordinates", "x-y", "nope"], &generator))\", \"weight\": \(pick(["1", "2.5", "0", "-3e2", "null", "\"2\""], &generator))}")
        }
        let defaults = generator.next() % 2 == 0 ? "\"defaults\": {\"source\": {\"ref\": \"s\"}},\n" : ""
        return "{\"format\": 1, \"network\": \"g\", \"title\": \"G\",\n\"sources\": [{\"id\": \"s\", \"title\": \"S\"}],\n\"nodes\": [\n"
            + nodes.joined(separator: ",\n") + "],\n\"edges\": [" + edges.joined(separator: ", ") + "],\n" + defaults + "\"as_of\": \"2024\"}\n"
    }
}

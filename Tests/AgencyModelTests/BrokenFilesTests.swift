import AgencyGraphTestSupport
import Foundation
import Testing
@testable import AgencyModel

/// Every file in `Broken/` yields exactly the diagnostics listed in its `.expected` file:
/// same locations, same messages, nothing more.
@Suite struct BrokenFilesTests {
    static let files: [String] = {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: Paths.tests("Broken"))) ?? []
        return names.filter { $0.hasSuffix(".yaml") || $0.hasSuffix(".json") }.sorted()
    }()

    @Test func theFolderHoldsOneFilePerErrorKind() {
        #expect(Self.files.count >= 30)
        let codes = Set(Self.files.flatMap { name -> [String] in
            let result = try? NetworkReader.read(contentsOf: Paths.tests("Broken/" + name), displayName: "Broken/" + name)
            let texts = name.hasPrefix("excerpt-not-found") ? ["doc": (try? String(contentsOfFile: Paths.tests("Broken/sources/doc.txt"), encoding: .utf8)) ?? ""] : [:]
            return result.map { NetworkReader.validated($0, sourceTexts: texts).map(\.code) } ?? []
        })
        let required = ["syntax", "empty-file", "binary-file", "not-utf8", "too-deep", "too-many-values", "yaml-alias",
                        "unknown-key", "duplicate-id", "duplicate-key", "dangling-reference", "disallowed-endpoints", "bad-date",
                        "until-before-since", "unknown-source", "excerpt-too-long", "excerpt-not-found", "cycle",
                        "missing-provenance", "unknown-kind", "unknown-type", "wrong-type", "missing-key", "invalid-id",
                        "unsupported-format", "invalid-weight", "isolated-node", "objective-without-contributor",
                        "agency-without-level", "self-loop", "duplicate-edge", "not-text",
                        "reserved-layer-name", "empty-layer", "duplicate-layer-type"]
        for code in required { #expect(codes.contains(code), "no broken file produces '\(code)'") }
    }

    @Test(arguments: BrokenFilesTests.files)
    func brokenFileGivesTheExpectedLocatedMessages(_ name: String) throws {
        let path = Paths.tests("Broken/" + name)
        let expectedText = try String(contentsOfFile: path + ".expected", encoding: .utf8)
        let expected = expectedText.split(separator: "\n").map(String.init)
        var sourceTexts: [String: String] = [:]
        if name.hasPrefix("excerpt-not-found") {
            sourceTexts["doc"] = try String(contentsOfFile: Paths.tests("Broken/sources/doc.txt"), encoding: .utf8)
        }
        let diagnostics = try NetworkReader.validate(contentsOf: path, displayName: "Broken/" + name, sourceTexts: sourceTexts)
        #expect(diagnostics.map(\.description) == expected)
        #expect(!expected.isEmpty)
    }

    @Test func aFileOverTheSizeLimitIsRefusedBeforeParsing() throws {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("agencygraph-too-large-\(UUID().uuidString).yaml")
        defer { try? FileManager.default.removeItem(at: url) }
        var data = Data("format: 1\nnotes: \"".utf8)
        data.append(Data(repeating: UInt8(ascii: "a"), count: InputLimits.maximumFileSize))
        data.append(Data("\"\n".utf8))
        try data.write(to: url)
        let result = try NetworkReader.read(contentsOf: url.path, displayName: "big.yaml")
        #expect(result.loaded == nil)
        #expect(result.diagnostics.map(\.description) == ["big.yaml:1:1: error: file is 50.0 MiB, over the limit of 50 MiB"])
    }

    @Test func missingFilesAndDirectoriesAreReadErrorsNotDiagnostics() {
        #expect(throws: NetworkFileError.self) { try NetworkReader.read(contentsOf: Paths.tests("Broken/does-not-exist.yaml")) }
        #expect(throws: NetworkFileError.self) { try NetworkReader.read(contentsOf: Paths.tests("Broken")) }
    }

    @Test func deepNestingIsAnErrorOnATestThreadToo() async {
        // Swift Testing runs this on a cooperative thread with a small stack; the reader must not overflow it.
        for depth in [999, 5_000, 200_000] {
            let yaml = "nodes: " + String(repeating: "[", count: depth) + String(repeating: "]", count: depth) + "\n"
            let json = "{\"nodes\": " + String(repeating: "[", count: depth) + String(repeating: "]", count: depth) + "}"
            let yamlResult = load(yaml)
            let jsonResult = load(json, file: "deep.json", format: .json)
            if depth < InputLimits.maximumNesting {
                #expect(yamlResult.diagnostics.allSatisfy { $0.code != "too-deep" })
                #expect(jsonResult.diagnostics.allSatisfy { $0.code != "too-deep" })
            } else {
                #expect(yamlResult.diagnostics.map(\.code) == ["too-deep"])
                #expect(jsonResult.diagnostics.map(\.code) == ["too-deep"])
            }
        }
    }

    @Test func randomBytesNeverCrashTheReaders() {
        var generator = SplitMix64(seed: 42)
        let alphabet = Array("{}[]:,-? &*!|>'\"#\n\r\t  abc01\\\u{00e9}\u{85}\u{2028}".utf8) + [0xFF, 0xC3]
        for _ in 0..<500 {
            let length = Int(generator.next() % 200)
            let bytes = (0..<length).map { _ in alphabet[Int(generator.next() % UInt64(alphabet.count))] }
            for format in FileFormat.allCases {
                let result = NetworkReader.read(data: Data(bytes), file: "fuzz", format: format)
                #expect(result.loaded != nil || result.diagnostics.containsErrors)
            }
        }
    }
}

extension BrokenFilesTests {
    @Test func mutatedValidFilesNeverCrashReadValidateOrFormat() throws {
        let original = Array(try Data(contentsOf: URL(fileURLWithPath: Paths.tests("Fixtures/small.yaml"))))
        let json = Array(try Data(contentsOf: URL(fileURLWithPath: Paths.tests("Fixtures/small.json"))))
        let alphabet = Array("{}[]:,-? &*!|>'\"#\n\r\t  az09\\\u{00e9}".utf8) + [0x00, 0xFF, 0x85]
        var generator = SplitMix64(seed: 7)
        for round in 0..<300 {
            var bytes = round % 3 == 2 ? json : original
            for _ in 0..<(1 + Int(generator.next() % 6)) {
                let position = Int(generator.next() % UInt64(bytes.count))
                let byte = alphabet[Int(generator.next() % UInt64(alphabet.count))]
                switch generator.next() % 3 {
                case 0: bytes[position] = byte
                case 1: bytes.insert(byte, at: position)
                default: if bytes.count > 1 { bytes.remove(at: position) }
                }
            }
            let format: FileFormat = round % 3 == 2 ? .json : .yaml
            let result = NetworkReader.read(data: Data(bytes), file: "mutant", format: format)
            let diagnostics = NetworkReader.validated(result)
            #expect(result.loaded != nil || diagnostics.containsErrors)
            let text = String(decoding: bytes, as: UTF8.self)
            if case .formatted(let once, _) = NetworkFormatter.format(text: text, file: "mutant", format: format),
               case .formatted(let twice, _) = NetworkFormatter.format(text: once, file: "mutant", format: format) {
                #expect(once == twice, "fmt not idempotent on mutant \(round)")
                // (`text` may differ from `bytes` where the mutation broke UTF-8: compare with its own reading.)
                let original = NetworkReader.read(text: text, file: "mutant", format: format).loaded?.network
                let reread = NetworkReader.read(text: once, file: "mutant", format: format).loaded?.network
                #expect(reread != nil && reread == original, "fmt changed the network of mutant \(round)")
            }
        }
    }
}


/// The shared seeded generator (AgencyGraphTestSupport), for every file of this test target.
typealias SplitMix64 = AgencyGraphTestSupport.SplitMix64

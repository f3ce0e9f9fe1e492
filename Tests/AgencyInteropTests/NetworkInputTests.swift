import AgencyModel
import Foundation
import Testing
@testable import AgencyInterop

/// `NetworkInput`: the one reader of every command's network, and the one format detection.
@Suite struct NetworkInputTests {
    private func write(_ text: String, _ name: String, in folder: URL) throws -> String {
        let path = folder.appendingPathComponent(name).path
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    @Test func formatsFromContentWhenTheNameDoesNotTell() throws {
        let folder = try Fixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        #expect(InteropFormat(inputPath: try write("# pairs\na b\nb c 2\n", "pairs.txt", in: folder)) == .edgelist)
        #expect(InteropFormat(inputPath: try write("a,b\n", "pairs", in: folder)) == .edgelist)
        #expect(InteropFormat(inputPath: try write("digraph g {\n a -> b\n}\n", "drawing.txt", in: folder)) == .dot)
        #expect(InteropFormat(inputPath: try write("% Pajek\n*Vertices 2\n1 \"a\"\n2 \"b\"\n*Arcs\n1 2\n", "p.txt", in: folder)) == .pajek)
        #expect(InteropFormat(inputPath: try write("<?xml version=\"1.0\"?>\n<graphml><graph/></graphml>\n", "g.xml", in: folder)) == .graphml)
        #expect(InteropFormat(inputPath: try write("<?xml version=\"1.0\"?>\n<gexf version=\"1.3\"/>\n", "g", in: folder)) == .gexf)
        #expect(InteropFormat(inputPath: try write("# ours\nformat: 1\nnetwork: n\n", "n.txt", in: folder)) == .yaml)
        // .json: ours by its first key, node-link by NetworkX's keys, else ours (located errors).
        #expect(InteropFormat(inputPath: try write(#"{"network": "n"}"#, "a.json", in: folder)) == .json)
        #expect(InteropFormat(inputPath: try write(#"{"directed": true, "nodes": [], "links": []}"#, "b.json", in: folder)) == .nodeLink)
        #expect(InteropFormat(inputPath: try write(#"{"title": "t", "nodes": []}"#, "c.json", in: folder)) == .json)
        // The extension wins over the content.
        #expect(InteropFormat(inputPath: try write("a b\n", "x.dot", in: folder)) == .dot)
        #expect(InteropFormat(inputPath: try write("a b c d e\n", "unknown", in: folder)) == nil)
    }

    @Test func edgeListBecomesAgenciesJoinedByTheUntypedEdgeType() throws {
        let folder = try Fixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = try write("# a chain\na b\nb,c,2.5\nc\td  # trailing comment\n", "chain.edges", in: folder)
        let input = try NetworkInput.load(path)
        #expect(input.network.nodes.map(\.id) == ["a", "b", "c", "d"])
        #expect(input.network.nodes.allSatisfy { $0.kind == .agency })
        #expect(input.network.edges.map(\.type) == Array(repeating: NetworkInput.untypedEdgeType, count: 3))
        #expect(NetworkInput.untypedEdgeType.rawValue == "x-link")
        #expect(input.network.edges.map(\.weight) == [nil, 2.5, nil])
        // What an edge list cannot carry is not reported for every file.
        #expect(input.warnings == [])
    }

    @Test func edgeListErrorsAreLocated() throws {
        let folder = try Fixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = try write("a b\nc\n", "bad.txt", in: folder)
        #expect(throws: NetworkInputError.self) { try NetworkInput.load(path) }
        do {
            _ = try NetworkInput.load(path)
        } catch {
            #expect(error.lines == ["\(path):2:1: error: an edge line needs two node names ('u v' or 'u v w')"])
        }
    }

    @Test(arguments: [
        ([0x61, 0x20, 0x62, 0x0A, 0x63, 0x20, 0xFF, 0x0A] as [UInt8], "2:3: error: not valid UTF-8 text (a binary file, or another encoding such as Latin-1?)"),
        ([0x61, 0x20, 0x62, 0x0A, 0x63, 0x00, 0x20, 0x64, 0x0A] as [UInt8], "2:2: error: a NUL byte: this looks like a binary file, not text"),
    ])
    func edgeListThatIsNotTextIsRefusedWithItsLocation(bytes: [UInt8], expected: String) throws {
        let folder = try Fixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        for name in ["binary.edges", "binary.txt"] {
            let path = folder.appendingPathComponent(name).path
            try Data(bytes).write(to: URL(fileURLWithPath: path))
            do {
                _ = try NetworkInput.load(path)
                Issue.record("\(name): expected an error")
            } catch {
                #expect(error.lines == ["\(path):\(expected)"])
            }
        }
    }

    @Test func ourInvalidFilesGiveEveryError() throws {
        let folder = try Fixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = try write("format: 1\nnetwork: n\ntitle: t\nnodes:\n  - {id: a, kind: agnecy, assumption: x}\n  - {id: a, kind: agency, assumption: x}\n", "n.yaml", in: folder)
        do {
            _ = try NetworkInput.load(path)
            Issue.record("expected an error")
        } catch {
            #expect(error.lines.count == 2, "\(error.lines)")
            #expect(error.lines.allSatisfy { $0.hasPrefix("\(path):") && $0.contains(": error: ") })
        }
        let missing = folder.appendingPathComponent("missing.yaml").path
        do {
            _ = try NetworkInput.load(missing)
            Issue.record("expected an error")
        } catch {
            #expect(error.lines == ["\(missing): error: no such file"])
        }
    }

    @Test func foreignFilesComeWithTheirWarnings() throws {
        let folder = try Fixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = try write("*Vertices 2\n1 \"a\"\n2 \"b\"\n*Arcs\n1 2\n", "p.net", in: folder)
        let input = try NetworkInput.load(path)
        #expect(input.network.edges.map(\.from) == ["a"])
        #expect(input.warnings.contains { $0.contains("nodes without a kind: read as agency") })
    }
}

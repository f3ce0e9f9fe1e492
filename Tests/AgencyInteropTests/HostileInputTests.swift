import AgencyModel
import Foundation
import Testing
@testable import AgencyInterop
#if canImport(FoundationXML)
import FoundationXML
#endif

/// "Billion laughs": ten levels of entities, each ten times the one before (10^9 × "lol").
func billionLaughs(root: String) -> String {
    var s = "<?xml version=\"1.0\"?>\n<!DOCTYPE \(root) [\n  <!ENTITY l0 \"lol\">\n"
    for i in 1..<10 { s += "  <!ENTITY l\(i) \"" + String(repeating: "&l\(i - 1);", count: 10) + "\">\n" }
    return s + "]>\n<\(root)>&l9;</\(root)>\n"
}

let xxe = "<?xml version=\"1.0\"?>\n<!DOCTYPE graphml [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>\n<graphml><graph><node id=\"&x;\"/></graph></graphml>\n"

@Suite struct HostileInputTests {
    func error(_ body: () throws -> Void) -> InteropError? {
        do { try body(); return nil } catch let e as InteropError { return e } catch { Issue.record("unexpected \(error)"); return nil }
    }

    @Test(arguments: [InteropFormat.graphml, .gexf])
    func billionLaughsIsRefusedAtTheDoctype(format: InteropFormat) throws {
        // Refused at the DOCTYPE's own location, so no entity was expanded: a bound on work, not on
        // wall time (which fails on a loaded machine without saying anything about the reader).
        let e = try #require(error { _ = try Interop.read(billionLaughs(root: format == .gexf ? "gexf" : "graphml"), format: format, file: "bomb.xml") })
        #expect(e.line == 2 && e.column == 1)
        #expect(e.message.contains("DOCTYPE"))
    }

    @Test func externalEntityIsRefusedAndNothingIsRead() throws {
        let e = try #require(error { _ = try GraphML.read(xxe, file: "xxe.graphml") })
        #expect(e.description.hasPrefix("xxe.graphml:2:1: error: DOCTYPE declarations are refused"))
        #expect(!e.description.contains("root:"))
    }

    @Test func undeclaredEntityReferenceIsAnError() throws {
        let e = try #require(error { _ = try GraphML.read("<graphml>\n<graph><node id=\"&passwd;\"/></graph></graphml>", file: "e.graphml") })
        #expect(e.line == 2 && e.column == 18, "\(e)")
        #expect(e.message.contains("unknown entity '&passwd;'"))
    }

    /// Thousands of keys with defaults times many nodes: refused before it fills memory.
    @Test func defaultAmplificationIsBounded() throws {
        var text = "<graphml>\n"
        for k in 0..<5_000 { text += "<key id=\"k\(k)\" for=\"node\" attr.name=\"a\(k)\"><default>x</default></key>\n" }
        text += "<graph>\n" + String(repeating: "<node id=\"n\"/>\n", count: 2_000) + "</graph></graphml>\n"
        let e = try #require(error { _ = try GraphML.read(text, file: "amp.graphml") })
        #expect(e.message.contains("over 5000000 attribute values"), "\(e)")
        // The 1,001st node crosses the limit: the reader stopped after 5,000,000 values, not after
        // reading everything (a bound on work; a wall-clock bound failed under load).
        #expect(e.line == 5_000 + 2 + 1_001)
        var gexf = "<gexf><graph><attributes class=\"node\">\n"
        for k in 0..<5_000 { gexf += "<attribute id=\"\(k)\" title=\"a\(k)\"><default>x</default></attribute>\n" }
        gexf += "</attributes><nodes>\n" + String(repeating: "<node id=\"n\"/>\n", count: 2_000) + "</nodes></graph></gexf>\n"
        let g = try #require(error { _ = try GEXF.read(gexf, file: "amp.gexf") })
        #expect(g.message.contains("over 5000000 attribute values"), "\(g)")
    }

    @Test func deepNestingIsBounded() throws {
        let deep = "<graphml>" + String(repeating: "<a>", count: 100_000) + String(repeating: "</a>", count: 100_000) + "</graphml>"
        let e = try #require(error { _ = try GraphML.read(deep, file: "deep.graphml") })
        #expect(e.message.contains("nested deeper than \(StrictXML.maximumDepth)"))
        let json = String(repeating: "[", count: 100_000)
        let j = try #require(error { _ = try NodeLinkJSON.read(json, file: "deep.json") })
        #expect(j.message.contains("nested deeper"))
        #expect(j.line == 1 && j.column == JSONValueReader.maximumDepth + 1)
    }

    @Test(arguments: [
        ("<graphml><graph><node id=\"a></graph></graphml>", 1, 29, "'<' is not allowed in an attribute value"),
        ("<graphml><graph><node id=\"abc", 1, 26, "attribute 'id' is not closed"),
        ("<graphml>\n<graph>\n<node id='a'>\n</graph></graphml>", 4, 9, "</graph> closes <node> opened at line 3"),
        ("<graphml><graph></graph>", 1, 1, "<graphml> is not closed"),
        ("<graphml><graph><node id=\"a\" id=\"b\"/></graph></graphml>", 1, 30, "attribute 'id' repeated"),
        ("<graphml><graph><node id=\"a & b\"/></graph></graphml>", 1, 29, "'&' must start an entity reference"),
        ("<other/>", 1, 1, "not a GraphML file"),
    ])
    func malformedXMLIsLocated(input: (String, Int, Int, String)) throws {
        let e = try #require(error { _ = try GraphML.read(input.0, file: "bad.graphml") })
        #expect(e.line == input.1 && e.column == input.2, "\(e)")
        #expect(e.message.contains(input.3), "\(e)")
    }

    @Test func unbalancedCSVQuoteIsLocatedAtTheOpeningQuote() throws {
        let text = "Id,Label,kind\r\nocam,OCAM,agency\r\nctif,\"CTIF, unit,agency\r\npolice,Police,agency\r\n"
        let e = try #require(error { _ = try CSVFormat.read(nodes: (text, "n.csv"), edges: nil) })
        #expect(e.line == 3 && e.column == 6)
        #expect(e.message.contains("never closed"))
        let stray = try #require(error { _ = try CSVFormat.read(nodes: ("Id,kind\nab\"c,agency\n", "n.csv"), edges: nil) })
        #expect(stray.line == 2 && stray.column == 3)
        let after = try #require(error { _ = try CSVFormat.read(nodes: ("Id,kind\n\"ab\"c,agency\n", "n.csv"), edges: nil) })
        #expect(after.line == 2 && after.message.contains("after the closing quote"))
        let wide = try #require(error { _ = try CSVFormat.read(nodes: ("Id,kind\na,agency,extra\n", "n.csv"), edges: nil) })
        #expect(wide.line == 2 && wide.message.contains("3 fields"))
    }

    @Test func aHundredMegabyteLineIsRefusedBeforeParsing() throws {
        let folder = try Fixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("huge.edgelist").path
        #expect(FileManager.default.createFile(atPath: path, contents: nil))
        let handle = try #require(FileHandle(forWritingAtPath: path))
        let chunk = Data(repeating: UInt8(ascii: "a"), count: 1 << 20)
        for _ in 0..<100 { handle.write(chunk) }
        try handle.close()
        let start = Date()
        let e = try #require(error { _ = try Interop.read(contentsOf: path) })
        #expect(e.message.contains("over the limit of 50 MiB"))
        #expect(Date().timeIntervalSince(start) < 5)
    }

    @Test(arguments: [InteropFormat.graphml, .gexf, .nodeLink, .csv, .dot, .pajek, .edgelist])
    func binaryInputIsRefusedWithItsLocation(format: InteropFormat) throws {
        let folder = try Fixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("bin.dat").path
        try Data([0x3C, 0x67, 0x0A, 0x41, 0x42, 0x00, 0xFF, 0xFE]).write(to: URL(fileURLWithPath: path))
        let e = try #require(error { _ = try Interop.read(contentsOf: path, format: format) })
        #expect(e.line == 2 && e.column == 3)
        #expect(e.message.contains("NUL byte"))
        try Data([0x61, 0x20, 0x62, 0x0A, 0xC3, 0x28]).write(to: URL(fileURLWithPath: path))
        let latin = try #require(error { _ = try Interop.read(contentsOf: path, format: format) })
        #expect(latin.line == 2 && latin.column == 1 && latin.message.contains("UTF-8"))
    }

    @Test func dotSyntaxErrorCarriesGraphvizLine() throws {
        let e = try #require(error { _ = try DOT.read("digraph {\n  a -> b;\n  c -> ;\n}\n", file: "bad.dot") })
        #expect(e.line == 3, "\(e)")
        #expect(e.description.hasPrefix("bad.dot:3: error: syntax error"))
    }

    @Test func randomBytesNeverCrashAReader() throws {
        var seed: UInt64 = 0x5EED
        func next() -> UInt64 { seed = seed &* 6364136223846793005 &+ 1442695040888963407; return seed >> 33 }
        let alphabet = Array("<>/=\"'&;#x[]!-?:abcdgnoex 0123\n\t,*{}".utf8)
        let starts = ["<graphml><graph>", "<gexf><graph><nodes>", "{\"nodes\":[", "Id,kind\n", "digraph {", "*Vertices 2\n", "a b\n"]
        let formats: [InteropFormat] = [.graphml, .gexf, .nodeLink, .csv, .dot, .pajek, .edgelist]
        for round in 0..<700 {
            let k = round % formats.count
            var bytes = Array(starts[k].utf8)
            for _ in 0..<(Int(next() % 200)) { bytes.append(alphabet[Int(next() % UInt64(alphabet.count))]) }
            let text = String(decoding: bytes, as: UTF8.self)
            _ = try? Interop.read(text, format: formats[k], file: "fuzz")
        }
    }
}

/// What Foundation's `XMLParser` (libxml2 2.9.14 on Debian 12) does with hostile XML: the
/// findings that made AgencyInterop use its own strict reader (docs/formats.md, "XML safety").
/// If a Foundation update changes any of these, this test fails and the docs must be revisited.
@Suite struct FoundationXMLParserFindings {
    final class Collector: NSObject, XMLParserDelegate {
        var text = ""
        func parser(_ parser: XMLParser, foundCharacters string: String) { text += string }
    }

    func parse(_ xml: String, resolve: Bool) -> (ok: Bool, text: String, code: Int?) {
        let parser = XMLParser(data: Data(xml.utf8))
        parser.shouldResolveExternalEntities = resolve
        let collector = Collector()
        parser.delegate = collector
        let ok = parser.parse()
        return (ok, collector.text, (parser.parserError as NSError?)?.code)
    }

    @Test func externalEntitiesAreNotFetchedEvenWhenAskedFor() {
        for resolve in [false, true] {
            let r = parse("<?xml version=\"1.0\"?><!DOCTYPE r [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><r>&x;</r>", resolve: resolve)
            #expect(r.ok)                       // no error either: the reference silently vanishes
            #expect(!r.text.contains("root:"))
        }
    }

    @Test func billionLaughsFailsFastWithAnUnexplainedCode() {
        let start = Date()
        let r = parse(billionLaughs(root: "r"), resolve: false)
        #expect(!r.ok)
        #expect(r.code == 89)                   // libxml2's XML_ERR_ENTITY_LOOP-class error, no message text
        #expect(Date().timeIntervalSince(start) < 2)
    }

    @Test func internalEntitiesAreSilentlyDropped() {
        let r = parse("<!DOCTYPE r [<!ENTITY a \"hello\">]><r>&a;</r>", resolve: false)
        #expect(r.ok)
        #expect(r.text.isEmpty)                 // data loss without an error: unacceptable for an importer
    }
}

/// Issue 15: one rule for text in every foreign reader.
@Suite struct TextRuleInForeignReadersTests {
    func error(_ body: () throws -> Void) -> InteropError? {
        do { try body(); return nil } catch let e as InteropError { return e } catch { Issue.record("unexpected \(error)"); return nil }
    }

    @Test(arguments: ["&#1;", "&#x1B;", "&#x7F;", "&#xFFFE;", "&#x85;"])
    func graphMLCharacterReferencesToNonTextAreRefusedWhereWritten(reference: String) throws {
        let text = "<graphml>\n<graph edgedefault=\"directed\">\n  <node id=\"a\(reference)b\"/>\n</graph></graphml>\n"
        let e = try #require(error { _ = try GraphML.read(text, file: "c.graphml") })
        #expect(e.line == 3 && e.column == 14, "\(e)")
        #expect(e.message.contains("not a text character"), "\(e)")
    }

    @Test func graphMLTextCharacterReferencesStillRead() throws {
        let text = "<graphml>\n<graph edgedefault=\"directed\">\n  <node id=\"a&#x9;&#233;b\"/>\n</graph></graphml>\n"
        #expect(error { _ = try GraphML.read(text, file: "ok.graphml") } == nil)
    }

    @Test(arguments: [("*Vertices x", 11, "not 'x'"), ("*Vertices -1", 11, "not '-1'"), ("*Vertices", 10, "needs the number")])
    func pajekVertexCountMustBeAWholeNumber(header: String, column: Int, says: String) throws {
        let e = try #require(error { _ = try Pajek.read("\(header)\n1 \"a\"\n2 \"b\"\n*Arcs\n1 2\n", file: "p.net") })
        #expect(e.line == 1 && e.column == column, "\(e)")
        #expect(e.message.contains(says), "\(e)")
    }

    @Test func pajekWithAGoodCountStillReads() throws {
        #expect(error { _ = try Pajek.read("*Vertices 2\n1 \"a\"\n2 \"b\"\n*Arcs\n1 2\n", file: "p.net") } == nil)
    }

    @Test(arguments: [InteropFormat.graphml, .gexf, .nodeLink, .csv, .dot, .pajek, .edgelist])
    func rawControlCharactersAreRefusedWithTheirLocation(format: InteropFormat) throws {
        let folder = try Fixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("ctl.dat").path
        try Data("ab\ncd\u{1B}e\n".utf8).write(to: URL(fileURLWithPath: path))
        let e = try #require(error { _ = try Interop.read(contentsOf: path, format: format) })
        #expect(e.line == 2 && e.column == 3, "\(e)")
        #expect(e.message.contains("U+001B is not a text character"), "\(e)")
        let inMemory = try #require(error { _ = try Interop.read("ab\ncd\u{7F}e\n", format: format, file: "m") })
        #expect(inMemory.line == 2 && inMemory.column == 3 && inMemory.message.contains("U+007F"), "\(inMemory)")
    }
}

import Foundation
import Testing
@testable import Graphviz
import AgencyGraphTestSupport

/// The hostile-DOT corpus (`HostileDOT/`, one file per attack of issue 15): every file is either
/// rendered to an SVG that is well-formed, script-free and holds no link outside the allowlist,
/// with a warning naming what was dropped, or refused with a message naming the cause. The first
/// line of each file says which (`// expect: warning URL`, `// expect: refused peripheries`,
/// `// expect: render`).
///
/// The SVG is judged here without `SafeSVG` (the gate under test): Foundation's XML parser for
/// well-formedness, and this file's own reading of elements, attributes and links.
@Suite("Hostile DOT corpus")
struct HostileDOTTests {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("HostileDOT")

    static let files: [String] = {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return names.filter { $0.hasSuffix(".dot") }.sorted()
    }()

    static let linkAttributes = ["URL", "href", "edgeURL", "edgehref", "headURL", "headhref", "tailURL", "tailhref", "labelURL", "labelhref"]

    @Test func theCorpusHasEveryVector() {
        #expect(Self.files.count >= 50)
        // javascript: in every link attribute.
        for attribute in Self.linkAttributes {
            #expect(Self.files.contains { $0.hasPrefix("javascript-\(attribute)-") }, "no javascript: vector for \(attribute)")
        }
        for vector in ["url-quote-breaking", "url-script-element", "fontname-script-node", "fontname-quotes-graph",
                       "fontname-quotes-edge", "html-font-face-quotes", "html-td-href", "stylesheet",
                       "control-character-label", "peripheries", "javascript-hex-entity", "javascript-upper-case",
                       "javascript-leading-space"] {
            #expect(Self.files.contains("\(vector).dot"), "missing \(vector).dot")
        }
    }

    @Test(arguments: files)
    func hostileFileIsSafeOrRefused(file: String) throws {
        let text = try String(contentsOf: Self.folder.appendingPathComponent(file), encoding: .utf8)
        let firstLine = text.prefix { $0 != "\n" }
        let expectation = try #require(firstLine.hasPrefix("// expect: ") ? firstLine.dropFirst("// expect: ".count) : nil)
        let words = expectation.split(separator: " ", maxSplits: 1).map(String.init)
        switch words[0] {
        case "refused":
            let named = words[1]
            do {
                let output = try Graphviz.render(dot: text, engine: .dot, format: .svg)
                Issue.record("\(file): rendered (\(output.data.count) bytes), expected a refusal naming \(named)")
            } catch let error as GraphvizError {
                #expect(error.description.contains(named), "\(file): \(error.description)")
                switch error {
                case .limitExceeded, .notText, .invalidGraph: break
                default: Issue.record("\(file): refused for another reason: \(error)")
                }
            }
        case "warning", "render":
            let output = try Graphviz.render(dot: text, engine: .dot, format: .svg)
            if words[0] == "warning" {
                #expect(output.warnings.contains { $0.contains(words[1]) && ($0.contains("dropped") || $0.contains("replaced") || $0.contains("shown literally")) },
                        "\(file): no warning naming \(words[1]): \(output.warnings)")
            } else {
                #expect(output.warnings.isEmpty, "\(file): \(output.warnings)")
            }
            try Self.expectSafe(output.data, file: file)
        default:
            Issue.record("\(file): unknown expectation '\(expectation)'")
        }
    }

    @Test func safeLinksAreKeptAndEscaped() throws {
        let text = try String(contentsOf: Self.folder.appendingPathComponent("safe-links.dot"), encoding: .utf8)
        let output = try Graphviz.render(dot: text, format: .svg)
        let svg = try SVG.parse(output.data)
        let links = Set(svg.descendants.compactMap { $0.attributes["xlink:href"] })
        #expect(links == ["https://example.org/a?b=1&c=2", "#a", "mailto:x@example.org", "d.html", "../rel/path", "http://example.org/e"])
        // The '&' of the query string is written as an entity (Graphviz writes links as they are).
        #expect(output.text.contains("a?b=1&amp;c=2"))
    }

    @Test func peripheriesFailFast() throws {
        let start = Date()
        #expect(throws: GraphvizError.self) { try Graphviz.render(dot: "digraph{a[peripheries=9999999]}", format: .svg) }
        #expect(Date().timeIntervalSince(start) < 2)
    }

    /// Well-formed (Foundation's parser), no script or foreignObject, no on* attribute, no link
    /// outside http/https/mailto/relative/#fragment, no style-sheet processing instruction.
    static func expectSafe(_ data: [UInt8], file: String) throws {
        let svg = try SVG.parse(data)
        let raw = String(decoding: data, as: UTF8.self)
        #expect(!raw.contains("<?xml-stylesheet"), "\(file): style sheet")
        #expect(!raw.lowercased().contains("<script"), "\(file): script in the output")
        for element in svg.descendants {
            let local = element.name.split(separator: ":").last.map { $0.lowercased() } ?? ""
            #expect(local != "script" && local != "foreignobject", "\(file): <\(element.name)>")
            for (name, value) in element.attributes {
                let localName = name.split(separator: ":").last.map { $0.lowercased() } ?? ""
                #expect(!localName.hasPrefix("on"), "\(file): attribute \(name)")
                let squeezed = String(value.unicodeScalars.filter { $0.value > 0x20 }.map(Character.init)).lowercased()
                #expect(!squeezed.contains("javascript:"), "\(file): \(name)=\(value)")
                if localName == "href" {
                    #expect(linkIsAllowed(value), "\(file): link \(value)")
                }
            }
        }
    }

    static func linkIsAllowed(_ value: String) -> Bool {
        let squeezed = String(value.unicodeScalars.filter { $0.value > 0x20 }.map(Character.init)).lowercased()
        if squeezed.contains("\"") || squeezed.contains("<") || squeezed.contains(">") { return false }
        guard let colon = squeezed.firstIndex(of: ":") else { return true }
        let scheme = squeezed[..<colon]
        if scheme.contains(where: { "/?#".contains($0) }) { return true }
        return ["http", "https", "mailto"].contains(String(scheme))
    }
}

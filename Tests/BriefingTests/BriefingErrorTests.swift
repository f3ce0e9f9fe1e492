import AgencyAnalysis
import AgencyModel
import Briefing
import Foundation
import Testing

/// Briefing errors name the ``BriefingOptions`` field at fault, never a command-line option.
@Suite struct BriefingErrorTests {
    @Test func unknownIdsNameTheOptionsField() throws {
        let network = try belgium()
        let cases: [(BriefingOptions, BriefingError, String)] = [
            (BriefingOptions(hub: "ocamm"), .unknownNode(id: "ocamm", option: .hub, suggestion: "ocam"),
             "hub: 'ocamm' is not a node of the view; did you mean 'ocam'?"),
            (BriefingOptions(scenarios: [["ocam", "nowhere_at_all"]]), .unknownNode(id: "nowhere_at_all", option: .scenarios, suggestion: nil),
             "scenarios: 'nowhere_at_all' is not a node of the view"),
        ]
        for (options, expected, message) in cases {
            do {
                _ = try brief(network, options)
                Issue.record("expected \(expected)")
            } catch let error as BriefingError {
                #expect(error == expected)
                #expect(error.description == message)
                #expect(!error.description.contains("--"))
            }
        }
    }

    /// The gate is the writer's: a figure that is not safe SVG is a typed error, and nothing at
    /// all is written (not even the folder), whoever calls the writer.
    @Test func anUnsafeFigureIsATypedErrorAndNothingIsWritten() throws {
        let (document, results) = try brief(try belgium(), BriefingOptions(hub: "ocam"))
        var tampered = document
        let hostile = #"<svg xmlns="http://www.w3.org/2000/svg"><a xlink:href="javascript:alert(1)" xmlns:xlink="http://www.w3.org/1999/xlink"><text>x</text></a></svg>"#
        var replaced: Int?
        for s in tampered.sections.indices {
            for b in tampered.sections[s].blocks.indices {
                guard replaced == nil, case .figure(var figure) = tampered.sections[s].blocks[b], figure.svg != nil else { continue }
                figure.svg = hostile
                tampered.sections[s].blocks[b] = .figure(figure)
                replaced = figure.number
            }
        }
        let number = try #require(replaced)
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("brief-gate-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: folder) }
        do {
            try BriefingWriter.write(tampered, results: results, to: folder)
            Issue.record("an unsafe figure was written")
        } catch let error as BriefingError {
            guard case let .unsafeOutput(file, violation) = error else { Issue.record("wrong case: \(error)"); return }
            #expect(file == "figure-\(number).svg")
            #expect(violation.contains("javascript"), "\(violation)")
            #expect(error.description.hasSuffix("nothing is written") && !error.description.contains("--"))
        }
        #expect(!FileManager.default.fileExists(atPath: folder))
        // The untouched document passes every gate, and hostile text in it stays text.
        var text = document
        text.sections[0].blocks.append(.paragraph("<script>alert(1)</script> <a id=\"x\" onclick=\"y\"></a> ]]> &amp;"))
        let files = try BriefingWriter.checked(text)
        #expect(files.map(\.name).prefix(2) == ["briefing.html", "briefing.md"])
        #expect(files.count == 2 + document.figures.filter { $0.svg != nil }.count)
    }

    @Test func analysisErrorsKeepTheirCase() {
        let error = BriefingError.analysis(.hubRemoved("ocam"))
        #expect(error.description == AnalysisError.hubRemoved("ocam").description)
        #expect(!error.description.contains("--"))
    }
}

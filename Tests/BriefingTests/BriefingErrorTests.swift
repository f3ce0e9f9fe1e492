import AgencyAnalysis
import AgencyModel
import Briefing
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

    @Test func analysisErrorsKeepTheirCase() {
        let error = BriefingError.analysis(.hubRemoved("ocam"))
        #expect(error.description == AnalysisError.hubRemoved("ocam").description)
        #expect(!error.description.contains("--"))
    }
}

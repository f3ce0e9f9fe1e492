import AgencyAnalysis
import AgencyModel
import ArgumentParser
import Briefing
import Foundation
import TextKit

/// `agencygraph brief`: the main job, a briefing (HTML, Markdown + SVG, JSON) from a network file.
struct BriefCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "brief",
        abstract: "Write a briefing of a network: briefing.html (self-contained), briefing.md with figure-N.svg, briefing.json.",
        discussion: "Exit codes: 0 written, 1 invalid input (file, unknown node), 2 usage, 3 the output cannot be written. See docs/briefing.md.")

    @OptionGroup var analysis: AnalysisArguments
    @Option(name: [.short, .customLong("output")], help: ArgumentHelp("The folder to write into (created if needed).", valueName: "dir"))
    var output: String
    @Option(help: "Language of headings and sentences: fr, nl, en or de (names come from the data in that language when it has them).")
    var lang: Language = .en
    @Option(help: ArgumentHelp("A scenario: remove:ID or remove:ID,ID (removed together); repeatable.", valueName: "scenario"))
    var scenario: [String] = []
    @Option(help: ArgumentHelp("Compare the view with another network file (filtered the same way).", valueName: "file"))
    var compare: String?
    @Option(name: .customLong("compare-at"), help: ArgumentHelp("Compare the view with the same network at this date (YYYY, YYYY-MM, YYYY-MM-DD); repeatable.", valueName: "date"))
    var compareAt: [String] = []
    @Option(help: ArgumentHelp("The coordinator: single points of failure and level reach are measured from it.", valueName: "id"))
    var hub: String?
    @Option(name: .customLong("max-rows"), help: "Tables show at most this many rows (a note says how many there are).")
    var maxRows = 25
    @Option(name: .customLong("explorer-link"), help: ArgumentHelp("Link the cover to the network explorer at this address (relative to briefing.html, e.g. ../explorer.html).", valueName: "url"))
    var explorerLink: String?
    @Flag(help: "No progress messages on standard error.") var quiet = false
    @OptionGroup var view: ViewOptions

    func validate() throws {
        for s in scenario { _ = try Self.parseScenario(s) }
        if let link = explorerLink, !SafeSVG.isAllowedLink(link) {
            throw ValidationError("--explorer-link: '\(link)' is not an allowed link (relative, http, https or mailto)")
        }
        if maxRows < 1 { throw ValidationError("--max-rows must be 1 or more, not \(maxRows)") }
        for d in compareAt where PartialDate(parsing: d) == nil {
            throw ValidationError("--compare-at: '\(d)' is not a date; use YYYY, YYYY-MM or YYYY-MM-DD")
        }
    }

    static func parseScenario(_ text: String) throws -> [String] {
        guard text.hasPrefix("remove:") else { throw ValidationError("--scenario: '\(text)' is not remove:ID[,ID…]") }
        let ids = text.dropFirst("remove:".count).split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        if ids.isEmpty { throw ValidationError("--scenario: '\(text)' names no node") }
        return ids
    }

    func run() throws {
        let tty = !quiet && isatty(STDERR_FILENO) != 0
        var progress: (@Sendable (String) -> Void)? = nil
        if tty {
            progress = { @Sendable (m: String) -> Void in
                FileHandle.standardError.write(Data("\u{1B}[2K\rbrief: \(m)…".utf8))
            }
        }
        progress?("reading \(analysis.input)")
        let full = try AnalysisRunner.load(analysis.input)
        // Each question reads the view that fits it (docs/cli.md#layers): the summary the whole
        // view, the actor questions actors in the coordination layer, coverage the policy layer.
        func scoped(_ scope: QuestionScope) throws -> (AnalysisView, ViewFilter) {
            let filter = try view.filter(scope: scope, network: full)
            let network = try view.apply(filter, to: full)
            let context = AnalysisRunner.context(of: full, at: filter)
            return (try AnalysisRunner.project(network, analysis, language: lang, context: context), filter)
        }
        let (v, wholeFilter) = try scoped(.whole)
        let (actors, actorFilter) = try scoped(.actors)
        let (policy, policyFilter) = try scoped(.policy)
        var comparisons: [BriefingComparison] = []
        if let compare {
            let other = try AnalysisRunner.load(compare)
            comparisons.append(BriefingComparison(name: compare, network: try view.apply(to: other)))
        }
        for d in compareAt {
            var dated = view
            dated.at = d
            comparisons.append(BriefingComparison(name: "\(analysis.input) @ \(d)", network: try dated.apply(to: full), isBefore: true))
        }
        var description: [String] = []
        func scopeLine(_ name: String, _ filter: ViewFilter) -> String {
            let kinds = filter.kinds.map { $0.map(\.rawValue).sorted().joined(separator: ",") } ?? "all"
            let layers = filter.layers.map { $0.sorted().joined(separator: ",") } ?? "all"
            return "\(name): --kinds \(kinds) --layer \(layers)"
        }
        description.append(scopeLine("summary and changes", wholeFilter))
        description.append(scopeLine("hubs, brokers, single points of failure, scenarios", actorFilter))
        description.append(scopeLine("coverage", policyFilter))
        if let k = view.kinds { description.append("--kinds \(k)") }
        if let t = view.edgeTypes { description.append("--edge-types \(t)") }
        if let a = view.at { description.append("--at \(a)") }
        for w in view.without { description.append("--without \(w)") }
        for w in view.withoutEdges { description.append("--without-edges \(w)") }
        if let f = view.focus { description.append("--focus \(f) --radius \(view.radius)") }
        description.append(analysis.undirected ? "--undirected" : "directed (cooperates_with read both ways)")
        if let weight = analysis.weight { description.append("--weight \(weight) (\(analysis.weightMeans.rawValue))") }
        let options = BriefingOptions(language: lang, hub: hub, scenarios: try scenario.map(Self.parseScenario),
                                      comparisons: comparisons, viewDescription: description, inputName: analysis.input,
                                      maxRows: maxRows, progress: progress)
        var builder = BriefingBuilder(view: v, context: full, options: options, actors: actors, policy: policy)
        let (built, results): (BriefingDocument, BriefingResults)
        do {
            (built, results) = try builder.build()
        } catch {
            if tty { FileHandle.standardError.write(Data("\u{1B}[2K\r".utf8)) }
            throw LibraryErrors.failure(error)
        }
        var document = built
        document.explorerLink = explorerLink
        // The last check before anything is written (TextKit's SafeSVG): every figure and the page
        // itself are well-formed XML without script, event handlers or links outside the allowlist.
        for figure in document.figures {
            if let svg = figure.svg, let violation = SafeSVG.check(svg) {
                if tty { FileHandle.standardError.write(Data("\u{1B}[2K\r".utf8)) }
                throw CLIFailure(DiagnosticText.format(file: nil, "figure \(figure.number) failed the SVG safety check (\(violation)); nothing is written"), status: .invalidInput)
            }
        }
        if let violation = SafeSVG.check(BriefingWriter.html(document)) {
            if tty { FileHandle.standardError.write(Data("\u{1B}[2K\r".utf8)) }
            throw CLIFailure(DiagnosticText.format(file: nil, "briefing.html failed the markup safety check (\(violation)); nothing is written"), status: .invalidInput)
        }
        progress?("writing \(output)")
        let written: [String]
        do {
            written = try BriefingWriter.write(document, results: results, to: output)
        } catch {
            if tty { FileHandle.standardError.write(Data("\u{1B}[2K\r".utf8)) }
            throw CLIFailure(DiagnosticText.format(file: output, "cannot write the briefing: \(error.localizedDescription)"), status: .environment)
        }
        if tty { FileHandle.standardError.write(Data("\u{1B}[2K\r".utf8)) }
        let html = (output as NSString).appendingPathComponent("briefing.html")
        print("wrote \(html) (\(written.count) files in \(output))")
    }
}

import AgencyAnalysis
import AgencyModel
import ArgumentParser
import Foundation
import TextKit

/// `agencygraph stats`: counts, density, components, diameter, reciprocity.
struct StatsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "stats",
        abstract: "Counts by kind, level and edge type; density; components; diameter; reciprocity.")

    @OptionGroup var analysis: AnalysisArguments
    @OptionGroup var view: ViewOptions
    @OptionGroup var output: OutputOptions

    func run() throws {
        let v = try AnalysisRunner.view(analysis, view, output, scope: .whole)
        let progress = AnalysisRunner.progress(output)
        let report = try AnalysisRunner.run { () throws(AnalysisError) in try v.stats(progress: progress) }
        AnalysisRunner.endProgress(output)
        try ReportOutput.emit(report, view: v, output)
    }
}

/// `agencygraph path`: shortest paths between two nodes and the levels they cross.
struct PathCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "path",
        abstract: "Shortest path(s) from one node to another, with edge types and the levels crossed.",
        discussion: "Without a path, prints which component each end is in (exit 0). Restrict edge types with --edge-types.")

    @OptionGroup var analysis: AnalysisArguments
    @Argument(help: "The start node's id.") var from: String
    @Argument(help: "The end node's id.") var to: String
    @Flag(help: "Every shortest path (at most --limit), not just one.") var all = false
    @Option(help: "The k shortest simple paths (Yen).") var k: Int?
    @Option(help: "With --all: at most this many paths.") var limit = 100
    @OptionGroup var view: ViewOptions
    @OptionGroup var output: OutputOptions

    func validate() throws {
        if all && k != nil { throw ValidationError("--all and --k cannot be used together") }
        if let k, k < 1 { throw ValidationError("--k must be 1 or more, not \(k)") }
        if limit < 1 { throw ValidationError("--limit must be 1 or more, not \(limit)") }
    }

    func run() throws {
        let v = try AnalysisRunner.view(analysis, view, output, scope: .actors)
        let mode: PathMode = k.map { .kShortest($0) } ?? (all ? .allShortest(limit: limit) : .shortest)
        let report = try AnalysisRunner.run { () throws(AnalysisError) in try v.paths(from: from, to: to, mode: mode) }
        try ReportOutput.emit(LibraryErrors.withUndirectedHint(report, in: output.format == .json ? .en : output.lang), view: v, output)
    }
}

/// `agencygraph spof`: single points of failure.
struct SpofCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "spof",
        abstract: "Single points of failure: articulation points, bridges, dominators, cuts, key players, robustness.",
        discussion: "Articulation points and bridges are those of the view read undirected; dominators follow the view's direction.")

    @OptionGroup var analysis: AnalysisArguments
    @Option(help: ArgumentHelp("The coordinator: what is cut off is cut off from it; dominators are computed from it.", valueName: "id")) var hub: String?
    @Option(name: .customLong("cut-from"), help: ArgumentHelp("With --cut-to: a minimum node cut between two sets: ids, kind:K, level:L or tag:T, comma-separated.", valueName: "set")) var cutFrom: String?
    @Option(name: .customLong("cut-to"), help: ArgumentHelp("The other set of the cut.", valueName: "set")) var cutTo: String?
    @Option(name: .customLong("key-players"), help: ArgumentHelp("Size of the key-player set (0: skip; default 3, or fewer in a smaller view).", valueName: "k")) var keyPlayers: Int?
    @Flag(name: .customLong("no-robustness"), help: "Skip the robustness curves.") var noRobustness = false
    @Option(name: .customLong("random-runs"), help: "Random-removal runs averaged.") var randomRuns = 20
    @Option(help: "Seed of the first random run.") var seed: UInt64 = 1
    @OptionGroup var view: ViewOptions
    @OptionGroup var output: OutputOptions

    func validate() throws {
        if let keyPlayers, keyPlayers < 0 { throw ValidationError("--key-players must be 0 or more, not \(keyPlayers)") }
        if randomRuns < 1 { throw ValidationError("--random-runs must be 1 or more, not \(randomRuns)") }
        if (cutFrom == nil) != (cutTo == nil) { throw ValidationError("--cut-from and --cut-to go together") }
    }

    func run() throws {
        let v = try AnalysisRunner.view(analysis, view, output, scope: .actors)
        func sets(_ text: String?) -> [String] { (text ?? "").split(separator: ",").map { String($0).trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty } }
        let options = SPOFOptions(hub: hub, cutFrom: sets(cutFrom), cutTo: sets(cutTo), keyPlayers: keyPlayers ?? min(3, v.graph.nodeCount),
                                  robustness: !noRobustness, randomRuns: randomRuns, seed: seed)
        let progress = AnalysisRunner.progress(output)
        let report = try AnalysisRunner.run { () throws(AnalysisError) in try v.singlePointsOfFailure(options, progress: progress) }
        AnalysisRunner.endProgress(output)
        try ReportOutput.emit(report, view: v, output)
    }
}

/// `agencygraph coverage`: the objective × level matrix and its gaps.
struct CoverageCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "coverage",
        abstract: "Who contributes to each objective at each level; thin cells, single contributors, unreached levels, rules.",
        discussion: "Exit 1 when a --rules file is given and some rule is violated (for CI); 0 otherwise.")

    @OptionGroup var analysis: AnalysisArguments
    @Option(help: "Report cells with fewer contributing actors than this.") var min = 1
    @Option(help: ArgumentHelp("The coordinator from which every level should be reachable.", valueName: "id")) var hub: String?
    @Option(name: .customLong("max-hops"), help: "With --hub: how many edges away a level may be.") var maxHops = 3
    @Option(help: ArgumentHelp("A rules file of expectations (docs/cli.md, Rules files).", valueName: "file")) var rules: String?
    @OptionGroup var view: ViewOptions
    @OptionGroup var output: OutputOptions

    func validate() throws {
        if min < 0 { throw ValidationError("--min must be 0 or more, not \(min)") }
        if maxHops < 0 { throw ValidationError("--max-hops must be 0 or more, not \(maxHops)") }
    }

    func run() throws {
        let parsedRules = try rules.map { path in try AnalysisRunner.run { () throws(AnalysisError) in try CoverageRules.load(path) } }
        let v = try AnalysisRunner.view(analysis, view, output, scope: .policy)
        let options = CoverageOptions(min: min, hub: hub, maxHops: maxHops, rules: parsedRules)
        let report = try AnalysisRunner.run { () throws(AnalysisError) in try v.coverage(options) }
        try ReportOutput.emit(report, view: v, output)
        if !report.violations.isEmpty {
            StandardError.write("\(report.violations.count) rule violation\(report.violations.count == 1 ? "" : "s")")
            throw ExitCode(ExitStatus.invalidInput.rawValue)
        }
    }
}

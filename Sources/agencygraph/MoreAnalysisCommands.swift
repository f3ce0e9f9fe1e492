import AgencyAnalysis
import AgencyModel
import ArgumentParser
import Briefing
import Foundation

extension GroupBy: ExpressibleByArgument {}
extension CommunityMethod: ExpressibleByArgument {}

/// `agencygraph centrality`: every GraphCore centrality, ranked.
struct CentralityCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "centrality",
        abstract: "Centrality of every node (degree, betweenness, closeness, harmonic, eigenvector, PageRank, Katz), ranked.")

    @OptionGroup var analysis: AnalysisArguments
    @Option(help: ArgumentHelp("Measures, comma-separated, the first ranks: \(CentralityMeasure.allCases.map(\.rawValue).joined(separator: ", ")) (default: degree,betweenness,closeness).", valueName: "measures"))
    var measure: String = "degree,betweenness,closeness"
    @Option(help: "Show the first N nodes only.") var top: Int?
    @Option(name: .customLong("katz-alpha"), help: "Katz's attenuation factor; must be below 1/λ_max of the view.") var katzAlpha = 0.1
    @Option(name: .customLong("show-kinds"), help: ArgumentHelp("Show only nodes of these kinds (the measures still use the whole view).", valueName: "kinds")) var showKinds: String?
    @Option(help: ArgumentHelp("Also give the group betweenness and closeness of this set: ids, kind:K, level:L or tag:T, comma-separated.", valueName: "set")) var group: String?
    @Flag(help: "Follow edge direction (default: ties read both ways, as a coordination tie carries information both ways; in-degree and out-degree always follow direction).")
    var directed = false
    @Option(help: ArgumentHelp("Estimate betweenness from K source nodes drawn at random (Brandes and Pich 2007) instead of all of them: O(K m) instead of O(n m); the output says the values are estimates. Default: exact.", valueName: "K"))
    var sample: Int?
    @Option(help: ArgumentHelp("With --sample: the seed of the draw (the same seed gives the same values).", valueName: "seed"))
    var seed: Int = BetweennessSample.defaultSeed
    @OptionGroup var view: ViewOptions
    @OptionGroup var output: OutputOptions

    func validate() throws {
        if let top, top < 1 { throw ValidationError("--top must be 1 or more, not \(top)") }
        if let sample, sample < 1 { throw ValidationError("--sample must be 1 or more, not \(sample)") }
    }

    /// Above this many steps (sources × adjacency slots), exact betweenness takes a minute or
    /// more here (about 1.5·10⁸ steps per CPU second, measured at 20,000 agencies; 2 cores): the
    /// command says so on standard error before it starts (docs/cli.md).
    static let slowBetweennessSteps = 1.0e10

    /// The note printed before an exact betweenness that will take minutes, or `nil`.
    static func slowBetweennessNote(nodes: Int, edges: Int, directed: Bool) -> String? {
        let steps = Double(nodes) * Double(nodes + (directed ? edges : 2 * edges))
        guard steps > slowBetweennessSteps else { return nil }
        let suggested = CentralityCommand.suggestedSample
        return "exact betweenness on \(nodes) nodes and \(edges) edges counts the shortest paths from every node "
            + "(about \(Int((steps / 1e9).rounded())) billion steps: minutes; it shows no progress within the measure); "
            + "--sample \(suggested) estimates it from \(suggested) nodes in about \(max(1, Int((Double(suggested) / Double(nodes) * 100).rounded())))% of the time"
    }

    /// The sample the slow-betweenness note suggests: the briefing's (`BriefingOptions.betweennessPivots`).
    static let suggestedSample = BriefingOptions().betweennessPivots

    func run() throws {
        var measures: [CentralityMeasure] = []
        for name in measure.split(separator: ",").map({ String($0).trimmingCharacters(in: .whitespaces) }) where !name.isEmpty {
            guard let m = CentralityMeasure(rawValue: name) else {
                throw CLIFailure(DiagnosticText.format(file: nil, "--measure: unknown measure '\(name)'; use \(CentralityMeasure.allCases.map(\.rawValue).joined(separator: ", "))"), status: .usage)
            }
            if !measures.contains(m) { measures.append(m) }
        }
        let kinds = try showKinds.map { try KindList.parse($0, option: "--show-kinds") }
        let members = (group ?? "").split(separator: ",").map { String($0).trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        if directed && analysis.undirected {
            throw CLIFailure(DiagnosticText.format(file: nil, "--directed and --undirected exclude each other"), status: .usage)
        }
        var analysis = self.analysis
        if !directed && !measures.contains(where: { $0 == .inDegree || $0 == .outDegree }) { analysis.undirected = true }
        let v = try AnalysisRunner.view(analysis, view, output, scope: .actors)
        let betweennessSample = sample.map { BetweennessSample(pivots: $0, seed: seed) }
        if measures.contains(.betweenness), (betweennessSample?.pivots ?? Int.max) >= v.graph.nodeCount, !output.quiet,
           let note = Self.slowBetweennessNote(nodes: v.graph.nodeCount, edges: v.graph.edgeCount, directed: v.graph.isDirected) {
            StandardError.write(DiagnosticText.format(file: analysis.input, severity: "note", note))
        }
        let progress = AnalysisRunner.progress(output)
        let report = try AnalysisRunner.run { () throws(AnalysisError) in
            try v.centrality(measures, top: top, kinds: kinds, group: members, katzAlpha: katzAlpha,
                             betweennessSample: betweennessSample, progress: progress)
        }
        AnalysisRunner.endProgress(output)
        try ReportOutput.emit(report, view: v, output)
    }
}

/// `agencygraph brokerage`: Gould–Fernandez roles and Burt's structural holes.
struct BrokerageCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "brokerage",
        abstract: "Who brokers between levels (Gould–Fernandez roles) and who spans structural holes (Burt).")

    @OptionGroup var analysis: AnalysisArguments
    @Option(name: .customLong("group-by"), help: "Groups for the roles: level (home level) or kind.") var groupBy: GroupBy = .level
    @Option(help: "Show the first N nodes only.") var top: Int?
    @Option(name: .customLong("show-kinds"), help: ArgumentHelp("Show only nodes of these kinds (the analysis still uses the whole view).", valueName: "kinds")) var showKinds: String?
    @OptionGroup var view: ViewOptions
    @OptionGroup var output: OutputOptions

    func validate() throws {
        if let top, top < 1 { throw ValidationError("--top must be 1 or more, not \(top)") }
    }

    func run() throws {
        let kinds = try showKinds.map { try KindList.parse($0, option: "--show-kinds") }
        let v = try AnalysisRunner.view(analysis, view, output, scope: .actors)
        let report = try AnalysisRunner.run { () throws(AnalysisError) in try v.brokerage(groupBy: groupBy, top: top, kinds: kinds) }
        try ReportOutput.emit(report, view: v, output)
    }
}

enum KindList {
    static func parse(_ text: String, option: String) throws -> Set<NodeKind> {
        var set = Set<NodeKind>()
        for name in text.split(separator: ",").map({ String($0).trimmingCharacters(in: .whitespaces) }) where !name.isEmpty {
            let kind = NodeKind(rawValue: name)
            guard kind.isKnown else {
                throw CLIFailure(DiagnosticText.format(file: nil, "\(option): unknown kind '\(name)'; use \(NodeKind.builtIn.map(\.rawValue).joined(separator: ", ")) or x-…"), status: .usage)
            }
            set.insert(kind)
        }
        return set
    }
}

/// `agencygraph communities`: Louvain partitions compared with the levels.
struct CommunitiesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "communities",
        abstract: "Louvain communities with their modularity, compared with the partition into levels.")

    @OptionGroup var analysis: AnalysisArguments
    @Option(help: "Method: louvain or leiden.") var method: CommunityMethod = .louvain
    @Option(help: "Resolution: above 1 favours smaller communities.") var resolution = 1.0
    @Option(help: "Random seed (the same seed gives the same partition).") var seed: UInt64 = 0
    @OptionGroup var view: ViewOptions
    @OptionGroup var output: OutputOptions

    func validate() throws {
        if !(resolution > 0) || !resolution.isFinite { throw ValidationError("--resolution must be a number > 0, not \(resolution)") }
    }

    func run() throws {
        let v = try AnalysisRunner.view(analysis, view, output, scope: .actors)
        let report = try AnalysisRunner.run { () throws(AnalysisError) in try v.communities(method: method, resolution: resolution, seed: seed) }
        try ReportOutput.emit(report, view: v, output)
    }
}

/// `agencygraph whatif`: the difference a removal or an added edge makes.
struct WhatIfCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "whatif",
        abstract: "Remove nodes or add edges and compare every measure before and after.")

    @OptionGroup var analysis: AnalysisArguments
    @Option(help: ArgumentHelp("Remove these nodes: ids, comma-separated; repeatable.", valueName: "ids")) var remove: [String] = []
    @Option(name: .customLong("add-edge"), help: ArgumentHelp("Add the edge FROM,TO,TYPE; repeatable.", valueName: "edge")) var addEdge: [String] = []
    @Option(help: ArgumentHelp("The coordinator for cut-off objectives and unreached levels.", valueName: "id")) var hub: String?
    @OptionGroup var view: ViewOptions
    @OptionGroup var output: OutputOptions

    func run() throws {
        var edges: [Edge] = []
        for text in addEdge {
            guard let edge = Scenario.edge(parsing: text) else {
                throw CLIFailure(DiagnosticText.format(file: nil, "--add-edge: '\(text)' is not FROM,TO,TYPE"), status: .usage)
            }
            edges.append(edge)
        }
        let removed = remove.flatMap { $0.split(separator: ",").map { String($0).trimmingCharacters(in: .whitespaces) } }.filter { !$0.isEmpty }
        let v = try AnalysisRunner.view(analysis, view, output, scope: .actors)
        let report = try AnalysisRunner.run { () throws(AnalysisError) in try v.whatIf(Scenario(remove: removed, addEdges: edges), hub: hub) }
        try ReportOutput.emit(report, view: v, output)
    }
}

/// `agencygraph diff`: two networks, or one network at two dates.
struct DiffCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "diff",
        abstract: "Nodes and edges added, removed or changed between two networks (or one network at two dates), and measures that moved.")

    @OptionGroup var analysis: AnalysisArguments
    @Argument(help: "The second network (omit it with --dates).") var other: String?
    @Option(help: ArgumentHelp("With one network: the two dates to compare, DATE1,DATE2.", valueName: "dates")) var dates: String?
    @Option(help: ArgumentHelp("Estimate the betweenness that moved from K source nodes drawn at random (Brandes and Pich 2007); the output says so. Default: exact up to \(BetweennessSample.exactUpTo) nodes, \(BetweennessSample.defaultPivots) sources above, as the briefing.", valueName: "K"))
    var sample: Int?
    @OptionGroup var view: ViewOptions
    @OptionGroup var output: OutputOptions

    func validate() throws {
        if (other == nil) == (dates == nil) { throw ValidationError("give a second network or --dates DATE1,DATE2, not both and not neither") }
        if let sample, sample < 1 { throw ValidationError("--sample must be 1 or more, not \(sample)") }
    }

    func run() throws {
        let first = try AnalysisRunner.load(analysis.input)
        var a: Network, b: Network, names: (String, String)
        if let dates {
            let parts = dates.split(separator: ",").map(String.init)
            guard parts.count == 2, let d1 = PartialDate(parsing: parts[0]), let d2 = PartialDate(parsing: parts[1]) else {
                throw CLIFailure(DiagnosticText.format(file: nil, "--dates: '\(dates)' is not DATE1,DATE2 (YYYY, YYYY-MM or YYYY-MM-DD)"), status: .usage)
            }
            (a, b, names) = (first.snapshot(at: d1), first.snapshot(at: d2), ("\(analysis.input)@\(d1)", "\(analysis.input)@\(d2)"))
        } else {
            (a, b, names) = (first, try AnalysisRunner.load(other!), (analysis.input, other!))
        }
        a = try view.apply(to: a)
        b = try view.apply(to: b)
        let base = try AnalysisRunner.project(a, analysis, output)
        let report = try AnalysisRunner.run { () throws(AnalysisError) in
            try diff(a, b, beforeName: names.0, afterName: names.1, options: base.options,
                     betweennessSample: sample.map { BetweennessSample(pivots: $0) }
                        ?? BetweennessSample.automatic(nodes: max(a.nodes.count, b.nodes.count)))
        }
        try ReportOutput.emit(report, view: base, output)
    }
}

import AgencyAnalysis
import AgencyInterop
import AgencyModel
import AgencyRendering
import ArgumentParser
import Foundation
import Graphviz
import Presentation
import TextKit

extension Language: ExpressibleByArgument {}
extension ClusterBy: ExpressibleByArgument {}

/// `agencygraph render`: draws a network file (YAML/JSON), or lays out and renders a DOT file.
struct RenderCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "render",
        abstract: "Draw a network (any input format but DOT) or lay out a DOT file, to SVG, PNG, PDF, canonical DOT, JSON or plain text.",
        discussion: """
            A network file (AgencyGraph YAML/JSON, GraphML, GEXF, node-link JSON, CSV, Pajek, an \
            edge list, a neo4j-admin folder; docs/formats.md) is drawn by AgencyRendering \
            (docs/rendering.md): shapes per kind, line styles per edge type, boxes per level, a \
            legend; the view options choose what is drawn. DOT input (.dot, .gv, standard input, or \
            a file whose format cannot be told) is a drawing: it is rendered as it is, except a DOT \
            file that convert wrote, which is drawn as the network it holds. The output format comes \
            from --format, else from the extension of --output (.svg, .png, .pdf, .dot/.gv, \
            .json, .plain/.txt). Errors are reported as FILE:LINE: error: MESSAGE; nothing is \
            written when rendering fails.
            """
    )

    @Argument(help: "The network (.yaml/.yml/.json, .graphml, .gexf, node-link .json, .csv, .net, .edges/.edgelist/.txt, a neo4j-admin folder) or DOT file (.dot/.gv) to render ('-' reads DOT from standard input).")
    var input: String

    @Option(name: [.short, .customLong("output")], help: "The file to write ('-' writes standard output).")
    var output: String

    @Option(help: "Layout engine: dot, neato, fdp, sfdp, circo, twopi, osage, patchwork. Default: dot for DOT files; for networks, dot up to \(EngineChoice.dotAutomaticLimit) nodes, else sfdp.")
    var engine: String?

    @Option(help: "Output format: svg, png, pdf, dot (canonical DOT), json, plain. Default: from the output's extension (svg for standard output).")
    var format: String?

    // Options with a default are optional here so that giving one with DOT input can be refused.
    @Option(name: .customLong("lang"), help: "Networks: language of labels and legend: fr, nl, en, de (missing names fall back to en, fr, nl, de). Default: en.")
    var langOption: Language?
    private var lang: Language { langOption ?? .en }

    @Option(name: .customLong("cluster-by"), help: "Networks: boxes by level (nested), kind, tag (first tag), since (year), or none. Default: level.")
    var clusterByOption: ClusterBy?
    private var clusterBy: ClusterBy { clusterByOption ?? .level }

    @Option(name: .customLong("color-by"), help: "Networks: fill nodes by level, kind, community (Louvain, --seed) or coverage (objectives each actor contributes to, bucketed); the legend lists the groups.")
    var colorBy: String?

    @Option(help: ArgumentHelp("Networks: highlight nodes:ID1,ID2, spof (articulation points and bridges of the view read undirected) or path:FROM,TO (a shortest path); repeatable.", valueName: "what"))
    var highlight: [String] = []

    @Option(name: .customLong("size-by"), help: ArgumentHelp("Networks: node size (area) by a centrality measure of the view: \(CentralityMeasure.allCases.map(\.rawValue).joined(separator: ", ")).", valueName: "measure"))
    var sizeBy: String?

    @Option(help: ArgumentHelp("Networks: draw a figure instead of the network: coverage (the objective × level matrix as a shaded table).", valueName: "figure"))
    var figure: String?

    @Flag(help: "Networks, analysis overlays: ignore edge direction (default: directed; cooperates_with both ways).")
    var undirected = false

    @Option(help: ArgumentHelp("Networks, analysis overlays: weigh edges by this attribute (weight).", valueName: "attr"))
    var weight: String?

    @Option(name: .customLong("weight-means"), help: "Networks, analysis overlays: what --weight means: cost or strength. Default: cost.")
    var weightMeansOption: WeightSemantics?
    private var weightMeans: WeightSemantics { weightMeansOption ?? .cost }

    @Option(name: .customLong("seed"), help: "Networks, --color-by community: the Louvain seed (the same seed gives the same colours). Default: 0.")
    var seedOption: UInt64?
    private var seed: UInt64 { seedOption ?? 0 }

    @Option(help: ArgumentHelp("Networks: mark what changed since OTHER (a network file, same view options): added nodes and edges thick with a double border, removed ones dashed grey.", valueName: "other"))
    var diff: String?

    @Option(name: .customLong("diff-at"), help: ArgumentHelp("With --diff: the date of the other network's view (default: --at).", valueName: "date"))
    var diffAt: String?

    @Option(help: "Networks: the title (default: the network's title in --lang).")
    var title: String?

    @Flag(name: .customLong("no-legend"), help: "Networks: do not draw the legend.")
    var noLegend = false

    @Flag(name: [.customLong("whole"), .customLong("force")], help: "Networks: draw every node even when the view is too large to read as a drawing (more than \(CondensedOverview.maximumNodes) nodes or \(CondensedOverview.maximumEdges) edges); by default such a view is drawn condensed: one box per level (else per Louvain community) with its count, and the ties between boxes.")
    var whole = false

    @Option(help: ArgumentHelp("Give up when loading, layout and rendering take longer than this many seconds (0: no limit); networks and DOT alike. The work runs in a child process, which is killed.", valueName: "seconds"))
    var timeout: Double = 120

    /// Set on the child process that does the work under --timeout; it writes to standard output.
    @Flag(name: .customLong("in-child-process"), help: .hidden)
    var inChildProcess = false

    @OptionGroup(title: "View options (networks)")
    var view: ViewOptions

    func run() throws {
        let outputFormat = try resolveFormat()
        let engines = try withEnvironmentCheck { try Graphviz.availableEngines() }
        if let engine, !engines.contains(engine) {
            throw CLIFailure(DiagnosticText.format(file: nil, "unknown layout engine '\(engine)'; available engines: \(engines.joined(separator: ", "))"), status: .usage)
        }
        guard timeout >= 0, timeout.isFinite else {
            throw CLIFailure(DiagnosticText.format(file: nil, "--timeout must be 0 or more seconds"), status: .usage)
        }
        let isNetwork = Self.isNetworkFile(input)
        if !isNetwork { try refuseNetworkOptions() }
        if !inChildProcess && timeout > 0 {
            try renderInChildProcess(isNetwork: isNetwork, format: outputFormat)
        } else if isNetwork {
            try renderNetwork(format: outputFormat)
        } else {
            try renderDOT(format: outputFormat)
        }
    }

    /// The `--highlight` forms, for messages.
    static let highlightForms = "nodes:ID1,ID2, spof, path:FROM,TO"
    /// The `--color-by` values, for messages.
    static let colorValues = ["level", "kind", "community", "coverage"]

    /// `--highlight path:FROM,TO`: one shortest path in the view's direction (ties: the
    /// lexicographically smallest, as `agencygraph path`). No path is an error that says why.
    static func pathOverlay(_ spec: String, _ v: AnalysisView, language: Language, label: (String) -> String) throws -> PathOverlay {
        let ends = spec.dropFirst("path:".count).split(separator: ",", omittingEmptySubsequences: false)
            .map { $0.trimmingCharacters(in: .whitespaces) }
        guard ends.count == 2, !ends[0].isEmpty, !ends[1].isEmpty else {
            throw CLIFailure(DiagnosticText.format(file: nil, "--highlight path: needs two ids, path:FROM,TO (got '\(spec)')"), status: .usage)
        }
        let highlight = "--highlight \(spec)"
        let report = try AnalysisRunner.run(naming: { _ in highlight }) { () throws(AnalysisError) in
            try v.paths(from: ends[0], to: ends[1], mode: .shortest)
        }
        guard let overlay = AnalysisOverlays.path(report, language: language, label: label) else {
            let why = LibraryErrors.withUndirectedHint(report, in: .en).noPath?.reason ?? "no path"
            throw CLIFailure(DiagnosticText.format(file: nil, "--highlight \(spec): no path from '\(ends[0])' to '\(ends[1])' in the view: \(why); nothing drawn"), status: .invalidInput)
        }
        return overlay
    }

    /// Whether the input is drawn as a network: every format AgencyInterop reads except DOT, which
    /// is a drawing rendered as it is (as is standard input, and input whose format cannot be
    /// told) — unless the DOT is a network `convert` wrote (`NetworkInput.isNetwork`).
    static func isNetworkFile(_ path: String) -> Bool {
        NetworkInput.isNetwork(path)
    }

    // MARK: DOT input

    /// Options that apply to networks only are a usage error with DOT input (docs/cli.md).
    private func refuseNetworkOptions() throws {
        let networkOnly: [(String, Bool)] = [
            ("--lang", langOption != nil), ("--cluster-by", clusterByOption != nil),
            ("--weight-means", weightMeansOption != nil), ("--seed", seedOption != nil),
            ("--color-by", colorBy != nil), ("--highlight", !highlight.isEmpty), ("--diff", diff != nil),
            ("--size-by", sizeBy != nil), ("--figure", figure != nil), ("--undirected", undirected), ("--weight", weight != nil),
            ("--diff-at", diffAt != nil), ("--title", title != nil), ("--no-legend", noLegend), ("--whole", whole),
            ("--kinds", view.kinds != nil), ("--edge-types", view.edgeTypes != nil), ("--at", view.at != nil),
            ("--without", !view.without.isEmpty), ("--without-edges", !view.withoutEdges.isEmpty), ("--focus", view.focus != nil),
        ]
        if let used = networkOnly.first(where: \.1) {
            throw CLIFailure(DiagnosticText.format(file: nil, "\(used.0) applies to network files, not to DOT input (a drawing rendered as it is)"), status: .usage)
        }
    }

    /// DOT input: untrusted text, made safe and bounded by the binding (`Graphviz.render(dot:)`:
    /// unsafe values dropped with a warning, RenderLimits, the SVG check), then written.
    private func renderDOT(format outputFormat: OutputFormat) throws {
        let data = try Files.read(input)
        guard let text = String(data: data, encoding: .utf8) else {
            throw CLIFailure(DiagnosticText.format(file: input, "not UTF-8 text; a DOT file is expected"), status: .invalidInput)
        }
        let rendered: RenderOutput
        do {
            rendered = try Graphviz.render(dot: text, engine: LayoutEngine(engine ?? "dot"), format: outputFormat)
        } catch let error as GraphvizError {
            throw failure(for: error)
        }
        for warning in rendered.warnings {
            StandardError.write(DiagnosticText.format(file: input, severity: "warning", warning))
        }
        try Self.checkSVG(rendered.data, format: outputFormat, file: input)
        try Files.write(rendered.data, to: inChildProcess ? "-" : output)
    }

    /// The last check before an SVG is written (TextKit's `SafeSVG`): well-formed, no script, no
    /// event handlers, no link outside the allowlist. A violation is an error; nothing is written.
    static func checkSVG(_ data: [UInt8], format: OutputFormat, file: String?) throws {
        guard format == .svg, let violation = SafeSVG.check(data) else { return }
        throw CLIFailure(DiagnosticText.format(file: file, "the SVG to write failed the safety check (\(violation)); nothing is written"), status: .invalidInput)
    }

    // MARK: Network input

    private func renderNetwork(format outputFormat: OutputFormat) throws {
        let network = try Self.load(input)
        let drawn = try view.apply(to: network)
        // The analysis view of the drawn network, built once and only when an overlay needs it.
        var analysisView: AnalysisView?
        func analysis() throws -> AnalysisView {
            if let analysisView { return analysisView }
            let v = try AnalysisRunner.project(drawn, undirected: undirected, weight: weight, weightMeans: weightMeans,
                                               language: lang)
            analysisView = v
            return v
        }
        if let figure {
            try renderFigure(figure, drawn: drawn, network: network, analysis: analysis, format: outputFormat)
            return
        }
        if !whole, outputFormat.needsLayout, CondensedOverview.isTooLarge(nodes: drawn.nodes.count, edges: drawn.edges.count) {
            try renderCondensed(drawn, network: network, analysis: analysis, format: outputFormat)
            return
        }
        var options = DiagramOptions(language: lang, clusterBy: clusterBy, title: title, showsLegend: !noLegend,
                                     engine: engine.map { LayoutEngine($0) })
        if let diff {
            let other = try Self.load(diff)
            var filter = try view.filter()
            if let diffAt {
                guard let date = PartialDate(parsing: diffAt) else {
                    throw CLIFailure(DiagnosticText.format(file: nil, "--diff-at: '\(diffAt)' is not a date; use YYYY, YYYY-MM or YYYY-MM-DD"), status: .usage)
                }
                filter.at = date
            }
            let base: Network
            do { base = try filter.apply(to: other) } catch {
                throw CLIFailure(DiagnosticText.format(file: diff, LibraryErrors.message(error)), status: .invalidInput)
            }
            var name = URL(fileURLWithPath: diff).lastPathComponent
            if let date = filter.at { name += " (\(date))" }
            options.overlays.append(.diff(DiffOverlay(comparing: drawn, with: base, baseName: name)))
        }
        if let colorBy {
            switch colorBy {
            case "level": options.overlays.append(.color(.byLevel(network, language: lang)))
            case "kind": options.overlays.append(.color(.byKind(network, language: lang)))
            case "community":
                let v = try analysis()
                let report = try AnalysisRunner.run { () throws(AnalysisError) in try v.communities(method: .louvain, resolution: 1, seed: seed) }
                options.overlays.append(.color(AnalysisOverlays.communities(report, seed: seed, language: lang)))
            case "coverage":
                if !drawn.nodes.contains(where: { $0.kind == .objective }) {
                    StandardError.write(DiagnosticText.format(file: nil, severity: "warning", "--color-by coverage: the view has no objectives, so every actor counts 0; keep objective (and instrument) in --kinds"))
                }
                let v = try analysis()
                let report = try AnalysisRunner.run { () throws(AnalysisError) in try v.coverage(CoverageOptions()) }
                options.overlays.append(.color(AnalysisOverlays.coverage(report, drawn: drawn, language: lang)))
            default:
                throw CLIFailure(DiagnosticText.format(file: nil, "--color-by: unknown value '\(colorBy)'; use \(Self.colorValues.joined(separator: ", "))"), status: .usage)
            }
        }
        if let sizeBy {
            guard let measure = CentralityMeasure(rawValue: sizeBy) else {
                throw CLIFailure(DiagnosticText.format(file: nil, "--size-by: unknown measure '\(sizeBy)'; use \(CentralityMeasure.allCases.map(\.rawValue).joined(separator: ", "))"), status: .usage)
            }
            let v = try analysis()
            let report = try AnalysisRunner.run(naming: { $0 == .measures ? "--size-by" : LibraryErrors.flag($0) }) { () throws(AnalysisError) in
                try v.centrality([measure])
            }
            options.overlays.append(.size(AnalysisOverlays.size(report, directed: v.options.directed, language: lang)))
        }
        for spec in highlight {
            if spec == "spof" {
                let v = try analysis()
                let report = try AnalysisRunner.run { () throws(AnalysisError) in try v.singlePointsOfFailure(SPOFOptions(keyPlayers: 0, robustness: false)) }
                options.overlays.append(.highlight(AnalysisOverlays.spof(report, drawn: drawn, language: lang)))
                continue
            }
            if spec.hasPrefix("path:") {
                let label: (String) -> String = { id in drawn.node(withID: id).map { lang.pick($0.acronym) ?? lang.pick($0.name) ?? id } ?? id }
                options.overlays.append(.path(try Self.pathOverlay(spec, try analysis(), language: lang, label: label)))
                continue
            }
            guard spec.hasPrefix("nodes:") else {
                throw CLIFailure(DiagnosticText.format(file: nil, "--highlight: unknown value '\(spec)'; use \(Self.highlightForms)"), status: .usage)
            }
            let ids = spec.dropFirst("nodes:".count).split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
            guard !ids.isEmpty else {
                throw CLIFailure(DiagnosticText.format(file: nil, "--highlight nodes: needs at least one id"), status: .usage)
            }
            options.overlays.append(.highlight(HighlightOverlay(caption: lang.format(.captionHighlighted, ids.joined(separator: ", ")),
                                                                cssClass: "highlight", nodes: ids)))
        }
        let rendered: RenderOutput
        do {
            rendered = try NetworkDiagram.render(drawn, context: network, options: options, format: outputFormat)
        } catch let error as DiagramError {
            if case let .tooLarge(engine, nodes, limit) = error {
                throw CLIFailure(DiagnosticText.format(file: nil, "\(nodes) nodes are too many for '\(engine)' (limit \(limit): its layout time grows roughly quadratically and cannot be interrupted); use --engine sfdp, or draw a smaller view (--kinds, --focus)"), status: .usage)
            }
            throw CLIFailure(DiagnosticText.format(file: nil, error.description), status: .invalidInput)
        } catch let error as GraphvizError {
            throw failure(for: error)
        }
        // Only when boxes were asked for or would have been drawn: a network without levels loses
        // nothing to sfdp's lack of boxes, and a warning about an option never given misleads.
        let boxesMissed = clusterByOption != nil || (clusterBy == .level && CondensedOverview.hasLevels(drawn, context: network))
        if options.clusterBy != .none, boxesMissed, !["dot", "fdp", "neato", "osage", "patchwork"].contains(NetworkDiagram.engine(for: drawn, options: options).rawValue) {
            StandardError.write(DiagnosticText.format(file: nil, severity: "warning", "the \(NetworkDiagram.engine(for: drawn, options: options)) engine does not draw boxes (--cluster-by); use --engine dot or fdp to see them"))
        }
        for warning in rendered.warnings {
            StandardError.write(DiagnosticText.format(file: input, severity: "warning", warning))
        }
        try Self.checkSVG(rendered.data, format: outputFormat, file: input)
        try Files.write(rendered.data, to: inChildProcess ? "-" : output)
    }

    /// A view too large to read as a drawing (``CondensedOverview/isTooLarge(nodes:edges:)``),
    /// drawn condensed: one box per level with `--cluster-by level` (the default) when the view has
    /// levels, else per Louvain community (`--seed`); a note on standard error says what was done.
    private func renderCondensed(_ drawn: Network, network: Network, analysis: () throws -> AnalysisView,
                                 format outputFormat: OutputFormat) throws {
        let label: (String) -> String = { id in network.node(withID: id).map { lang.pick($0.name) ?? lang.pick($0.acronym) ?? id } ?? id }
        let heading = title ?? lang.pick(drawn.title) ?? drawn.id
        var condensed: CondensedNetwork
        let groups: String
        if clusterBy == .level, CondensedOverview.hasLevels(drawn, context: network) {
            condensed = CondensedOverview.byLevel(drawn, context: network, title: heading, language: lang, keepUnplaced: true, label: label)
            groups = "level"
        } else {
            let v = try analysis()
            let report = try AnalysisRunner.run { () throws(AnalysisError) in try v.communities(method: .louvain, resolution: 1, seed: seed) }
            condensed = CondensedOverview.byCommunity(drawn, report, title: heading, language: lang, label: label)
            groups = "Louvain community (seed \(seed))"
        }
        condensed.preferredEngine = engine.map { LayoutEngine($0) }
        let overlays = [("--highlight", !highlight.isEmpty), ("--color-by", colorBy != nil), ("--size-by", sizeBy != nil), ("--diff", diff != nil)]
            .filter(\.1).map(\.0)
        var note = "the view has \(drawn.nodes.count) nodes and \(drawn.edges.count) edges, too many to read as a drawing (more than \(CondensedOverview.maximumNodes) nodes or \(CondensedOverview.maximumEdges) edges): drawn condensed, one box per \(groups) (\(condensed.groups.count) boxes) with its count and the ties between boxes"
        if !overlays.isEmpty { note += "; \(overlays.joined(separator: ", ")) not drawn" }
        note += "; --whole draws every node"
        StandardError.write(DiagnosticText.format(file: input, severity: "note", note))
        let rendered: RenderOutput
        do {
            rendered = try condensed.render(language: lang, showsTitle: true, format: outputFormat)
        } catch let error as GraphvizError {
            throw failure(for: error)
        }
        try Self.checkSVG(rendered.data, format: outputFormat, file: input)
        try Files.write(rendered.data, to: inChildProcess ? "-" : output)
    }

    /// `--figure coverage`: the coverage heatmap of the view instead of the network.
    private func renderFigure(_ figure: String, drawn: Network, network: Network, analysis: () throws -> AnalysisView,
                              format outputFormat: OutputFormat) throws {
        guard figure == "coverage" else {
            throw CLIFailure(DiagnosticText.format(file: nil, "--figure: unknown figure '\(figure)'; use coverage"), status: .usage)
        }
        let overlaysGiven: [(String, Bool)] = [("--highlight", !highlight.isEmpty), ("--color-by", colorBy != nil),
                                               ("--size-by", sizeBy != nil), ("--diff", diff != nil)]
        if let used = overlaysGiven.first(where: \.1) {
            throw CLIFailure(DiagnosticText.format(file: nil, "\(used.0) draws over a network and cannot be used with --figure"), status: .usage)
        }
        let v = try analysis()
        let report = try AnalysisRunner.run { () throws(AnalysisError) in try v.coverage(CoverageOptions()) }
        let heatmap = AnalysisOverlays.coverageHeatmap(report, drawn: drawn, context: network, language: lang, title: title)
        let rendered: RenderOutput
        do {
            rendered = try heatmap.render(format: outputFormat)
        } catch let error as DiagramError {
            throw CLIFailure(DiagnosticText.format(file: nil, error.description), status: .invalidInput)
        } catch let error as GraphvizError {
            throw failure(for: error)
        }
        for warning in rendered.warnings {
            StandardError.write(DiagnosticText.format(file: input, severity: "warning", warning))
        }
        try Self.checkSVG(rendered.data, format: outputFormat, file: input)
        try Files.write(rendered.data, to: inChildProcess ? "-" : output)
    }

    /// Runs this same command in a child process that writes the drawing to its standard output,
    /// and kills it after --timeout seconds: Graphviz cannot be interrupted inside a process.
    /// The child's diagnostics go straight to standard error; its exit status is passed on.
    private func renderInChildProcess(isNetwork: Bool, format outputFormat: OutputFormat) throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath()
        if !FileManager.default.isExecutableFile(atPath: process.executableURL!.path) {
            process.executableURL = URL(fileURLWithPath: CommandLine.arguments[0])
        }
        process.arguments = Array(CommandLine.arguments.dropFirst()) + ["--in-child-process"]
        let out = Pipe()
        process.standardOutput = out
        process.standardError = FileHandle.standardError
        process.standardInput = input == "-" ? FileHandle.standardInput : FileHandle.nullDevice
        // A Graphviz crash in the child is reported by the parent in one line, without the
        // Swift runtime's backtrace.
        var environment = ProcessInfo.processInfo.environment
        environment["SWIFT_BACKTRACE"] = "enable=no"
        process.environment = environment
        let finished = DispatchSemaphore(value: 0)
        process.terminationHandler = { _ in finished.signal() }
        do { try process.run() } catch {
            throw CLIFailure(DiagnosticText.format(file: nil, "cannot start the render process: \(error)"), status: .environment)
        }
        let collected = Collected()
        let read = DispatchSemaphore(value: 0)
        let handle = out.fileHandleForReading
        DispatchQueue.global().async {
            collected.data = handle.readDataToEndOfFile()
            read.signal()
        }
        if finished.wait(timeout: .now() + timeout) == .timedOut {
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
            let advice = isNetwork ? "use --engine sfdp, draw a smaller view (--kinds, --focus), or raise --timeout"
                : "use --engine sfdp, simplify the drawing, or raise --timeout"
            throw CLIFailure(DiagnosticText.format(file: input, "layout and rendering took longer than \(Self.seconds(timeout)) s (--timeout); \(advice)"), status: .invalidInput)
        }
        read.wait()
        guard process.terminationReason == .exit, process.terminationStatus == 0 else {
            if process.terminationReason == .uncaughtSignal {
                throw CLIFailure(DiagnosticText.format(file: input, "Graphviz crashed while laying out or rendering this input (the render process was killed by signal \(process.terminationStatus)); nothing is written\(isNetwork ? "" : "; try another --engine")"), status: .invalidInput)
            }
            throw ExitCode(process.terminationStatus)
        }
        // The child checked its SVG; the parent checks the bytes it actually writes.
        try Self.checkSVG([UInt8](collected.data), format: outputFormat, file: input)
        try Files.write([UInt8](collected.data), to: output)
    }

    private static func seconds(_ x: Double) -> String {
        x == x.rounded() ? String(Int(x)) : String(x)
    }

    /// Loads a network in any format (``AnalysisRunner/load(_:)``); invalid files print their
    /// located errors and exit 1.
    static func load(_ path: String) throws -> Network {
        try AnalysisRunner.load(path)
    }

    private func resolveFormat() throws -> OutputFormat {
        if let format {
            switch format.lowercased() {
            case "dot", "canon", "gv": return .dot
            case "svg", "png", "pdf", "json", "plain": return OutputFormat(format.lowercased())
            default:
                throw CLIFailure(DiagnosticText.format(file: nil, "unknown format '\(format)'; use one of svg, png, pdf, dot, json, plain"), status: .usage)
            }
        }
        if output == "-" { return .svg }
        let ext = URL(fileURLWithPath: output).pathExtension
        guard let f = OutputFormat(fileExtension: ext) else {
            throw CLIFailure(DiagnosticText.format(file: nil, "cannot tell the format from '\(output)'; give --format svg|png|pdf|dot|json|plain"), status: .usage)
        }
        return f
    }

    private func failure(for error: GraphvizError) -> CLIFailure {
        switch error {
        case let .syntax(message, line):
            let lines = message.split(separator: "\n").map { DiagnosticText.format(file: input, line: line, String($0)) }
            return CLIFailure(lines: lines, status: .invalidInput)
        case let .notText(codePoint, line, column):
            return CLIFailure(DiagnosticText.format(file: input, line: line, column: column, "\(codePoint) is not a text character (control characters other than tab, line feed and carriage return are refused)"), status: .invalidInput)
        case .pluginsMissing:
            return CLIFailure(DiagnosticText.format(file: nil, error.description), status: .environment)
        case .unknownEngine, .unknownFormat:
            return CLIFailure(DiagnosticText.format(file: nil, error.description), status: .usage)
        default:
            return CLIFailure(DiagnosticText.format(file: input, error.description), status: .invalidInput)
        }
    }
}

/// Runs a Graphviz query and turns a missing installation into exit status 3 with the fix.
func withEnvironmentCheck<T>(_ body: () throws -> T) throws -> T {
    do {
        return try body()
    } catch let error as GraphvizError {
        throw CLIFailure(DiagnosticText.format(file: nil, error.description), status: .environment)
    }
}

/// Bytes read on another thread, handed over after a semaphore.
private final class Collected: @unchecked Sendable {
    var data = Data()
}

import AgencyModel
import ArgumentParser
import Explorer
import Foundation
import TextKit

/// `agencygraph explore`: one offline HTML page to explore a network (docs/explorer.md).
struct ExploreCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "explore",
        abstract: "Write the network explorer: one self-contained HTML file (drawing, sources, filters, dates, what-if).",
        discussion: """
            The view options choose what the page shows (a neighbourhood, a layer, some kinds, a \
            date), as for render. A view of more than \(ExplorerOptions.SizeLimit.readable.nodes) \
            nodes or \(ExplorerOptions.SizeLimit.readable.edges) edges is refused before any work \
            (a browser would not open its page usefully): narrow the view, or give --whole. Exit \
            codes: 0 written, 1 invalid input (file, unknown hub, a view too large), 2 usage, 3 the \
            output cannot be written or Graphviz is missing. See docs/explorer.md.
            """)

    @Argument(help: "The network, in any format the analyses read (docs/formats.md).")
    var input: String
    @Option(name: [.short, .customLong("output")], help: ArgumentHelp("The HTML file to write.", valueName: "file"))
    var output: String
    @Option(help: "The language the page opens in and of the drawing's labels: fr, nl, en or de (the reader can switch).")
    var lang: Language = .en
    @Option(help: ArgumentHelp("The coordinator: the what-if measures who is cut off from it (else from the largest part).", valueName: "id"))
    var hub: String?
    @Option(name: .customLong("removal-limit"), help: "Precompute every single removal up to this many actors.")
    var removalLimit = ExplorerOptions.defaultRemovalLimit
    @Flag(name: [.customLong("whole"), .customLong("force")], help: "Write the page even when the view has more than \(ExplorerOptions.SizeLimit.readable.nodes) nodes or \(ExplorerOptions.SizeLimit.readable.edges) edges (by default such a view is refused: its page takes minutes to write and a browser does not open it usefully).")
    var whole = false
    @Flag(help: "No progress messages on standard error.") var quiet = false

    @OptionGroup(title: "View options")
    var view: ViewOptions

    func validate() throws {
        if removalLimit < 0 { throw ValidationError("--removal-limit must be 0 or more, not \(removalLimit)") }
    }

    func run() throws {
        let tty = !quiet && isatty(STDERR_FILENO) != 0
        let progress: (@Sendable (String) -> Void)? = tty ? { @Sendable (m: String) -> Void in
            FileHandle.standardError.write(Data("\u{1B}[2K\rexplore: \(m)…".utf8))
        } : nil
        defer { if tty { FileHandle.standardError.write(Data("\u{1B}[2K\r".utf8)) } }
        progress?("reading \(input)")
        let network = try AnalysisRunner.load(input)
        let shown = try view.apply(to: network)
        // What the page offers for a removal it has not precomputed: this tool's own command, on
        // the same view.
        let command = "agencygraph whatif \(Self.quoted(input)) --remove %1" + (hub.map { " --hub \(Self.quoted($0))" } ?? "")
            + viewArguments.map { " " + Self.quoted($0) }.joined()
        let options = ExplorerOptions(language: lang, hub: hub, inputName: input, removalLimit: removalLimit,
                                      whatIfCommand: command, progress: progress, sizeLimit: whole ? nil : .readable)
        let page: String
        do {
            page = try ExplorerDocument.build(network: shown, context: network, options: options).html()
        } catch {
            throw LibraryErrors.failure(error)
        }
        progress?("writing \(output)")
        try Files.write(Array(page.utf8), to: output)
        if !quiet { print("wrote \(output) (\(page.utf8.count) bytes)") }
    }

    /// The view options as given, for the what-if command the page shows.
    private var viewArguments: [String] {
        var arguments: [String] = []
        if let kinds = view.kinds { arguments += ["--kinds", kinds] }
        if let layer = view.layer { arguments += ["--layer", layer] }
        if let types = view.edgeTypes { arguments += ["--edge-types", types] }
        if let at = view.at { arguments += ["--at", at] }
        for ids in view.without { arguments += ["--without", ids] }
        for edge in view.withoutEdges { arguments += ["--without-edges", edge] }
        if let focus = view.focus { arguments += ["--focus", focus, "--radius", String(view.radius)] }
        return arguments
    }

    /// A word for a POSIX shell: as it is when it holds only safe characters, else in single quotes.
    static func quoted(_ word: String) -> String {
        let safe = Set("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_./,:=+@")
        if !word.isEmpty && word.allSatisfy({ safe.contains($0) }) { return word }
        return "'" + word.replacingOccurrences(of: "'", with: "'\\''") + "'"
    }
}

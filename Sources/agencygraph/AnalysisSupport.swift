import AgencyAnalysis
import AgencyInterop
import AgencyModel
import ArgumentParser
import Foundation
import TextKit

/// The input file and how it is projected to a graph: direction and weights (docs/cli.md,
/// "Analysis options").
struct AnalysisArguments: ParsableArguments {
    @Argument(help: "The network: AgencyGraph .yaml/.yml/.json (validated), or .graphml, .gexf, node-link .json, .csv (or the .nodes.csv/.edges.csv pair), .dot/.gv, Pajek .net, an edge list .edges/.edgelist/.txt ('u v [weight]' lines), a neo4j-admin folder (docs/formats.md).")
    var input: String

    @Flag(help: "Ignore edge direction (default: edges are directed; cooperates_with is read both ways).")
    var undirected = false

    @Option(help: ArgumentHelp("Weigh edges by this attribute: weight (default: every edge counts 1 hop).", valueName: "attr"))
    var weight: String?

    @Option(name: .customLong("weight-means"), help: "What --weight means: cost (a larger weight is a longer step) or strength (a strong tie is a short step: length 1/weight).")
    var weightMeans: WeightSemantics = .cost
}

extension WeightSemantics: ExpressibleByArgument {}

/// How results are printed (docs/cli.md, "Output options").
struct OutputOptions: ParsableArguments {
    enum Format: String, CaseIterable, ExpressibleByArgument {
        case table, json, csv, markdown
    }

    @Option(help: "Output format: table (sized to the terminal), json (docs/json-output.md), csv (RFC 4180, one table), markdown.")
    var format: Format = .table

    @Option(help: "Language of names: fr, nl, de or en; a name missing in it falls back to en, fr, nl, de, any, then the id.")
    var lang: Language = .en

    @Option(help: ArgumentHelp("With --format csv: which table to write (default: the first; the names are listed when wrong).", valueName: "name"))
    var table: String?

    @Flag(help: "No progress messages on standard error.")
    var quiet = false

    @Option(name: [.short, .customLong("output")], help: ArgumentHelp("Write to this file instead of standard output.", valueName: "file"))
    var output: String?
}

/// Loads, filters and projects the input once; maps library errors to exit codes.
enum AnalysisRunner {
    /// Loads the input and builds the view a question of `scope` reads: the view options
    /// completed by the scope's defaults (``QuestionScope``), levels read from the whole network
    /// at the view's date.
    static func view(_ arguments: AnalysisArguments, _ view: ViewOptions, _ output: OutputOptions,
                     scope: QuestionScope) throws -> AnalysisView {
        let network = try load(arguments.input)
        let filter = try view.filter(scope: scope, network: network)
        let filtered = try view.apply(filter, to: network)
        return try project(filtered, arguments, language: output.lang, context: context(of: network, at: filter))
    }

    /// The whole network at the filter's date: where a view reads node attributes (levels).
    static func context(of network: Network, at filter: ViewFilter) -> Network {
        filter.at.map { network.snapshot(at: $0) } ?? network
    }

    /// Loads a network in any format AgencyInterop reads (docs/formats.md), printing the import
    /// warnings as `FILE: warning: …`; unreadable or invalid input exits 1 with located errors.
    static func load(_ path: String) throws -> Network {
        let input: ImportResult
        do {
            input = try NetworkInput.load(path)
        } catch {
            throw CLIFailure(lines: error.lines, status: .invalidInput)
        }
        for warning in input.warnings {
            StandardError.write(DiagnosticText.format(file: path, severity: "warning", warning))
        }
        return input.network
    }

    static func project(_ network: Network, _ arguments: AnalysisArguments, _ output: OutputOptions) throws -> AnalysisView {
        try project(network, arguments, language: output.lang)
    }

    static func project(_ network: Network, _ arguments: AnalysisArguments, language: Language,
                        context: Network? = nil) throws -> AnalysisView {
        try project(network, undirected: arguments.undirected, weight: arguments.weight,
                    weightMeans: arguments.weightMeans, language: language, context: context)
    }

    /// Projects an already filtered network with the analysis options given one by one (for
    /// commands such as `render` whose input argument is not ``AnalysisArguments``'s).
    static func project(_ network: Network, undirected: Bool, weight attribute: String?, weightMeans: WeightSemantics,
                        language: Language, context: Network? = nil) throws -> AnalysisView {
        var weight: WeightSpec?
        if let attribute {
            guard let spec = WeightSpec(attribute: attribute, semantics: weightMeans) else {
                throw CLIFailure(DiagnosticText.format(file: nil, "--weight: unknown edge attribute '\(attribute)'; use \(WeightSpec.attributes.joined(separator: ", "))"), status: .usage)
            }
            weight = spec
        }
        let options = AnalysisOptions(directed: !undirected, weight: weight,
                                      languages: language.fallbackOrder)
        return try run { () throws(AnalysisError) in try AnalysisView(network: network, options: options, context: context) }
    }

    /// Runs a library call, turning its error into a CLI failure that names the option at fault
    /// (``LibraryErrors/failure(_:naming:)``; `name` overrides the usual option of a parameter).
    static func run<T>(naming name: (AnalysisParameter) -> String = LibraryErrors.flag,
                       _ body: () throws(AnalysisError) -> T) throws -> T {
        do {
            return try body()
        } catch {
            throw failure(error, naming: name)
        }
    }

    static func failure(_ error: AnalysisError, naming name: (AnalysisParameter) -> String = LibraryErrors.flag) -> CLIFailure {
        LibraryErrors.failure(error, naming: name)
    }

    /// A progress reporter: messages on standard error when it is a terminal and not `--quiet`.
    static func progress(_ output: OutputOptions) -> (@Sendable (String) -> Void)? {
        guard !output.quiet, isatty(STDERR_FILENO) != 0 else { return nil }
        return { message in FileHandle.standardError.write(Data("\u{1B}[2K\r\(message)…".utf8)) }
    }

    static func endProgress(_ output: OutputOptions) {
        if !output.quiet, isatty(STDERR_FILENO) != 0 { FileHandle.standardError.write(Data("\u{1B}[2K\r".utf8)) }
    }
}

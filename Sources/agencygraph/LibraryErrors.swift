import AgencyAnalysis
import AgencyModel
import Briefing
import Explorer
import TextKit

/// Library errors in the tool's words. The libraries name what is wrong in their own terms
/// (``AnalysisParameter``, ``ViewFilter/Field``, ``BriefingOptions/Field``); here each case becomes a
/// message naming the option the user typed, with the exit status of docs/cli.md: an id not in
/// the view, or a view the question cannot handle, is invalid input (1); a value outside its
/// domain is a usage error (2).
enum LibraryErrors {
    /// A reading limit's diagnostic with `validate`'s option that raises it (the library names
    /// the environment variable only).
    static func withOption(_ diagnostic: Diagnostic) -> Diagnostic {
        let addition: String
        switch diagnostic.code {
        case "too-many-nodes": addition = "; so does --max-nodes N"
        case "too-many-edges": addition = "; so does --max-edges N"
        case "file-too-large": addition = "; raise it with --max-file-size MIB (or \(InputLimits.maximumFileSizeVariable)=MIB)"
        default: return diagnostic
        }
        var result = diagnostic
        result.message += addition
        return result
    }

    /// The option (or argument) of the analysis commands that gives each parameter.
    static func flag(_ parameter: AnalysisParameter) -> String {
        switch parameter {
        case .from: return "from"
        case .to: return "to"
        case .hub: return "--hub"
        case .group: return "--group"
        case .cutFrom: return "--cut-from"
        case .cutTo: return "--cut-to"
        case .remove: return "--remove"
        case .addEdges: return "--add-edge"
        case .measures: return "--measure"
        case .top: return "--top"
        case .min: return "--min"
        case .maxHops: return "--max-hops"
        case .resolution: return "--resolution"
        case .k: return "--k"
        case .keyPlayers: return "--key-players"
        case .sample: return "--sample"
        }
    }

    /// The message and exit status of an analysis error; `name` gives the option for a parameter
    /// (commands that pass a parameter from another option, such as `render --highlight path:A,B`,
    /// give their own).
    static func failure(_ error: AnalysisError, naming name: (AnalysisParameter) -> String = flag) -> CLIFailure {
        func usage(_ message: String) -> CLIFailure { CLIFailure(DiagnosticText.format(file: nil, message), status: .usage) }
        func invalid(_ message: String) -> CLIFailure { CLIFailure(DiagnosticText.format(file: nil, message), status: .invalidInput) }
        switch error {
        case let .unknownNode(id, parameter, suggestion):
            return invalid("\(name(parameter)): no node '\(id)' in the view" + didYouMean(suggestion))
        case let .invalidSelector(expression, parameter):
            let prefix = expression.split(separator: ":", maxSplits: 1).first.map(String.init) ?? expression
            return usage("\(name(parameter)): '\(prefix):' is not a selector; use ID, kind:KIND, level:LEVEL or tag:TAG")
        case let .emptySelection(expression, parameter):
            return usage("\(name(parameter)): '\(expression)' selects no node in the view")
        case let .outOfRange(parameter, value, allowed):
            return usage("\(name(parameter)) must be \(allowed), not \(value)")
        case let .missingCompanion(parameter, needs):
            return usage("\(name(parameter)) needs \(name(needs)): they go together")
        case let .empty(parameter):
            return usage("\(name(parameter)): give at least one" + (parameter == .measures ? " measure" : " value"))
        case .emptyScenario:
            return usage("nothing to try: give \(name(.remove)) ID or \(name(.addEdges)) FROM,TO,TYPE")
        case let .hubRemoved(hub):
            return usage("\(name(.hub)) \(hub) is removed by the scenario; choose another hub")
        case let .unknownEdgeType(type, parameter, allowed):
            return usage("\(name(parameter)): unknown type '\(type)'; use \(allowed.joined(separator: ", ")) or x-…")
        case let .needsDirectedView(measure):
            return usage("\(name(.measures)) \(measure.rawValue) needs a directed view (drop --undirected)")
        case let .measureFailed(measure, reason, directed):
            return invalid("\(measure.rawValue): \(reason)" + (directed ? "; try --undirected" : ""))
        case .input(let text):
            // Messages from readers already carry `FILE: ` or `FILE:LINE:COL: error:`.
            let lines = text.split(separator: "\n").map(String.init)
            if let first = lines.first, first.contains(": error: ") || first.hasPrefix("error: ") {
                return CLIFailure(lines: lines, status: .invalidInput)
            }
            return CLIFailure(lines: lines.enumerated().map { $0.offset == 0 ? "error: " + $0.element : $0.element }, status: .invalidInput)
        case .graph(let text):
            return invalid(text)
        }
    }

    /// The view option that gives each filter field.
    static func flag(_ field: ViewFilter.Field) -> String {
        switch field {
        case .withoutNodes: return "--without"
        case .withoutEdges: return "--without-edges"
        case .focus: return "--focus"
        }
    }

    /// The message of a view-filter error (``ViewOptions/apply(to:)``), without its status.
    static func message(_ error: ViewFilterError) -> String {
        switch error {
        case let .unknownNode(id, field, suggestion):
            return "\(flag(field)): no node '\(id)' in the network" + didYouMean(suggestion)
        case let .noSuchEdge(selector):
            return "\(flag(.withoutEdges)): no edge \(selector) in the network"
        case let .focusFilteredOut(id):
            return "\(flag(.focus)): '\(id)' is not in the view (removed by --kinds, --at or \(flag(.withoutNodes)))"
        case let .negativeRadius(radius):
            return "--radius must be 0 or more, not \(radius)"
        case let .unknownLayer(name, suggestion, available):
            return "--layer: no layer '\(name)' in the network" + didYouMean(suggestion)
                + "; its layers: \(available.joined(separator: ", ")), or all"
        }
    }

    /// A view-filter error: a negative radius is a usage error, an id not in the network invalid input.
    static func failure(_ error: ViewFilterError, file: String? = nil) -> CLIFailure {
        let status: ExitStatus
        if case .negativeRadius = error { status = .usage } else { status = .invalidInput }
        return CLIFailure(DiagnosticText.format(file: file, message(error)), status: status)
    }

    /// A briefing error: the `brief` command's options for the briefing's fields and the analyses' parameters.
    static func failure(_ error: BriefingError) -> CLIFailure {
        switch error {
        case let .unknownNode(id, option, suggestion):
            let name = option == .hub ? "--hub" : "--scenario"
            return CLIFailure(DiagnosticText.format(file: nil, "\(name): no node '\(id)' in the view" + didYouMean(suggestion)),
                              status: .invalidInput)
        case .unsafeOutput:
            return CLIFailure(DiagnosticText.format(file: nil, error.description), status: .invalidInput)
        case .analysis(let error):
            // The briefing passes its hub and its scenarios' removed nodes to the analyses.
            return failure(error) { parameter in
                switch parameter {
                case .remove: return "--scenario"
                default: return flag(parameter)
                }
            }
        }
    }

    /// An explorer error: `--hub` for the hub, the analyses' parameters, exit 1 for a drawing
    /// or page the gate refuses (nothing is written).
    static func failure(_ error: ExplorerError) -> CLIFailure {
        switch error {
        case let .unknownNode(id, _, suggestion):
            return CLIFailure(DiagnosticText.format(file: nil, "--hub: no actor '\(id)' in the view" + didYouMean(suggestion)),
                              status: .invalidInput)
        case .analysis(let error):
            return failure(error)
        case .drawing(let message):
            return CLIFailure(DiagnosticText.format(file: nil, "the drawing failed: \(message)"), status: .invalidInput)
        case .unsafeMarkup(let message):
            return CLIFailure(DiagnosticText.format(file: nil, "the page failed the markup safety check (\(message)); nothing is written"),
                              status: .invalidInput)
        case let .tooLarge(nodes, edges, limit):
            return CLIFailure(DiagnosticText.format(file: nil, "the view has \(nodes) nodes and \(edges) edges, more than an explorer page opens usefully in a browser (at most \(limit.nodes) nodes and \(limit.edges) edges); nothing is written. Explore a part of it (--focus ID --radius N, --layer NAMES, --kinds KINDS, --at DATE), or give --whole to write it anyway"),
                              status: .invalidInput)
        }
    }

    /// A path report as the `path` command prints it: the library says the ends are joined only
    /// against the edges' direction; the tool says which option reads the view undirected, in
    /// `language` (tables show it after the reason in their language; JSON keeps English).
    static func withUndirectedHint(_ report: PathReport, in language: Language) -> PathReport {
        guard report.isBlockedByDirection else { return report }
        var report = report
        report.noPath?.reason += "; " + language.format(.tableTryOption, "--undirected")
        return report
    }

    private static func didYouMean(_ suggestion: String?) -> String {
        suggestion.map { " (did you mean '\($0)'?)" } ?? ""
    }
}

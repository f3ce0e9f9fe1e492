import AgencyModel
import ArgumentParser

/// The view options every command that reads a network shares (docs/cli.md, "View options").
/// They build an ``AgencyModel/ViewFilter``; direction and weights are analysis options.
struct ViewOptions: ParsableArguments {
    @Option(help: ArgumentHelp("Node kinds to keep, comma-separated: agency, level, body, group, objective, instrument, or x-… (default: all).", valueName: "kinds"))
    var kinds: String?

    @Option(name: .customLong("edge-types"), help: ArgumentHelp("Edge types to keep, comma-separated, e.g. coordinates,informs (default: all).", valueName: "types"))
    var edgeTypes: String?

    @Option(help: ArgumentHelp("Keep only the nodes and edges valid at this date: YYYY, YYYY-MM or YYYY-MM-DD.", valueName: "date"))
    var at: String?

    @Option(help: ArgumentHelp("Remove these nodes: ids, comma-separated; repeatable.", valueName: "ids"))
    var without: [String] = []

    @Option(name: .customLong("without-edges"), help: ArgumentHelp("Remove the edges FROM,TO or FROM,TO,TYPE; repeatable.", valueName: "edge"))
    var withoutEdges: [String] = []

    @Option(help: ArgumentHelp("Keep only the neighbourhood of this node (edges read both ways).", valueName: "id"))
    var focus: String?

    @Option(help: ArgumentHelp("With --focus: how many edges away the view reaches.", valueName: "n"))
    var radius: Int = 1

    /// The filter these options describe; bad values are usage errors that list what is allowed.
    func filter() throws -> ViewFilter {
        var filter = ViewFilter()
        filter.kinds = try kinds.map {
            try Self.names($0, option: "--kinds", make: NodeKind.init(rawValue:), isKnown: \.isKnown,
                           allowed: NodeKind.builtIn.map(\.rawValue))
        }
        filter.edgeTypes = try edgeTypes.map {
            try Self.names($0, option: "--edge-types", make: EdgeType.init(rawValue:), isKnown: \.isKnown,
                           allowed: EdgeType.builtIn.map(\.rawValue))
        }
        if let at {
            guard let date = PartialDate(parsing: at) else {
                throw CLIFailure(DiagnosticText.format(file: nil, "--at: '\(at)' is not a date; use YYYY, YYYY-MM or YYYY-MM-DD"), status: .usage)
            }
            filter.at = date
        }
        filter.withoutNodes = Set(without.flatMap(Self.list))
        for text in withoutEdges {
            guard let selector = EdgeSelector(parsing: text) else {
                throw CLIFailure(DiagnosticText.format(file: nil, "--without-edges: '\(text)' is not FROM,TO or FROM,TO,TYPE"), status: .usage)
            }
            filter.withoutEdges.append(selector)
        }
        filter.focus = focus
        filter.radius = radius
        return filter
    }

    /// Applies the filter to a loaded network; unknown ids are invalid input (exit 1) with a hint.
    func apply(to network: Network) throws -> Network {
        let filter = try filter()
        do {
            return try filter.apply(to: network)
        } catch {
            throw LibraryErrors.failure(error)
        }
    }

    /// Parses a comma-separated list of kinds or types; an unknown one is a usage error listing the allowed ones.
    private static func names<T: Hashable>(_ text: String, option: String, make: (String) -> T,
                                           isKnown: (T) -> Bool, allowed: [String]) throws -> Set<T> {
        var set = Set<T>()
        for name in list(text) {
            let value = make(name)
            guard isKnown(value) else {
                throw CLIFailure(DiagnosticText.format(file: nil, "\(option): unknown value '\(name)'; use \(allowed.joined(separator: ", ")) or x-…"), status: .usage)
            }
            set.insert(value)
        }
        return set
    }

    private static func list(_ text: String) -> [String] {
        text.split(separator: ",").map { String($0).filter { $0 != " " } }.filter { !$0.isEmpty }
    }
}

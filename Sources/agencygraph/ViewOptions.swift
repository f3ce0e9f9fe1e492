import AgencyAnalysis
import AgencyModel
import ArgumentParser

/// The view options every command that reads a network shares (docs/cli.md, "View options").
/// They build an ``AgencyModel/ViewFilter``; direction and weights are analysis options.
struct ViewOptions: ParsableArguments {
    @Option(help: ArgumentHelp("Node kinds to keep, comma-separated: agency, level, body, group, objective, instrument, x-…, or all (default: the question's, see docs/cli.md#layers).", valueName: "kinds"))
    var kinds: String?

    @Option(help: ArgumentHelp("Relation layers to keep, comma-separated: coordination, structure, policy, the network's own, or all (default: the question's, see docs/cli.md#layers).", valueName: "layers"))
    var layer: String?

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

    /// The filter these options describe, completed by `scope`'s defaults for what the options
    /// leave open (``QuestionScope/completing(_:for:)``); `all` for `--kinds` or `--layer` keeps
    /// everything. Bad values are usage errors that list what is allowed.
    func filter(scope: QuestionScope?, network: Network) throws -> ViewFilter {
        var filter = try filter()
        if let scope { filter = scope.completing(filter, for: network) }
        if Self.isAll(kinds) { filter.kinds = nil }
        if Self.isAll(layer) { filter.layers = nil }
        return filter
    }

    private static func isAll(_ text: String?) -> Bool {
        text.map { list($0) == ["all"] } ?? false
    }

    /// The filter these options describe, without defaults; bad values are usage errors that list what is allowed.
    func filter() throws -> ViewFilter {
        var filter = ViewFilter()
        filter.kinds = try kinds.flatMap { Self.isAll($0) ? nil : $0 }.map {
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
        if let layer, !Self.isAll(layer) {
            let names = Self.list(layer)
            guard !names.isEmpty else {
                throw CLIFailure(DiagnosticText.format(file: nil, "--layer: no layer named; use a layer name or all"), status: .usage)
            }
            filter.layers = Set(names)
        }
        return filter
    }

    /// Applies the filter (with `scope`'s defaults, when given) to a loaded network; unknown ids
    /// and layers are invalid input (exit 1) with a hint.
    func apply(to network: Network, scope: QuestionScope? = nil) throws -> Network {
        try apply(try filter(scope: scope, network: network), to: network)
    }

    /// Applies `filter`; unknown ids and layers are invalid input (exit 1) with a hint.
    func apply(_ filter: ViewFilter, to network: Network) throws -> Network {
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

/// A parameter of the analysis API, named as a Swift caller writes it, so that an error can say
/// which value is wrong and a front end (the command-line tool) can name it in its own terms.
public enum AnalysisParameter: String, Sendable, Equatable, CaseIterable, CustomStringConvertible {
    /// ``AnalysisView/paths(from:to:mode:)``'s ends.
    case from, to
    /// `hub` of ``CoverageOptions``, ``SPOFOptions`` and ``AnalysisView/whatIf(_:hub:)``.
    case hub
    /// ``AnalysisView/centrality(_:top:kinds:group:katzAlpha:progress:)``'s `group`.
    case group
    /// ``SPOFOptions/cutFrom`` and ``SPOFOptions/cutTo``.
    case cutFrom, cutTo
    /// ``Scenario/remove`` and ``Scenario/addEdges``.
    case remove = "scenario.remove", addEdges = "scenario.addEdges"
    /// The measures of ``AnalysisView/centrality(_:top:kinds:group:katzAlpha:progress:)``.
    case measures
    /// `top` of centrality and brokerage.
    case top
    /// ``CoverageOptions/min`` and ``CoverageOptions/maxHops``.
    case min, maxHops
    /// The resolution of ``AnalysisView/communities(method:resolution:seed:)``.
    case resolution
    /// The `k` of ``PathMode/kShortest(_:)``.
    case k
    /// ``SPOFOptions/keyPlayers``.
    case keyPlayers
    /// ``BetweennessSample/pivots``: the number of sources betweenness is estimated from.
    case sample = "betweennessSample.pivots"

    public var description: String { rawValue }
}

/// Why an analysis cannot answer, with a message a person can act on.
///
/// Messages speak the library's terms (parameters as a Swift caller names them, see
/// ``AnalysisParameter``); a front end maps each case to its own words, as the `agencygraph` tool
/// maps them to its options.
public enum AnalysisError: Error, Equatable, Sendable, CustomStringConvertible {
    /// An id given for `parameter` that is not a node of the view, with the closest id when there is one.
    case unknownNode(id: String, parameter: AnalysisParameter, suggestion: String?)
    /// A node-set expression (``AnalysisView/select(_:for:)``) whose prefix is not `kind:`, `level:` or `tag:`.
    case invalidSelector(String, parameter: AnalysisParameter)
    /// A node-set expression that selects no node of the view.
    case emptySelection(String, parameter: AnalysisParameter)
    /// A value outside its domain: the parameter, the value given and what is allowed
    /// (e.g. "1 or more").
    case outOfRange(AnalysisParameter, value: String, allowed: String)
    /// A parameter given without the one it goes with (``SPOFOptions/cutFrom`` and ``SPOFOptions/cutTo``).
    case missingCompanion(AnalysisParameter, needs: AnalysisParameter)
    /// A list that must not be empty (e.g. the centrality measures).
    case empty(AnalysisParameter)
    /// A ``Scenario`` that removes no node and adds no edge.
    case emptyScenario
    /// The hub of ``AnalysisView/whatIf(_:hub:)`` is one of the nodes the scenario removes.
    case hubRemoved(String)
    /// An added edge whose type is neither built in nor an `x-…` extension; `allowed` lists the built-in types.
    case unknownEdgeType(String, parameter: AnalysisParameter, allowed: [String])
    /// A measure that exists only on a directed view (`in-degree`, `out-degree`) asked of an undirected one.
    case needsDirectedView(CentralityMeasure)
    /// GraphCore could not compute a centrality measure (e.g. no convergence); `directed` says
    /// whether the view was directed (an undirected view often converges).
    case measureFailed(CentralityMeasure, reason: String, directed: Bool)
    /// An input file could not be read or parsed; the message names the file (and line when known).
    case input(String)
    /// GraphCore refused the graph or the question (message from GraphCore).
    case graph(String)

    public var description: String {
        switch self {
        case let .unknownNode(id, parameter, suggestion):
            return "\(parameter) '\(id)' is not a node of the view" + (suggestion.map { "; did you mean '\($0)'?" } ?? "")
        case let .invalidSelector(expression, parameter):
            return "\(parameter) '\(expression)' is not a node set; use ID, kind:KIND, level:LEVEL or tag:TAG"
        case let .emptySelection(expression, parameter):
            return "\(parameter) '\(expression)' selects no node of the view"
        case let .outOfRange(parameter, value, allowed):
            return "\(parameter) must be \(allowed), not \(value)"
        case let .missingCompanion(parameter, needs):
            return "\(parameter) needs \(needs) as well: they go together"
        case let .empty(parameter):
            return "\(parameter) is empty: give at least one"
        case .emptyScenario:
            return "the scenario changes nothing: give nodes to remove or edges to add"
        case let .hubRemoved(hub):
            return "hub '\(hub)' is removed by the scenario; choose another hub"
        case let .unknownEdgeType(type, parameter, allowed):
            return "\(parameter): unknown edge type '\(type)'; use \(allowed.joined(separator: ", ")) or x-…"
        case let .needsDirectedView(measure):
            return "\(measure.rawValue) centrality needs a directed view (AnalysisOptions.directed)"
        case let .measureFailed(measure, reason, directed):
            return "\(measure.rawValue): \(reason)" + (directed ? "; an undirected view (AnalysisOptions.directed false) may converge" : "")
        case let .input(text), let .graph(text):
            return text
        }
    }
}

/// Why an analysis cannot answer, with a message a person can act on.
public enum AnalysisError: Error, Equatable, Sendable, CustomStringConvertible {
    /// An id that is not a node of the view, with the closest id when there is one.
    case unknownNode(String, role: String, suggestion: String?)
    /// An argument outside its domain.
    case invalidArgument(String)
    /// An input file could not be read or parsed; the message names the file (and line when known).
    case input(String)
    /// GraphCore refused the graph or the question (message from GraphCore).
    case graph(String)

    public var description: String {
        switch self {
        case let .unknownNode(id, role, suggestion):
            return "\(role): no node '\(id)' in the view" + (suggestion.map { " (did you mean '\($0)'?)" } ?? "")
        case let .invalidArgument(text), let .input(text), let .graph(text):
            return text
        }
    }
}


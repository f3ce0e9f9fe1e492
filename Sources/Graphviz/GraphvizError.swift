/// An error from the Graphviz module, carrying Graphviz's own text where there is one.
///
/// Every message Graphviz emits while a call runs is captured (never printed to stderr) and ends
/// up either in one of these errors or in ``RenderOutput/warnings``.
public enum GraphvizError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The DOT text could not be parsed. `line` is Graphviz's line number (1-based) when it gave one.
    case syntax(message: String, line: Int?)
    /// The layout engine is not one the installed Graphviz provides.
    case unknownEngine(String, available: [String])
    /// The output format is not one the installed Graphviz provides.
    case unknownFormat(String, available: [String])
    /// Layout failed; `message` is Graphviz's text.
    case layoutFailed(engine: String, message: String)
    /// Rendering failed; `message` is Graphviz's text.
    case renderFailed(format: String, message: String)
    /// The Graphviz installation cannot lay out or render anything: its plugins did not load.
    case pluginsMissing(kind: String, fix: String)
    /// An attribute name that Graphviz does not know, or one this module refuses (e.g. `image`,
    /// which reads files from disk).
    case invalidAttributeName(String, reason: String)
    /// An attribute value refused before it reached Graphviz (e.g. a `javascript:` URL, a quote in
    /// a font name), because Graphviz would write it into SVG unescaped.
    case invalidAttributeValue(name: String, value: String, reason: String)
    /// The graph description is inconsistent (e.g. an empty node id).
    case invalidGraph(String)
    /// The DOT text holds a scalar that is not text under TextKit's rule (a control character
    /// other than tab, line feed and carriage return, DEL, C1, U+FFFE/U+FFFF), at this 1-based
    /// line and column (in scalars).
    case notText(codePoint: String, line: Int, column: Int)
    /// A DOT value above one of ``RenderLimits`` (e.g. `peripheries=9999999`), refused before layout.
    case limitExceeded(object: String, attribute: String, value: String, limit: String)
    /// The rendered output is larger than ``RenderLimits/maximumOutputBytes``.
    case outputTooLarge(bytes: Int, limit: Int)
    /// The rendered SVG failed the last check (`TextKit.SafeSVG`): not well-formed, or markup that
    /// could run. Nothing is returned.
    case unsafeOutput(String)

    public var description: String {
        switch self {
        case let .syntax(message, line):
            if let line { return "syntax error in line \(line): \(message)" }
            return "syntax error: \(message)"
        case let .unknownEngine(name, available):
            return "unknown layout engine '\(name)'; available: \(available.joined(separator: ", "))"
        case let .unknownFormat(name, available):
            return "unknown output format '\(name)'; available: \(available.joined(separator: ", "))"
        case let .layoutFailed(engine, message):
            return "layout with '\(engine)' failed: \(message)"
        case let .renderFailed(format, message):
            return "rendering to '\(format)' failed: \(message)"
        case let .pluginsMissing(kind, fix):
            return "Graphviz has no \(kind) plugins loaded. \(fix)"
        case let .invalidAttributeName(name, reason):
            return "attribute '\(name)' refused: \(reason)"
        case let .invalidAttributeValue(name, value, reason):
            return "value \(String(reflecting: value)) of attribute '\(name)' refused: \(reason)"
        case let .invalidGraph(message):
            return "invalid graph: \(message)"
        case let .notText(codePoint, line, column):
            return "line \(line), column \(column): \(codePoint) is not a text character (control characters other than tab, line feed and carriage return are refused)"
        case let .limitExceeded(object, attribute, value, limit):
            return "\(object): \(attribute)=\(value) is above the limit of \(limit) (values that multiply Graphviz's work or output are capped)"
        case let .outputTooLarge(bytes, limit):
            return "the rendered output would be \(bytes) bytes, more than the limit of \(limit) bytes"
        case let .unsafeOutput(message):
            return "the rendered SVG was refused by the safety check (\(message)); nothing is written"
        }
    }
}

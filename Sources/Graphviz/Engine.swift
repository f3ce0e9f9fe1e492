/// A Graphviz layout engine, by name. The common ones are constants; any other name is passed to
/// Graphviz, which reports it as unknown if it has no such plugin.
public struct LayoutEngine: RawRepresentable, Hashable, Sendable, CustomStringConvertible {
    public let rawValue: String
    public init(rawValue: String) { self.rawValue = rawValue }
    /// Names an engine; Graphviz checks the name when a layout runs (an unknown one throws then).
    public init(_ name: String) { self.rawValue = name }

    /// Hierarchical layout for directed graphs (draws clusters and ranks).
    public static let dot = LayoutEngine("dot")
    /// Spring model (stress majorisation).
    public static let neato = LayoutEngine("neato")
    /// Force-directed (Fruchterman–Reingold), draws clusters.
    public static let fdp = LayoutEngine("fdp")
    /// Multiscale force-directed, for large graphs.
    public static let sfdp = LayoutEngine("sfdp")
    /// Circular layout.
    public static let circo = LayoutEngine("circo")
    /// Radial layout.
    public static let twopi = LayoutEngine("twopi")
    /// Packs clusters as squares.
    public static let osage = LayoutEngine("osage")
    /// Tree map of clusters.
    public static let patchwork = LayoutEngine("patchwork")

    /// The engines this module documents and tests.
    public static let standard: [LayoutEngine] = [.dot, .neato, .fdp, .sfdp, .circo, .twopi, .osage, .patchwork]

    public var description: String { rawValue }
}

/// An output format, by Graphviz's name (`-T` value).
public struct OutputFormat: RawRepresentable, Hashable, Sendable, CustomStringConvertible {
    public let rawValue: String
    public init(rawValue: String) { self.rawValue = rawValue }
    /// Names a format by its `-T` value; Graphviz checks the name when it renders.
    public init(_ name: String) { self.rawValue = name }

    /// SVG, checked by TextKit's `SafeSVG` gate before it is returned.
    public static let svg = OutputFormat("svg")
    /// A PNG bitmap (cairo renderer).
    public static let png = OutputFormat("png")
    /// A PDF document (cairo renderer).
    public static let pdf = OutputFormat("pdf")
    /// Canonical DOT of the graph as given (no layout positions): for people to edit.
    public static let dot = OutputFormat("canon")
    /// DOT with the layout's positions (`pos`, `bb`, …) added.
    public static let layoutDOT = OutputFormat("dot")
    /// Graphviz's JSON with layout positions.
    public static let json = OutputFormat("json")
    /// Graphviz's plain-text layout description.
    public static let plain = OutputFormat("plain")

    /// Whether the format needs a layout before rendering.
    public var needsLayout: Bool { rawValue != "canon" }

    /// Whether the bytes are text (UTF-8).
    public var isText: Bool { !["png", "pdf", "gif", "jpg", "jpeg", "bmp", "webp", "ps", "eps"].contains(rawValue) }

    /// The format for a file name's extension (`svg`, `png`, `pdf`, `dot`/`gv`, `json`, `txt`/`plain`).
    public init?(fileExtension ext: String) {
        switch ext.lowercased() {
        case "svg": self = .svg
        case "png": self = .png
        case "pdf": self = .pdf
        case "dot", "gv": self = .dot
        case "json": self = .json
        case "plain", "txt": self = .plain
        default: return nil
        }
    }

    public var description: String { rawValue == "canon" ? "dot" : rawValue }
}

/// What a render produced: the bytes and any warnings Graphviz emitted while producing them.
public struct RenderOutput: Sendable, Equatable {
    /// The rendered bytes, exactly as Graphviz wrote them (UTF-8 for text formats).
    public var data: [UInt8]
    /// Graphviz's warnings (one per line), captured instead of printed.
    public var warnings: [String]

    /// The bytes as UTF-8 text (for text formats).
    public var text: String { String(decoding: data, as: UTF8.self) }
}

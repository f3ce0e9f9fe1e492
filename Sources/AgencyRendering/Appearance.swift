import AgencyModel
import Graphviz

/// How one node kind is drawn: a shape, a fill colour and extra style flags.
///
/// Shapes differ per kind so that kinds stay apart in greyscale print; fills are light tints
/// (dark text stays legible on them) from the Okabe–Ito palette.
public struct KindAppearance: Sendable, Equatable {
    /// The node shape, distinct per built-in kind so kinds stay apart in greyscale.
    public var shape: Shape
    /// The fill colour, a light `#rrggbb` tint on which dark label text stays legible.
    public var fill: String
    /// Graphviz style flags (`filled` always, `rounded` for agencies).
    public var style: [Style]

    /// The appearance of `kind`. Custom (`x-`) kinds share one appearance.
    public static func of(_ kind: NodeKind) -> KindAppearance {
        switch kind {
        case .agency: return KindAppearance(shape: .box, fill: "#D6E9F8", style: [.rounded, .filled])
        case .level: return KindAppearance(shape: .tab, fill: "#EEEEEE", style: [.filled])
        case .body: return KindAppearance(shape: .ellipse, fill: "#FBE3C2", style: [.filled])
        case .group: return KindAppearance(shape: .hexagon, fill: "#F6DCEB", style: [.filled])
        case .objective: return KindAppearance(shape: .octagon, fill: "#D2F0E6", style: [.filled])
        case .instrument: return KindAppearance(shape: .note, fill: "#FFF6C8", style: [.filled])
        default: return KindAppearance(shape: .component, fill: "#E4E4E4", style: [.filled])
        }
    }
}

/// How one edge type is drawn: a colour from the Okabe–Ito palette (safe for the common forms
/// of colour blindness), a line style and an arrowhead.
///
/// No two built-in types share both line style and arrowhead, so the types stay distinct in
/// greyscale; the colour only adds to that.
public struct TypeAppearance: Sendable, Equatable {
    /// The line colour, `#rrggbb` from ``OkabeIto``.
    public var color: String
    /// The line style flags (`solid`, `dashed`, `dotted`, `bold`): with ``arrowhead``, what tells the
    /// types apart without colour.
    public var style: [Style]
    /// Graphviz's `arrowhead` name.
    public var arrowhead: String
    /// Whether the edge is drawn without direction (symmetric types).
    public var undirected: Bool
    /// Line width in points.
    public var penwidth: Double

    /// The appearance of `type`. Custom (`x-`) types share one appearance.
    public static func of(_ type: EdgeType) -> TypeAppearance {
        switch type {
        case .coordinates: return TypeAppearance(color: OkabeIto.blue, style: [.bold], arrowhead: "normal", undirected: false, penwidth: 2.2)
        case .memberOf: return TypeAppearance(color: OkabeIto.reddishPurple, style: [.solid], arrowhead: "odot", undirected: false, penwidth: 1.2)
        case .partOf: return TypeAppearance(color: OkabeIto.black, style: [.solid], arrowhead: "odiamond", undirected: false, penwidth: 1.2)
        case .operatesAt: return TypeAppearance(color: OkabeIto.grey, style: [.dotted], arrowhead: "empty", undirected: false, penwidth: 1)
        case .reportsTo: return TypeAppearance(color: OkabeIto.vermillion, style: [.solid], arrowhead: "vee", undirected: false, penwidth: 1.4)
        case .informs: return TypeAppearance(color: OkabeIto.skyBlue, style: [.dashed], arrowhead: "vee", undirected: false, penwidth: 1.6)
        case .contributesTo: return TypeAppearance(color: OkabeIto.bluishGreen, style: [.dashed], arrowhead: "onormal", undirected: false, penwidth: 0.8)
        case .implements: return TypeAppearance(color: OkabeIto.orange, style: [.dashed], arrowhead: "normal", undirected: false, penwidth: 1.4)
        case .adopts: return TypeAppearance(color: OkabeIto.orange, style: [.solid], arrowhead: "box", undirected: false, penwidth: 1.4)
        case .supersedes: return TypeAppearance(color: OkabeIto.black, style: [.dashed, .bold], arrowhead: "tee", undirected: false, penwidth: 2)
        case .funds: return TypeAppearance(color: OkabeIto.vermillion, style: [.dotted], arrowhead: "dot", undirected: false, penwidth: 1.6)
        case .evaluates: return TypeAppearance(color: OkabeIto.reddishPurple, style: [.dashed], arrowhead: "diamond", undirected: false, penwidth: 1.4)
        case .cooperatesWith: return TypeAppearance(color: OkabeIto.bluishGreen, style: [.bold], arrowhead: "none", undirected: true, penwidth: 2.2)
        default: return TypeAppearance(color: OkabeIto.grey, style: [.dotted, .bold], arrowhead: "normal", undirected: false, penwidth: 1.6)
        }
    }

    /// The appearance of `type` in a network whose custom (`x-`) types are `customTypes`, sorted:
    /// built-in types as ``of(_:)``; the i-th custom type gets the i-th combination of seven
    /// colours, three line styles and four arrowheads (7, 3 and 4 have no common factor, so the
    /// first 84 custom types get 84 different combinations, any two of the first 3 differ in all
    /// three, and any two of the first 7 in colour), so that custom relations (an imported network's `x-advice`, `x-friendship`, …) stay apart
    /// on a drawing and in greyscale. A type not in the list is drawn as ``of(_:)`` draws it.
    public static func of(_ type: EdgeType, customTypes: [EdgeType]) -> TypeAppearance {
        guard type.isCustom, let index = customTypes.firstIndex(of: type) else { return of(type) }
        let colors = [OkabeIto.blue, OkabeIto.vermillion, OkabeIto.bluishGreen, OkabeIto.reddishPurple,
                      OkabeIto.orange, OkabeIto.skyBlue, OkabeIto.black]
        let styles: [[Style]] = [[.solid], [.dashed], [.dotted]]
        let arrowheads = ["normal", "vee", "dot", "box"]
        return TypeAppearance(color: colors[index % colors.count], style: styles[index % styles.count],
                              arrowhead: arrowheads[index % arrowheads.count], undirected: false, penwidth: 1.6)
    }

    /// The custom types of `network`'s edges, sorted: the list ``of(_:customTypes:)`` indexes.
    /// - Complexity: O(edges + t log t) for t custom types.
    public static func customTypes(of network: Network) -> [EdgeType] {
        var seen = Set<EdgeType>()
        for edge in network.edges where edge.type.isCustom { seen.insert(edge.type) }
        return seen.sorted()
    }

    /// The arrowhead as a character for the legend's text (an approximation of Graphviz's shape).
    var arrowGlyph: String {
        switch arrowhead {
        case "normal": return "▶"
        case "onormal", "empty": return "▷"
        case "vee": return "›"
        case "odot": return "○"
        case "dot": return "●"
        case "odiamond": return "◇"
        case "diamond": return "◆"
        case "box": return "■"
        case "tee": return "┤"
        default: return ""
        }
    }
}

/// The Okabe–Ito palette (Okabe & Ito 2008, "Color Universal Design"), distinguishable with the
/// common forms of colour blindness. Yellow is left out: too light for lines on white.
public enum OkabeIto {
    /// Orange, `#E69F00`.
    public static let orange = "#E69F00"
    /// Sky blue, `#56B4E9`.
    public static let skyBlue = "#56B4E9"
    /// Bluish green, `#009E73`.
    public static let bluishGreen = "#009E73"
    /// Blue, `#0072B2`.
    public static let blue = "#0072B2"
    /// Vermillion, `#D55E00`: the default colour of highlights.
    public static let vermillion = "#D55E00"
    /// Reddish purple, `#CC79A7`.
    public static let reddishPurple = "#CC79A7"
    /// Black, `#000000`.
    public static let black = "#000000"
    /// A mid grey, `#7A7A7A` (not one of Okabe and Ito's colours: for secondary lines and text).
    public static let grey = "#7A7A7A"

    /// Light fills for colouring nodes by group, in order; with more groups than fills, the
    /// fills repeat and the legend says so.
    public static let groupFills = [
        "#9ACBEE", "#F4C77A", "#7FD0B9", "#EBA57F", "#E6B4D1", "#8FB9D9", "#F5EC9A", "#C8C8C8",
    ]
}

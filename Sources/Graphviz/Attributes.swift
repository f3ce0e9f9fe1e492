/// A set of Graphviz attributes for a graph, subgraph, node or edge.
///
/// The common attributes are typed properties (``label``, ``shape``, ``style``, ``color``, …); the
/// rest go through ``setRaw(_:_:)``, which checks the name against the attributes Graphviz knows.
/// Values that Graphviz would write into SVG unescaped (URLs, font names, ids, classes) are
/// validated when set; text labels are escaped so they render literally.
///
/// Attributes are applied in name order, so the same set always yields the same C calls.
public struct Attributes: Sendable, Equatable {
    /// Values by attribute name. Label-like values are already in Graphviz's escString form.
    public private(set) var values: [String: Value] = [:]

    /// A value as handed to Graphviz.
    public enum Value: Sendable, Equatable {
        /// A plain string, interpreted by Graphviz as an escString where the attribute is one.
        case string(String)
        /// An HTML-like label, only ever created by ``Label/html(_:)``.
        case html(String)
    }

    /// An empty set: Graphviz's defaults (or the container's) apply.
    public init() {}

    /// The attribute names in the order they are applied.
    public var names: [String] { values.keys.sorted() }

    /// `true` when no attribute is set.
    public var isEmpty: Bool { values.isEmpty }

    /// Sets a string value, or removes it when `value` is `nil`. Internal: no checks.
    mutating func set(_ name: String, _ value: String?) {
        values[name] = value.map(Value.string)
    }

    /// Sets any attribute Graphviz knows, by name, with its value passed as Graphviz reads it
    /// (label-like values are escStrings: `\N` expands to the node name, `\l` ends a left-aligned
    /// line). Prefer the typed properties, which escape user text.
    ///
    /// - Throws: ``GraphvizError/invalidAttributeName(_:reason:)`` for a name Graphviz does not
    ///   know or one that reads files (`image`, `shapefile`, `imagepath`, `fontpath`);
    ///   ``GraphvizError/invalidAttributeValue(name:value:reason:)`` for an unsafe URL, font name,
    ///   id or class.
    public mutating func setRaw(_ name: String, _ value: String) throws {
        guard GraphvizAttributeNames.known.contains(name) else {
            let hint = GraphvizAttributeNames.closest(to: name).map { " (did you mean '\($0)'?)" } ?? ""
            throw GraphvizError.invalidAttributeName(name, reason: "Graphviz has no such attribute\(hint)")
        }
        if GraphvizAttributeNames.fileReading.contains(name) {
            throw GraphvizError.invalidAttributeName(
                name, reason: "it makes Graphviz read files from disk; not allowed")
        }
        try Validation.check(name: name, value: value)
        values[name] = .string(value)
    }

    /// Removes an attribute.
    public mutating func remove(_ name: String) { values[name] = nil }

    /// The raw value of an attribute, as it will be passed to Graphviz.
    public subscript(name: String) -> Value? { values[name] }
}

// MARK: - Typed attributes

/// A label: literal text (escaped so Graphviz shows it as written) or an explicit HTML-like label.
public enum Label: Sendable, Equatable {
    /// Text shown literally: backslashes, `&`, `<`, quotes and any Unicode are displayed as given;
    /// a newline character breaks the line (centred).
    case text(String)
    /// An HTML-like label (`<TABLE>…</TABLE>` etc., without the outer angle brackets). The caller
    /// is responsible for escaping any text inside it; see ``Escaping/html(_:)``.
    case html(String)
}

/// Node shapes Graphviz draws.
public enum Shape: String, Sendable, CaseIterable {
    /// Polygon shapes: `box` (a rectangle) and `polygon` (sides, skew and distortion from attributes),
    /// the round `ellipse` (the default), `oval`, `circle`, `point` (a small filled circle, no label) and
    /// `egg`, and `triangle`; `plaintext` and `plain` draw only the label (`plain` with no margin);
    /// `diamond` is a rhombus.
    case box, polygon, ellipse, oval, circle, point, egg, triangle, plaintext, plain, diamond
    /// Regular and irregular polygons: `trapezium`, `parallelogram`, `house` (a pentagon like a house),
    /// `pentagon` to `octagon`, and `doublecircle` (two concentric circles).
    case trapezium, parallelogram, house, pentagon, hexagon, septagon, octagon, doublecircle
    /// Doubled and inverted polygons: `doubleoctagon`, `tripleoctagon`, the upside-down `invtriangle`,
    /// `invtrapezium` and `invhouse`, and the `M` variants (`Mdiamond`, `Msquare`), drawn with their
    /// corners cut by small diagonals.
    case doubleoctagon, tripleoctagon, invtriangle, invtrapezium, invhouse, Mdiamond, Msquare
    /// `Mcircle` (a circle with two chords); `rect`, `rectangle` and `square` (synonyms of, or a square
    /// form of, `box`); `star`; `none` (like `plaintext`); `underline` (only a line under the label);
    /// `cylinder` (a database drum); `note` (a page with a turned corner), `tab` and `folder`.
    case Mcircle, rect, rectangle, square, star, none, underline, cylinder, note, tab, folder
    /// `box3d` (a box in perspective) and `component` (a UML component), then the synthetic-biology
    /// (SBOL) glyphs: `promoter`, `cds`, `terminator`, `utr`, `primersite`, `restrictionsite`.
    case box3d, component, promoter, cds, terminator, utr, primersite, restrictionsite
    /// More SBOL glyphs: `fivepoverhang`, `threepoverhang`, `noverhang`, `assembly`, `signature`,
    /// `insulator`, `ribosite`.
    case fivepoverhang, threepoverhang, noverhang, assembly, signature, insulator, ribosite
    /// The last SBOL glyphs (`rnastab`, `proteasesite`, `proteinstab`, `rpromoter`, `lpromoter`), the
    /// arrows `rarrow` and `larrow`, and the record shapes `record` and `Mrecord` (rounded), whose
    /// label splits the node into fields.
    case rnastab, proteasesite, proteinstab, rpromoter, rarrow, larrow, lpromoter, record, Mrecord
}

/// Style flags for nodes, edges and clusters.
public enum Style: String, Sendable, CaseIterable {
    /// Line and fill styles: `solid`, `dashed`, `dotted` and `bold` lines; `invis` hides the element;
    /// `filled` paints `fillcolor`; `striped` (clusters, boxes) and `wedged` (ellipses) split the fill
    /// by a colour list; `diagonals` cuts the corners; `rounded` rounds them; `radial` fills with a
    /// radial gradient; `tapered` draws an edge narrowing from tail to head.
    case solid, dashed, dotted, bold, invis, filled, striped, wedged, diagonals, rounded, radial, tapered
}

/// Direction of rank in `dot`.
public enum RankDirection: String, Sendable, CaseIterable {
    /// Ranks from top to bottom (`TB`, the default), left to right (`LR`), bottom to top (`BT`) or
    /// right to left (`RL`).
    case TB, LR, BT, RL
}

/// Rank constraint of a subgraph in `dot`.
public enum RankConstraint: String, Sendable, CaseIterable {
    /// `same` puts the subgraph's nodes on one rank; `min` and `max` on the smallest or largest rank
    /// (`source` and `sink` on it alone).
    case same, min, max, source, sink
}

extension Attributes {
    /// `label`: literal text or an explicit HTML-like label.
    public var label: Label? {
        get {
            switch values["label"] {
            case .html(let s)?: return .html(s)
            case .string(let s)?: return .text(Escaping.unescapeLabel(s))
            case nil: return nil
            }
        }
        set {
            switch newValue {
            case .text(let s)?: values["label"] = .string(Escaping.label(s))
            case .html(let s)?: values["label"] = .html(s)
            case nil: values["label"] = nil
            }
        }
    }

    /// `xlabel`: an external label, literal text.
    public var xlabel: String? {
        get { stringValue("xlabel").map(Escaping.unescapeLabel) }
        set { set("xlabel", newValue.map(Escaping.label)) }
    }

    /// `tooltip`: literal text shown on hover in SVG.
    public var tooltip: String? {
        get { stringValue("tooltip").map(Escaping.unescapeTooltip) }
        set { set("tooltip", newValue.map(Escaping.tooltip)) }
    }

    /// `shape` of a node.
    public var shape: Shape? {
        get { stringValue("shape").flatMap(Shape.init(rawValue:)) }
        set { set("shape", newValue?.rawValue) }
    }

    /// `style`: a set of flags, written comma-separated in declaration order.
    public var style: [Style] {
        get {
            (stringValue("style") ?? "").split(separator: ",").compactMap {
                Style(rawValue: String($0).trimmed(" "))
            }
        }
        set { set("style", newValue.isEmpty ? nil : newValue.map(\.rawValue).joined(separator: ",")) }
    }

    /// `color`: a colour name, `#rrggbb[aa]`, or a colour list such as `red:blue`.
    public var color: GraphvizColor? {
        get { stringValue("color").map(GraphvizColor.init(unchecked:)) }
        set { set("color", newValue?.value) }
    }

    /// `fillcolor`.
    public var fillcolor: GraphvizColor? {
        get { stringValue("fillcolor").map(GraphvizColor.init(unchecked:)) }
        set { set("fillcolor", newValue?.value) }
    }

    /// `fontcolor`.
    public var fontcolor: GraphvizColor? {
        get { stringValue("fontcolor").map(GraphvizColor.init(unchecked:)) }
        set { set("fontcolor", newValue?.value) }
    }

    /// `bgcolor` of a graph or cluster.
    public var bgcolor: GraphvizColor? {
        get { stringValue("bgcolor").map(GraphvizColor.init(unchecked:)) }
        set { set("bgcolor", newValue?.value) }
    }

    /// `penwidth` in points. Negative or non-finite values are not representable and are dropped.
    public var penwidth: Double? {
        get { stringValue("penwidth").flatMap(Double.init) }
        set { set("penwidth", newValue.flatMap(Self.number)) }
    }

    /// `fontsize` in points (Graphviz's minimum is 1).
    public var fontsize: Double? {
        get { stringValue("fontsize").flatMap(Double.init) }
        set { set("fontsize", newValue.flatMap(Self.number)) }
    }

    /// `rankdir` of a graph in `dot`.
    public var rankdir: RankDirection? {
        get { stringValue("rankdir").flatMap(RankDirection.init(rawValue:)) }
        set { set("rankdir", newValue?.rawValue) }
    }

    /// `rank` constraint of a subgraph in `dot`.
    public var rank: RankConstraint? {
        get { stringValue("rank").flatMap(RankConstraint.init(rawValue:)) }
        set { set("rank", newValue?.rawValue) }
    }

    /// Sets `id`: the SVG `id` of the element. Letters, digits, `_`, `-`, `.` and `:` only, not
    /// starting with a digit, `-` or `.`.
    public mutating func setID(_ id: String) throws {
        try Validation.check(name: "id", value: id)
        set("id", id)
    }

    /// The `id`, if set.
    public var id: String? { stringValue("id") }

    /// Sets `class`: SVG classes, space-separated tokens of letters, digits, `_` and `-`.
    public mutating func setClass(_ classes: [String]) throws {
        let joined = classes.joined(separator: " ")
        try Validation.check(name: "class", value: joined)
        set("class", classes.isEmpty ? nil : joined)
    }

    /// The `class` tokens, if set.
    public var classes: [String] {
        (stringValue("class") ?? "").split(separator: " ").map(String.init)
    }

    /// Sets `URL` (and SVG `href`): only `http`, `https` and `mailto` URLs and same-document
    /// fragments (`#…`), without quotes, angle brackets, backslashes, `&` or white space.
    public mutating func setURL(_ url: String) throws {
        try Validation.check(name: "URL", value: url)
        set("URL", url)
    }

    /// Sets `fontname`: letters, digits, spaces, `-`, `_`, `.` and `,` only.
    public mutating func setFontname(_ name: String) throws {
        try Validation.check(name: "fontname", value: name)
        set("fontname", name)
    }

    private func stringValue(_ name: String) -> String? {
        if case .string(let s)? = values[name] { return s }
        return nil
    }

    private static func number(_ x: Double) -> String? {
        guard x.isFinite, x >= 0 else { return nil }
        if x == x.rounded(), x < 1e15 { return String(Int(x)) }
        return String(x)
    }
}

/// A colour as Graphviz reads it: a name (`red`, `/blues9/3`), `#rrggbb`, `#rrggbbaa`, an HSV
/// triple, or a `:`-separated list of those (optionally with `;fraction`).
public struct GraphvizColor: Sendable, Equatable, ExpressibleByStringLiteral {
    /// The colour exactly as Graphviz will read it.
    public let value: String

    /// Creates a colour from data, checking its characters (no quotes, angle brackets, `&` or
    /// backslashes).
    public init(validating value: String) throws {
        try Validation.check(name: "color", value: value)
        self.value = value
    }

    /// A colour from a literal in code; literals are trusted.
    public init(stringLiteral value: String) { self.value = value }

    init(unchecked value: String) { self.value = value }
}

extension String {
    fileprivate func trimmed(_ set: Character) -> String {
        var s = Substring(self)
        while s.first == set { s = s.dropFirst() }
        while s.last == set { s = s.dropLast() }
        return String(s)
    }
}

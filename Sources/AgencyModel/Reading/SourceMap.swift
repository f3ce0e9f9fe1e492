/// Where the parts of a network were written: the locations validation messages point to.
///
/// Arrays are parallel to ``Network/sources``, ``Network/nodes`` and ``Network/edges``.
public struct SourceMap: Sendable {
    /// The file name used in locations.
    public var file: String
    /// The start of the top-level mapping.
    public var root: SourceLocation
    /// Top-level keys (`format`, `nodes`, …) to the location of the key itself.
    public var topLevelKeys: [String: SourceLocation] = [:]
    /// Top-level keys to the location of their value.
    public var topLevel: [String: SourceLocation] = [:]
    /// One entry per source.
    public var sources: [ElementLocations] = []
    /// One entry per node.
    public var nodes: [ElementLocations] = []
    /// One entry per edge.
    public var edges: [ElementLocations] = []
    /// One entry per declared layer (parallel to ``Network/declaredLayers``): `start` is the
    /// layer's name (its key in `layers:`), `types` its list, `types[0]`, … each listed type.
    public var layers: [ElementLocations] = []
    /// The top-level `defaults:` map, when the file has one: `start` is its value, fields as on
    /// nodes (`source[0].ref`, `assumption`, …).
    public var defaults: ElementLocations?

    /// Creates an empty map for `file`.
    public init(file: String) {
        self.file = file
        self.root = SourceLocation(file: file, line: 1, column: 1)
    }
}

/// The locations of one list item (source, node or edge) and of its fields' values.
public struct ElementLocations: Sendable {
    /// The start of the item's mapping (its first key).
    public var start: SourceLocation
    /// Field paths to value locations: `id`, `level`, `since`, `source[0]`, `source[0].excerpt`, …
    public var fields: [String: SourceLocation] = [:]

    /// Creates locations for an item starting at `start`.
    public init(start: SourceLocation) { self.start = start }

    /// The location of `field`'s value, or the item's start when the field is absent.
    public subscript(field: String) -> SourceLocation { fields[field] ?? start }
}

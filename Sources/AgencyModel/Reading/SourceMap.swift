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
///
/// Stored compactly (one small array of field, line and column per item, sharing the item's
/// file name), since a large network has one per node and edge: about 30 bytes per field instead
/// of a dictionary entry holding a full ``SourceLocation``.
public struct ElementLocations: Sendable {
    /// The start of the item's mapping (its first key).
    public var start: SourceLocation
    private var entries: [Entry] = []

    private struct Entry: Sendable {
        var field: String
        var line: Int32
        var column: Int32
    }

    /// Creates locations for an item starting at `start`.
    public init(start: SourceLocation) { self.start = start }

    /// Field paths to value locations: `id`, `level`, `since`, `source[0]`, `source[0].excerpt`, …
    ///
    /// - Complexity: O(number of fields) to read or set; prefer ``subscript(_:)`` and
    ///   ``has(_:)`` to look up one field.
    public var fields: [String: SourceLocation] {
        get {
            var result: [String: SourceLocation] = [:]
            for entry in entries { result[entry.field] = location(entry) }
            return result
        }
        set {
            entries = newValue.sorted { $0.key < $1.key }.map {
                Entry(field: $0.key, line: Int32(clamping: $0.value.line), column: Int32(clamping: $0.value.column))
            }
        }
    }

    private func location(_ entry: Entry) -> SourceLocation {
        SourceLocation(file: start.file, line: Int(entry.line), column: Int(entry.column))
    }

    /// Records where `field`'s value is written (in the item's file), replacing an earlier record.
    public mutating func set(_ field: String, line: Int, column: Int) {
        let entry = Entry(field: field, line: Int32(clamping: line), column: Int32(clamping: column))
        if let index = entries.firstIndex(where: { $0.field == field }) {
            entries[index] = entry
        } else {
            entries.append(entry)
        }
    }

    /// Whether the item states `field`.
    public func has(_ field: String) -> Bool { entries.contains { $0.field == field } }

    /// The location of `field`'s value, or the item's start when the field is absent.
    public subscript(field: String) -> SourceLocation {
        guard let entry = entries.first(where: { $0.field == field }) else { return start }
        return location(entry)
    }
}

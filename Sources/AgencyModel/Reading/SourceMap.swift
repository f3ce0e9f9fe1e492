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
/// Stored compactly, since a large network has one per node and edge: a field whose path is one
/// of the format's (`FieldPath`) and whose line and column fit in 24 bits is one `UInt64`
/// (path code, line, column), and the first six of those are kept inline, so a typical element
/// costs no allocation at all; other fields (unknown keys, very long files) keep their name.
public struct ElementLocations: Sendable {
    /// The start of the item's mapping (its first key).
    public var start: SourceLocation
    private var inline: (UInt64, UInt64, UInt64, UInt64, UInt64, UInt64) = (0, 0, 0, 0, 0, 0)
    private var inlineCount: UInt8 = 0
    /// Packed fields after the inline ones.
    private var more: [UInt64] = []
    /// Fields that do not pack.
    private var wide: [Entry] = []

    private static let inlineCapacity = 6

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
            for slot in 0 ..< packedCount {
                let word = packed(slot)
                result[FieldPath.names[Int(word >> 48)]] = location(line: Int((word >> 24) & 0xFF_FFFF), column: Int(word & 0xFF_FFFF))
            }
            for entry in wide { result[entry.field] = location(line: Int(entry.line), column: Int(entry.column)) }
            return result
        }
        set {
            inlineCount = 0
            more = []
            wide = []
            for (field, location) in newValue.sorted(by: { $0.key < $1.key }) {
                set(field, line: location.line, column: location.column)
            }
        }
    }

    private func location(line: Int, column: Int) -> SourceLocation {
        SourceLocation(file: start.file, line: line, column: column)
    }

    /// Records where `field`'s value is written (in the item's file), replacing an earlier record.
    public mutating func set(_ field: String, line: Int, column: Int) {
        if let code = FieldPath.codes[field] {
            set(code: code, line: line, column: column)
            return
        }
        let entry = Entry(field: field, line: Int32(clamping: line), column: Int32(clamping: column))
        if let index = wide.firstIndex(where: { $0.field == field }) {
            wide[index] = entry
        } else {
            wide.append(entry)
        }
    }

    /// Records where the field of path code `code` (``FieldPath``) is written.
    mutating func set(code: UInt16, line: Int, column: Int) {
        let slot = packedSlot(of: code)
        guard line >= 0, line <= 0xFF_FFFF, column >= 0, column <= 0xFF_FFFF else {
            // Does not pack: kept with its name (only in files of over 16 million lines or columns).
            if let slot { removePacked(slot) }
            let field = FieldPath.names[Int(code)]
            let entry = Entry(field: field, line: Int32(clamping: line), column: Int32(clamping: column))
            if let index = wide.firstIndex(where: { $0.field == field }) { wide[index] = entry } else { wide.append(entry) }
            return
        }
        let word = UInt64(code) << 48 | UInt64(line) << 24 | UInt64(column)
        if let slot {
            setPacked(slot, word)
            return
        }
        if !wide.isEmpty, let index = wide.firstIndex(where: { $0.field == FieldPath.names[Int(code)] }) {
            wide.remove(at: index)
        }
        appendPacked(word)
    }

    /// Whether the item states `field`.
    public func has(_ field: String) -> Bool {
        if let code = FieldPath.codes[field], packedSlot(of: code) != nil { return true }
        return wide.contains { $0.field == field }
    }

    /// Whether the item states the field of path code `code`.
    func has(code: UInt16) -> Bool {
        packedSlot(of: code) != nil || (!wide.isEmpty && wide.contains { $0.field == FieldPath.names[Int(code)] })
    }

    /// The location of `field`'s value, or the item's start when the field is absent.
    public subscript(field: String) -> SourceLocation {
        if let code = FieldPath.codes[field], let slot = packedSlot(of: code) {
            let word = packed(slot)
            return location(line: Int((word >> 24) & 0xFF_FFFF), column: Int(word & 0xFF_FFFF))
        }
        guard let entry = wide.first(where: { $0.field == field }) else { return start }
        return location(line: Int(entry.line), column: Int(entry.column))
    }

    // MARK: Packed storage

    private var packedCount: Int { Int(inlineCount) + more.count }

    private func packed(_ slot: Int) -> UInt64 {
        if slot < Self.inlineCapacity {
            return withUnsafeBytes(of: inline) { $0.load(fromByteOffset: slot * 8, as: UInt64.self) }
        }
        return more[slot - Self.inlineCapacity]
    }

    private mutating func setPacked(_ slot: Int, _ word: UInt64) {
        if slot < Self.inlineCapacity {
            withUnsafeMutableBytes(of: &inline) { $0.storeBytes(of: word, toByteOffset: slot * 8, as: UInt64.self) }
        } else {
            more[slot - Self.inlineCapacity] = word
        }
    }

    private mutating func appendPacked(_ word: UInt64) {
        if Int(inlineCount) < Self.inlineCapacity {
            setPacked(Int(inlineCount), word)
            inlineCount += 1
        } else {
            more.append(word)
        }
    }

    /// Removes a packed field (the last one takes its slot).
    private mutating func removePacked(_ slot: Int) {
        let last = packedCount - 1
        setPacked(slot, packed(last))
        if more.isEmpty { inlineCount -= 1 } else { more.removeLast() }
    }

    private func packedSlot(of code: UInt16) -> Int? {
        let count = packedCount
        var slot = 0
        while slot < count {
            if packed(slot) >> 48 == UInt64(code) { return slot }
            slot += 1
        }
        return nil
    }
}

/// The field paths of the format, numbered: what ``ElementLocations`` stores instead of names.
enum FieldPath {
    /// Every path with a code; the code is the position.
    static let names: [String] = {
        var names = ["id", "kind", "name", "acronym", "level", "rank", "since", "until", "tags", "notes", "source", "assumption",
                     "from", "to", "type", "weight", "title", "publisher", "url", "language", "accessed", "types",
                     "ref", "section", "excerpt"]
        for position in 0 ..< 8 {
            names.append("source[\(position)]")
            for key in ["ref", "section", "excerpt"] { names.append("source[\(position)].\(key)") }
        }
        for position in 0 ..< 32 { names.append("types[\(position)]") }
        return names
    }()

    /// Path to code.
    static let codes: [String: UInt16] = {
        var codes: [String: UInt16] = [:]
        for (code, name) in names.enumerated() { codes[name] = UInt16(code) }
        return codes
    }()

    /// The code of a path that has one.
    static func code(_ name: String) -> UInt16 { codes[name]! }

    // The codes of single keys, for the decoder and the validator.
    static let id = code("id")
    static let kind = code("kind")
    static let name = code("name")
    static let acronym = code("acronym")
    static let level = code("level")
    static let rank = code("rank")
    static let since = code("since")
    static let until = code("until")
    static let tags = code("tags")
    static let notes = code("notes")
    static let source = code("source")
    static let assumption = code("assumption")
    static let from = code("from")
    static let to = code("to")
    static let type = code("type")
    static let weight = code("weight")
    static let title = code("title")
    static let publisher = code("publisher")
    static let url = code("url")
    static let language = code("language")
    static let accessed = code("accessed")
    static let ref = code("ref")
    static let section = code("section")
    static let excerpt = code("excerpt")
}

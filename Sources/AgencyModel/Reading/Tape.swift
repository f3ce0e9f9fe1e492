/// A parsed YAML or JSON document (or a part of one) as one flat array of nodes in document
/// order, with the text of every scalar in one byte buffer: what the readers build instead of a
/// tree of ``DocValue``s, so that reading a network costs a few bytes per value rather than a
/// heap object, a `String` and a file name per value.
///
/// A node is a scalar (its text is `bytes[a ..< a + b]`), a sequence or a mapping (`a` is the
/// index one past its last descendant, `b` the number of items, or of entries for a mapping).
/// A mapping's children alternate: key (a string scalar), value, key, value, … Locations are
/// 1-based lines and columns counted in Unicode scalars, as libyaml counts them.
///
/// A class, so that the builder, the front ends and the decoder share one without copying it;
/// it is confined to the reading thread.
final class Tape {
    /// What a node is: a scalar resolved to one of five kinds, a sequence or a mapping.
    enum Kind: UInt8 {
        case string, int, float, bool, null, sequence, mapping

        var resolved: DocValue.Scalar.Resolved? {
            switch self {
            case .string: return .string
            case .int: return .int
            case .float: return .float
            case .bool: return .bool
            case .null: return .null
            case .sequence, .mapping: return nil
            }
        }

        init(_ resolved: DocValue.Scalar.Resolved) {
            switch resolved {
            case .string: self = .string
            case .int: self = .int
            case .float: self = .float
            case .bool: self = .bool
            case .null: self = .null
            }
        }
    }

    /// One node: 20 bytes.
    struct Node {
        var kind: Kind
        var line: Int32
        var column: Int32
        /// Scalars: the offset of the text in ``Tape/bytes``; containers: the index past the subtree.
        var a: Int32
        /// Scalars: the length of the text; containers: the number of items or entries.
        var b: Int32
    }

    // The tape is confined to the reading thread and never accessed re-entrantly: no dynamic
    // exclusivity checks on its two arrays (they cost about 6 % of `validate`'s time).
    @exclusivity(unchecked) var nodes: [Node] = []
    @exclusivity(unchecked) var bytes: [UInt8] = []
    /// The file name used in locations.
    let file: String

    init(file: String) { self.file = file }

    // MARK: Reading

    func kind(_ index: Int) -> Kind { nodes[index].kind }

    func isScalar(_ index: Int) -> Bool { nodes[index].kind.rawValue < Kind.sequence.rawValue }

    /// The index after `index`'s subtree: its next sibling, if any.
    func next(_ index: Int) -> Int {
        let node = nodes[index]
        return node.kind.rawValue < Kind.sequence.rawValue ? index + 1 : Int(node.a)
    }

    /// The number of items (sequence) or entries (mapping).
    func count(_ index: Int) -> Int { Int(nodes[index].b) }

    func location(_ index: Int) -> SourceLocation {
        let node = nodes[index]
        return SourceLocation(file: file, line: Int(node.line), column: Int(node.column))
    }

    /// A scalar's text.
    func text(_ index: Int) -> String {
        let node = nodes[index]
        return bytes.withUnsafeBufferPointer { buffer in
            String(decoding: UnsafeBufferPointer(rebasing: buffer[Int(node.a) ..< Int(node.a + node.b)]), as: UTF8.self)
        }
    }

    /// Whether a scalar's text is `name` (compared as UTF-8 bytes; names are ASCII).
    func textEquals(_ index: Int, _ name: [UInt8]) -> Bool {
        let node = nodes[index]
        guard Int(node.b) == name.count else { return false }
        return bytes.withUnsafeBufferPointer { buffer in
            name.withUnsafeBufferPointer { other in
                var offset = 0
                let start = Int(node.a)
                while offset < other.count {
                    if buffer[start + offset] != other[offset] { return false }
                    offset += 1
                }
                return true
            }
        }
    }

    /// Whether two scalars have the same text, as Swift compares strings (canonical equivalence).
    func sameText(_ first: Int, _ second: Int) -> Bool {
        let x = nodes[first], y = nodes[second]
        let equalBytes = x.b == y.b && bytes.withUnsafeBufferPointer { buffer in
            var offset = 0
            while offset < Int(x.b) {
                if buffer[Int(x.a) + offset] != buffer[Int(y.a) + offset] { return false }
                offset += 1
            }
            return true
        }
        if equalBytes { return true }
        // Different bytes can still be equal strings when both hold non-ASCII text (é as one
        // scalar or as e + U+0301).
        guard !isASCII(first), !isASCII(second) else { return false }
        return text(first) == text(second)
    }

    func isASCII(_ index: Int) -> Bool {
        let node = nodes[index]
        return bytes.withUnsafeBufferPointer { buffer in
            var offset = Int(node.a)
            let end = offset + Int(node.b)
            while offset < end {
                if buffer[offset] >= 0x80 { return false }
                offset += 1
            }
            return true
        }
    }

    /// A short description of a node's type for messages: "a string", "a list", …
    func typeDescription(_ index: Int) -> String {
        switch nodes[index].kind {
        case .sequence: return "a list"
        case .mapping: return "a mapping"
        case .string: return "a string"
        case .int, .float: return "the number \(text(index))"
        case .bool: return "the boolean \(text(index))"
        case .null: return "an empty value"
        }
    }

    // MARK: Writing

    /// Appends a scalar whose text is `text`.
    @discardableResult
    func appendScalar(_ kind: Kind, _ text: UnsafeBufferPointer<UInt8>, line: Int, column: Int) -> Int {
        let offset = bytes.count
        bytes.append(contentsOf: text)
        nodes.append(Node(kind: kind, line: Int32(clamping: line), column: Int32(clamping: column),
                          a: Int32(clamping: offset), b: Int32(clamping: text.count)))
        return nodes.count - 1
    }

    /// Appends a scalar whose text is already at the end of ``bytes`` (from `offset`).
    @discardableResult
    func appendScalar(_ kind: Kind, textFrom offset: Int, line: Int, column: Int) -> Int {
        nodes.append(Node(kind: kind, line: Int32(clamping: line), column: Int32(clamping: column),
                          a: Int32(clamping: offset), b: Int32(clamping: bytes.count - offset)))
        return nodes.count - 1
    }

    /// Opens a container; ``close(_:count:)`` fills in its extent.
    func open(_ kind: Kind, line: Int, column: Int) -> Int {
        nodes.append(Node(kind: kind, line: Int32(clamping: line), column: Int32(clamping: column), a: 0, b: 0))
        return nodes.count - 1
    }

    func close(_ index: Int, count: Int) {
        nodes[index].a = Int32(clamping: nodes.count)
        nodes[index].b = Int32(clamping: count)
    }

    /// Drops every node from `index` on, and the text from `byteOffset` on.
    func truncate(nodes index: Int, bytes byteOffset: Int) {
        nodes.removeSubrange(index...)
        bytes.removeSubrange(byteOffset...)
    }

    /// The byte offset where the text of the subtree at `index` starts (its first scalar's, or
    /// the end of the text when it has none).
    func byteStart(_ index: Int) -> Int {
        let end = next(index)
        var position = index
        while position < end {
            if isScalar(position) { return Int(nodes[position].a) }
            position += 1
        }
        return bytes.count
    }

    /// A copy of the subtree at `index` (for YAML anchors): nodes and text, rebased to start at 0.
    func copy(_ index: Int) -> (nodes: [Node], bytes: [UInt8]) {
        let end = next(index)
        let byteFrom = byteStart(index)
        var result = Array(nodes[index ..< end])
        for position in result.indices {
            if result[position].kind.rawValue < Kind.sequence.rawValue {
                result[position].a -= Int32(byteFrom)
            } else {
                result[position].a -= Int32(index)
            }
        }
        let lastByte = (index ..< end).reversed().first { isScalar($0) }.map { Int(nodes[$0].a + nodes[$0].b) } ?? byteFrom
        return (result, Array(bytes[byteFrom ..< lastByte]))
    }

    /// Appends a copy made by ``copy(_:)`` (an alias), located where it was written.
    func paste(_ part: (nodes: [Node], bytes: [UInt8])) {
        let nodeBase = Int32(nodes.count), byteBase = Int32(bytes.count)
        bytes.append(contentsOf: part.bytes)
        nodes.reserveCapacity(nodes.count + part.nodes.count)
        for var node in part.nodes {
            node.a += node.kind.rawValue < Kind.sequence.rawValue ? byteBase : nodeBase
            nodes.append(node)
        }
    }

    // MARK: Trees

    /// The subtree at `index` as a ``DocValue`` (for ``DocumentReader``'s callers).
    /// - Complexity: O(size of the subtree); iterative.
    func docValue(_ index: Int) -> DocValue {
        // Build bottom-up: children are finished before their parent, in reverse document order.
        struct Pending { var index: Int; var items: [DocValue] = []; var entries: [DocValue.Entry] = []; var key: Int? }
        var stack: [Pending] = []
        var result: DocValue?
        var position = index
        let end = next(index)
        func finish(_ value: DocValue, at valueIndex: Int, into stack: inout [Pending], result: inout DocValue?) {
            guard !stack.isEmpty else { result = value; return }
            let top = stack.count - 1
            if nodes[stack[top].index].kind == .mapping {
                if let key = stack[top].key {
                    stack[top].entries.append(.init(key: text(key), keyLocation: location(key), value: value))
                    stack[top].key = nil
                }
            } else {
                stack[top].items.append(value)
            }
        }
        while true {
            // Close every container whose subtree ends here.
            while let top = stack.last, Int(nodes[top.index].a) == position {
                stack.removeLast()
                let content: DocValue.Content = nodes[top.index].kind == .mapping ? .mapping(top.entries) : .sequence(top.items)
                finish(DocValue(content: content, location: location(top.index)), at: top.index, into: &stack, result: &result)
            }
            guard position < end else { break }
            let node = nodes[position]
            if let top = stack.last, nodes[top.index].kind == .mapping, top.key == nil {
                stack[stack.count - 1].key = position
                position += 1
                continue
            }
            if let resolved = node.kind.resolved {
                finish(DocValue(content: .scalar(.init(text: text(position), resolved: resolved)), location: location(position)),
                       at: position, into: &stack, result: &result)
            } else {
                stack.append(Pending(index: position))
            }
            position += 1
        }
        return result ?? DocValue(content: .scalar(.init(text: "", resolved: .null)), location: location(index))
    }
}

import TextKit

/// Why a document could not be read into a ``Tape``.
enum ReadFailure: Error {
    /// libyaml's reader, scanner or parser refused the text.
    case libyaml(kind: Kind, problem: String, line: Int, column: Int, context: String?, contextLine: Int, contextColumn: Int, offset: Int)
    /// A located problem found by our own code (JSON syntax, duplicate keys, aliases, limits).
    case diagnostic(Diagnostic)

    enum Kind { case reader, scanner, parser, memory }
}

/// The keys of the streamed lists, as UTF-8.
enum StreamedListKeys {
    static let nodes = Array("nodes".utf8)
    static let edges = Array("edges".utf8)
}

/// A list of the network format whose items are decoded as soon as each one is read.
enum StreamedList { case nodes, edges }

/// What receives the items of the top-level `nodes` and `edges` lists while they are read
/// (``NetworkDecoder``); each item is dropped from the tape afterwards, so memory stays bounded by
/// the largest item, not the file.
protocol TapeSink {
    /// The item at `index` of `list` is complete (its subtree ends the tape).
    mutating func item(of list: StreamedList, at index: Int) throws(ReadFailure)
    /// A sink as this one was before any item, on `tape`: for reading a text again from the
    /// start with libyaml when ``FastYAML`` gave up.
    func restarted(on tape: Tape) -> Self
    /// A sequence or mapping was opened at tape index `node`, in the block or flow style (for
    /// the differential tests of the front ends; other sinks ignore it).
    mutating func opened(_ node: Int, mapping: Bool, block: Bool)
}

extension TapeSink {
    mutating func opened(_ node: Int, mapping: Bool, block: Bool) {}
}

/// A sink that receives nothing: the whole document stays on the tape (``DocumentReader``).
struct WholeDocument: TapeSink {
    mutating func item(of list: StreamedList, at index: Int) throws(ReadFailure) {}
    func restarted(on tape: Tape) -> Self { self }
}

extension NetworkDecoder {
    /// A decoder that has seen nothing, on `tape`.
    func restarted(on tape: Tape) -> NetworkDecoder { NetworkDecoder(tape: tape) }
}

/// Builds a ``Tape`` from the events of a YAML or JSON front end, with the checks every document
/// gets whatever its syntax: duplicate keys found by key text (reported by the front end, when
/// its syntax says), YAML anchors and aliases with the expansion budget
/// (``InputLimits/maximumValues``), TextKit's rule for non-text scalars written as escapes, and,
/// for networks, the items of `nodes` and `edges` handed to a ``TapeSink`` as they end.
///
/// - Complexity: O(size of the document); keys are checked for duplicates by a scan while a
///   mapping has fewer than 16, then through a dictionary.
struct TapeBuilder<Sink: TapeSink> {
    let tape: Tape
    var sink: Sink
    /// Whether the items of top-level `nodes`/`edges` lists go to the sink.
    let streams: Bool

    struct Frame {
        var node: Int
        var isMapping: Bool
        var isBlock: Bool
        var anchor: String?
        var count = 0
        /// Values in this subtree, aliases expanded (for anchors).
        var size = 1
        /// Where this mapping's keys start in `keys`.
        var keysStart: Int
        /// The key read, waiting for its value (mappings only).
        var pendingKey: Int?
        /// Key text → tape index of its first occurrence, built once a mapping has 16 keys.
        var keyIndex: [String: Int]?
        /// Keys written twice: (key, first, second).
        var duplicates: [(key: String, first: SourceLocation, second: SourceLocation)] = []
        /// Set on the top-level `nodes`/`edges` sequence when its items are streamed.
        var streamed: StreamedList?
    }

    private(set) var frames: [Frame] = []
    /// Tape indices of the keys of every open mapping.
    private var keys: [Int] = []
    private var anchors: [String: (part: (nodes: [Tape.Node], bytes: [UInt8]), size: Int)] = [:]
    /// Values added by alias expansion so far.
    private var expanded = 0
    /// The root value, once complete.
    private(set) var root: Int?
    /// The first key or scalar holding a non-text scalar (which can only have been written as an
    /// escape: raw ones are refused before parsing), in document order.
    private(set) var firstNonText: Diagnostic?
    /// The tape index of each streamed list.
    private(set) var streamedLists: [Int: StreamedList] = [:]

    init(tape: Tape, sink: Sink, streams: Bool) {
        self.tape = tape
        self.sink = sink
        self.streams = streams
    }

    /// A builder that has seen nothing, on a new tape of the same file, with a restarted sink:
    /// what the YAML reader reads into after ``FastYAML`` gave up, so that nothing the fast
    /// scanner built or streamed remains.
    func restarted() -> TapeBuilder {
        let fresh = Tape(file: tape.file)
        return TapeBuilder(tape: fresh, sink: sink.restarted(on: fresh), streams: streams)
    }

    /// Whether the next scalar is a mapping key.
    var awaitsKey: Bool {
        guard let top = frames.last else { return false }
        return top.isMapping && top.pendingKey == nil
    }

    var depth: Int { frames.count }

    // MARK: Values

    /// Adds a scalar value (not a key).
    mutating func scalar(_ kind: Tape.Kind, _ text: UnsafeBufferPointer<UInt8>, line: Int, column: Int, anchor: String? = nil) throws(ReadFailure) {
        let index = tape.appendScalar(kind, text, line: line, column: column)
        checkText(index)
        try added(index, size: 1, anchor: anchor)
    }

    /// Adds a scalar value whose text the front end wrote at the end of the tape's bytes.
    mutating func scalar(_ kind: Tape.Kind, textFrom offset: Int, line: Int, column: Int) throws(ReadFailure) {
        let index = tape.appendScalar(kind, textFrom: offset, line: line, column: column)
        checkText(index)
        try added(index, size: 1, anchor: nil)
    }

    /// Adds a key (text at the end of the tape's bytes from `offset`) to the open mapping.
    /// Returns the tape index of an earlier equal key of the same mapping, if any.
    mutating func key(textFrom offset: Int, line: Int, column: Int) -> Int? {
        let index = tape.appendScalar(.string, textFrom: offset, line: line, column: column)
        return setKey(index)
    }

    /// Adds a key to the open mapping; see ``key(textFrom:line:column:)``.
    mutating func key(_ text: UnsafeBufferPointer<UInt8>, line: Int, column: Int) -> Int? {
        let index = tape.appendScalar(.string, text, line: line, column: column)
        return setKey(index)
    }

    private mutating func setKey(_ index: Int) -> Int? {
        checkText(index)
        let top = frames.count - 1
        frames[top].pendingKey = index
        let start = frames[top].keysStart
        var first: Int?
        if let keyIndex = frames[top].keyIndex {
            let text = tape.text(index)
            first = keyIndex[text]
            if first == nil { frames[top].keyIndex?[text] = index }
        } else if keys.count - start < 16 {
            var position = start
            while position < keys.count {
                if tape.sameText(keys[position], index) { first = keys[position]; break }
                position += 1
            }
        } else {
            var keyIndex: [String: Int] = [:]
            for position in start ..< keys.count {
                let text = tape.text(keys[position])
                if keyIndex[text] == nil { keyIndex[text] = keys[position] }
            }
            let text = tape.text(index)
            first = keyIndex[text]
            if first == nil { keyIndex[text] = index }
            frames[top].keyIndex = keyIndex
        }
        if first == nil { keys.append(index) }
        return first
    }

    /// Notes a duplicate key of the open mapping, reported when it ends (YAML's way).
    mutating func noteDuplicate(first: Int, second: Int) {
        frames[frames.count - 1].duplicates.append((tape.text(second), tape.location(first), tape.location(second)))
    }

    /// Opens a sequence or mapping.
    mutating func open(mapping: Bool, block: Bool, line: Int, column: Int, anchor: String? = nil) {
        let node = tape.open(mapping ? .mapping : .sequence, line: line, column: column)
        sink.opened(node, mapping: mapping, block: block)
        var frame = Frame(node: node, isMapping: mapping, isBlock: block, anchor: anchor, keysStart: keys.count)
        if streams, !mapping, anchor == nil, frames.count == 1, frames[0].isMapping, let key = frames[0].pendingKey {
            if tape.textEquals(key, StreamedListKeys.nodes) { frame.streamed = .nodes } else if tape.textEquals(key, StreamedListKeys.edges) { frame.streamed = .edges }
            if let list = frame.streamed { streamedLists[node] = list }
        }
        frames.append(frame)
    }


    /// Closes the innermost open sequence or mapping and returns its frame (for the front end's
    /// duplicate-key report), after adding it to its parent.
    @discardableResult
    mutating func close() throws(ReadFailure) -> Frame {
        let frame = frames.removeLast()
        keys.removeSubrange(frame.keysStart...)
        tape.close(frame.node, count: frame.count)
        try added(frame.node, size: frame.size, anchor: frame.anchor)
        return frame
    }

    /// The frame that ``close()`` would close, to report on it first.
    var innermost: Frame? { frames.last }

    /// Adds a copy of the value anchored as `name` (a YAML alias).
    mutating func alias(_ name: String, line: Int, column: Int) throws(ReadFailure) {
        guard let target = anchors[name] else {
            throw .diagnostic(Diagnostic(.error, "syntax", at: SourceLocation(file: tape.file, line: line, column: column),
                                         "invalid YAML: found undefined alias"))
        }
        expanded += target.size
        if expanded > InputLimits.maximumValues {
            throw .diagnostic(Diagnostic(.error, "too-many-values", at: SourceLocation(file: tape.file, line: line, column: column),
                "YAML aliases expand the document by more than \(InputLimits.maximumValues) values; "
                + "an alias repeats its anchor's whole value each time it is used (an alias bomb?)"))
        }
        let index = tape.nodes.count
        tape.paste(target.part)
        try added(index, size: target.size, anchor: nil)
    }

    /// Adds a finished value (at `index`, ending the tape) to the open container, or makes it the root.
    private mutating func added(_ index: Int, size: Int, anchor: String?) throws(ReadFailure) {
        if let anchor { anchors[anchor] = (tape.copy(index), size) }
        guard !frames.isEmpty else {
            root = index
            return
        }
        let top = frames.count - 1
        frames[top].size += size
        if frames[top].isMapping {
            guard frames[top].pendingKey != nil else { return }
            frames[top].pendingKey = nil
        }
        frames[top].count += 1
        if let list = frames[top].streamed {
            try sink.item(of: list, at: index)
            tape.truncate(nodes: index, bytes: tape.byteStart(index))
        }
    }

    // MARK: Text rule

    /// Records the first scalar that is not text (TextKit's rule), in document order.
    private mutating func checkText(_ index: Int) {
        guard firstNonText == nil else { return }
        let node = tape.nodes[index]
        let bad: Unicode.Scalar? = tape.bytes.withUnsafeBufferPointer { buffer in
            let text = UnsafeBufferPointer(rebasing: buffer[Int(node.a) ..< Int(node.a + node.b)])
            // Fast path: printable ASCII, tab, line feed, carriage return.
            var clean = true
            for byte in text where byte < 0x20 || byte >= 0x7F {
                if byte == 0x09 || byte == 0x0A || byte == 0x0D { continue }
                clean = false
                break
            }
            if clean { return nil }
            return String(decoding: text, as: UTF8.self).unicodeScalars.first { !Escape.isText($0) }
        }
        if let bad {
            firstNonText = Diagnostic(.error, TextRule.code, at: tape.location(index), TextRule.message(bad, escaped: true))
        }
    }
}

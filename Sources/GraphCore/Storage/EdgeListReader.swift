#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// A graph read from a text edge list, with the label of every node.
public struct LabeledGraph: Sendable, Equatable {
    /// The graph on dense ids `0 ..< labels.count`.
    public var graph: Graph
    /// `labels[v]` is node `v`'s id as written in the file; ids are given in order of first appearance.
    public var labels: [String]

    /// Pairs a graph with its labels; `labels.count` should equal `graph.nodeCount`.
    public init(graph: Graph, labels: [String]) {
        self.graph = graph
        self.labels = labels
    }

    /// A dictionary from label to dense id.
    /// - Complexity: O(n).
    public func idsByLabel() -> [String: Int32] {
        var d = [String: Int32](minimumCapacity: labels.count)
        for (i, l) in labels.enumerated() { d[l] = Int32(i) }
        return d
    }
}

/// An error in an edge-list file, with its 1-based line and column (in bytes).
public struct EdgeListError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The file, when read from one.
    public var path: String?
    /// 1-based line (0 when the file could not be read at all).
    public var line: Int
    /// 1-based byte column within the line (0 when the file could not be read at all).
    public var column: Int
    /// What is wrong, in words a person can act on.
    public var reason: String

    /// Creates an error at a position.
    public init(path: String? = nil, line: Int, column: Int, reason: String) {
        self.path = path
        self.line = line
        self.column = column
        self.reason = reason
    }

    public var description: String {
        "\(path ?? "<edge list>"):\(line):\(column): \(reason)"
    }
}

/// Reads plain edge lists: one edge `u v [w]` per line.
///
/// Format:
/// - Fields are separated by spaces or tabs; `\r\n` line ends are accepted.
/// - `#` starts a comment that runs to the end of the line (anywhere on the line, as NetworkX's
///   `read_edgelist`). Blank lines are skipped.
/// - Node ids are arbitrary non-blank tokens (`42`, `ocam`, `n-7`); they are mapped to dense ids in
///   order of first appearance and kept in ``LabeledGraph/labels``. `007` and `7` are different ids.
/// - With `weighted: true` a third field is required and must be a finite decimal number; with
///   `weighted: false` a third field is ignored. A fourth field is an error.
///
/// The parser works on the bytes directly (no per-line `String`), with a byte-keyed hash table for
/// labels and an exact fast path for decimal weights.
///
/// - Complexity: O(file size + n + m).
public enum EdgeListReader {
    /// Reads the file at `path`.
    /// - Throws: ``EdgeListError`` (unreadable file, malformed line) or ``GraphError`` (policy).
    /// - Complexity: O(file size + n + m).
    public static func read(path: String, directed: Bool = false, weighted: Bool = false,
                            selfLoops: GraphBuilder.SelfLoopPolicy = .keep,
                            parallelEdges: GraphBuilder.ParallelEdgePolicy = .keep) throws -> LabeledGraph {
        do {
            // Two steps so the file's bytes and the label table are freed before the graph is built
            // (a lower peak: on a 2 MB file about 3 MB less).
            let scanned = try scan(bytes: readFile(path), weighted: weighted, selfLoops: selfLoops,
                                   parallelEdges: parallelEdges)
            return try assemble(scanned, directed: directed, weighted: weighted, parallelEdges: parallelEdges)
        } catch var e as EdgeListError {
            e.path = path
            throw e
        }
    }

    /// Parses an edge list held in a string.
    /// - Complexity: O(text size + n + m).
    public static func parse(_ text: String, directed: Bool = false, weighted: Bool = false,
                             selfLoops: GraphBuilder.SelfLoopPolicy = .keep,
                             parallelEdges: GraphBuilder.ParallelEdgePolicy = .keep) throws -> LabeledGraph {
        try parse(bytes: Array(text.utf8), directed: directed, weighted: weighted,
                  selfLoops: selfLoops, parallelEdges: parallelEdges)
    }

    /// Parses an edge list held in bytes (UTF-8).
    /// - Complexity: O(bytes + n + m).
    public static func parse(bytes: [UInt8], directed: Bool = false, weighted: Bool = false,
                             selfLoops: GraphBuilder.SelfLoopPolicy = .keep,
                             parallelEdges: GraphBuilder.ParallelEdgePolicy = .keep) throws -> LabeledGraph {
        try assemble(scan(bytes: bytes, weighted: weighted, selfLoops: selfLoops, parallelEdges: parallelEdges),
                     directed: directed, weighted: weighted, parallelEdges: parallelEdges)
    }

    /// The edges of a file, with dense ids, before the graph is built.
    struct Scanned {
        var labels: [String]
        var sources: [Int32]
        var targets: [Int32]
        var weights: [Double]
        var lineOfEdge: [Int32]
    }

    /// Parses the lines: labels and edge arrays (the label table stays inside).
    static func scan(bytes: [UInt8], weighted: Bool, selfLoops: GraphBuilder.SelfLoopPolicy,
                     parallelEdges: GraphBuilder.ParallelEdgePolicy) throws(EdgeListError) -> Scanned {
        var table = LabelTable(expected: 1024)
        var sources: [Int32] = []
        var targets: [Int32] = []
        var weights: [Double] = []
        var lineOfEdge: [Int32] = []
        let estimate = bytes.count / 12
        sources.reserveCapacity(estimate)
        targets.reserveCapacity(estimate)
        if weighted { weights.reserveCapacity(estimate) }
        try bytes.withUnsafeBufferPointer { (buf) throws(EdgeListError) -> Void in
            let end = buf.count
            var i = 0
            var line = 1
            while i < end {
                let lineStart = i
                // Collect up to 4 fields of this line.
                var fieldStart = (0, 0, 0, 0)
                var fieldEnd = (0, 0, 0, 0)
                var fields = 0
                var extraColumn = 0
                while i < end {
                    let c = buf[i]
                    if c == 10 { break }  // \n
                    if c == 32 || c == 9 || c == 13 { i += 1; continue }
                    if c == 35 {  // '#': skip to end of line
                        while i < end && buf[i] != 10 { i += 1 }
                        break
                    }
                    let s = i
                    while i < end {
                        let d = buf[i]
                        if d == 32 || d == 9 || d == 13 || d == 10 || d == 35 { break }
                        i += 1
                    }
                    switch fields {
                    case 0: fieldStart.0 = s; fieldEnd.0 = i
                    case 1: fieldStart.1 = s; fieldEnd.1 = i
                    case 2: fieldStart.2 = s; fieldEnd.2 = i
                    default: if extraColumn == 0 { extraColumn = s - lineStart + 1 }
                    }
                    fields += 1
                }
                if fields == 1 {
                    throw EdgeListError(line: line, column: fieldEnd.0 - lineStart + 1,
                                        reason: "expected two node ids on the line, found one")
                }
                if fields > 3 {
                    throw EdgeListError(line: line, column: extraColumn,
                                        reason: "too many fields: expected `u v` or `u v weight`")
                }
                if fields >= 2 {
                    if weighted && fields < 3 {
                        throw EdgeListError(line: line, column: fieldEnd.1 - lineStart + 1,
                                            reason: "missing weight: expected `u v weight` in a weighted edge list")
                    }
                    let u = table.id(buf, fieldStart.0, fieldEnd.0)
                    let v = table.id(buf, fieldStart.1, fieldEnd.1)
                    if u < 0 || v < 0 {
                        throw EdgeListError(line: line, column: 1, reason: "more than \(Int32.max) distinct node ids")
                    }
                    var w = 1.0
                    if weighted {
                        guard let x = parseDouble(buf, fieldStart.2, fieldEnd.2), x.isFinite else {
                            let token = String(decoding: UnsafeBufferPointer(rebasing: buf[fieldStart.2 ..< fieldEnd.2]),
                                               as: UTF8.self)
                            throw EdgeListError(line: line, column: fieldStart.2 - lineStart + 1,
                                                reason: "weight `\(token)` is not a finite decimal number")
                        }
                        w = x
                    }
                    if u == v {
                        switch selfLoops {
                        case .keep: break
                        case .drop: break
                        case .reject:
                            throw EdgeListError(line: line, column: fieldStart.0 - lineStart + 1,
                                                reason: "self-loop on `\(table.label(buf, u))` rejected "
                                                    + "(self-loop policy is `reject`)")
                        }
                    }
                    if !(u == v && selfLoops == .drop) {
                        sources.append(u)
                        targets.append(v)
                        if weighted { weights.append(w) }
                        if parallelEdges == .reject { lineOfEdge.append(Int32(truncatingIfNeeded: line)) }
                    }
                }
                if i < end { i += 1 }  // consume '\n'
                line += 1
            }
        }
        let labels = bytes.withUnsafeBufferPointer { table.labels($0) }
        return Scanned(labels: labels, sources: sources, targets: targets, weights: weights, lineOfEdge: lineOfEdge)
    }

    /// Builds the graph from scanned edges (policies applied by ``GraphBuilder``).
    static func assemble(_ scanned: consuming Scanned, directed: Bool, weighted: Bool,
                         parallelEdges: GraphBuilder.ParallelEdgePolicy) throws -> LabeledGraph {
        let labels = scanned.labels, lineOfEdge = scanned.lineOfEdge
        var builder = GraphBuilder(nodeCount: labels.count, directed: directed, weighted: weighted,
                                   selfLoops: .keep, parallelEdges: parallelEdges)
        builder.calls = scanned.sources.count
        if parallelEdges == .reject { builder.callIndex = Array(0 ..< scanned.sources.count) }
        builder.sources = scanned.sources
        builder.targets = scanned.targets
        builder.weights = scanned.weights
        _ = consume scanned
        let built: Graph
        do {
            built = try builder.build()
        } catch {
            if case let .parallelEdgeRejected(u, v, index) = error {
                throw EdgeListError(line: Int(lineOfEdge[index]), column: 1,
                                    reason: "edge `\(labels[Int(u)]) \(labels[Int(v)])` repeats an earlier edge "
                                        + "(parallel-edge policy is `reject`)")
            }
            throw error
        }
        return LabeledGraph(graph: built, labels: labels)
    }

    /// Reads a whole file into memory with C stdio.
    /// - Throws: ``EdgeListError`` with line 0 when the file cannot be opened or read.
    public static func readFile(_ path: String) throws -> [UInt8] {
        guard let f = fopen(path, "rb") else {
            let code = errno
            let message = strerror(code).map { String(cString: $0) } ?? "errno \(code)"
            throw EdgeListError(path: path, line: 0, column: 0,
                                reason: "cannot open the file: \(message); check the path and its permissions")
        }
        defer { fclose(f) }
        var result: [UInt8] = []
        if fseek(f, 0, SEEK_END) == 0 {
            let size = ftell(f)
            if size > 0 {
                rewind(f)
                result = [UInt8](unsafeUninitializedCapacity: Int(size)) { buf, count in
                    count = fread(buf.baseAddress, 1, Int(size), f)
                }
                if result.count == Int(size) { return result }
                result = []
            }
            rewind(f)
        }
        // Not seekable, or the size changed: read in chunks.
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let k = chunk.withUnsafeMutableBufferPointer { fread($0.baseAddress, 1, $0.count, f) }
            if k <= 0 { break }
            result.append(contentsOf: chunk[0 ..< k])
        }
        if ferror(f) != 0 {
            throw EdgeListError(path: path, line: 0, column: 0, reason: "read error")
        }
        return result
    }

    /// Parses a decimal number; exact (correctly rounded) fast path for up to 15 significant digits
    /// and small exponents (Clinger), otherwise falls back to the standard library.
    @inline(__always)
    static func parseDouble(_ buf: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Double? {
        var i = start
        var negative = false
        if i < end && (buf[i] == 45 || buf[i] == 43) { negative = buf[i] == 45; i += 1 }
        var mantissa: UInt64 = 0
        var digits = 0
        var exp10 = 0
        var sawDigit = false
        while i < end, buf[i] &- 48 < 10 {
            sawDigit = true
            if mantissa != 0 || buf[i] != 48 { digits += 1 }
            if digits <= 19 { mantissa = mantissa &* 10 &+ UInt64(buf[i] &- 48) } else { exp10 += 1 }
            i += 1
        }
        if i < end && buf[i] == 46 {
            i += 1
            while i < end, buf[i] &- 48 < 10 {
                sawDigit = true
                if mantissa != 0 || buf[i] != 48 { digits += 1 }
                if digits <= 19 { mantissa = mantissa &* 10 &+ UInt64(buf[i] &- 48); exp10 -= 1 }
                i += 1
            }
        }
        var fast = sawDigit && digits <= 15
        if sawDigit && i < end && (buf[i] == 101 || buf[i] == 69) {
            i += 1
            var eneg = false
            if i < end && (buf[i] == 45 || buf[i] == 43) { eneg = buf[i] == 45; i += 1 }
            var e = 0
            var any = false
            while i < end, buf[i] &- 48 < 10 {
                any = true
                if e < 100_000 { e = e * 10 + Int(buf[i] &- 48) }
                i += 1
            }
            if !any { fast = false }
            exp10 += eneg ? -e : e
        }
        if fast && i == end && exp10 >= -22 && exp10 <= 22 {
            var x = Double(mantissa)
            let p = pow10[abs(exp10)]
            if exp10 < 0 { x /= p } else { x *= p }
            return negative ? -x : x
        }
        let token = String(decoding: UnsafeBufferPointer(rebasing: buf[start ..< end]), as: UTF8.self)
        return Double(token)
    }

    static let pow10: [Double] = [
        1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11,
        1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22,
    ]
}

/// Maps tokens (byte ranges of the input) to dense ids. Canonical non-negative integers below
/// 2^31 go through a direct-indexed array; other tokens through an open-addressing hash table whose
/// slots pack 32 bits of the hash with the id, so a probe rarely touches other memory.
struct LabelTable {
    var slots: [UInt64]  // 0 = empty, else (hash high 32 bits) << 32 | (id + 1)
    var keys: [UInt64]   // per slot: up to 7 key bytes, little-endian, with min(len, 255) in the top byte
    var mask: Int
    var used = 0
    var start: [Int] = []
    var length: [Int32] = []
    var byInteger: [Int32] = []  // integer token value -> id + 1 (0 = unseen)

    init(expected: Int) {
        var cap = 16
        while cap < expected { cap <<= 1 }
        slots = [UInt64](repeating: 0, count: cap)
        keys = [UInt64](repeating: 0, count: cap)
        mask = cap - 1
    }

    @inline(__always)
    static func shortKey(_ base: UnsafePointer<UInt8>, _ s: Int, _ e: Int) -> UInt64 {
        let len = e - s
        var k: UInt64 = UInt64(Swift.min(len, 255)) << 56
        var i = 0
        while i < 7 && i < len {
            k |= UInt64(base[s + i]) << (8 * UInt64(i))
            i += 1
        }
        return k
    }

    @inline(__always)
    static func hash(_ base: UnsafePointer<UInt8>, _ s: Int, _ e: Int) -> UInt64 {
        var h: UInt64 = 0x9e37_79b9_7f4a_7c15 ^ UInt64(e - s)
        var i = s
        while i + 8 <= e {
            let chunk = UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self)
            h = (h ^ chunk) &* 0xff51_afd7_ed55_8ccd
            h ^= h >> 32
            i += 8
        }
        var tail: UInt64 = 0
        var shift: UInt64 = 0
        while i < e {
            tail |= UInt64(base[i]) << shift
            shift += 8
            i += 1
        }
        h = (h ^ tail) &* 0xc4ce_b9fe_1a85_ec53
        h ^= h >> 29
        h = h &* 0xff51_afd7_ed55_8ccd
        h ^= h >> 32
        return h
    }

    @inline(__always)
    static func equal(_ base: UnsafePointer<UInt8>, _ a: Int, _ b: Int, _ len: Int) -> Bool {
        var i = 0
        while i + 8 <= len {
            if UnsafeRawPointer(base + a + i).loadUnaligned(as: UInt64.self)
                != UnsafeRawPointer(base + b + i).loadUnaligned(as: UInt64.self) { return false }
            i += 8
        }
        while i < len {
            if base[a + i] != base[b + i] { return false }
            i += 1
        }
        return true
    }

    @inline(__always)
    mutating func newID(_ s: Int, _ len: Int) -> Int32 {
        guard start.count < Int(Int32.max) - 1 else { return -1 }
        start.append(s)
        length.append(Int32(truncatingIfNeeded: len))
        return Int32(start.count - 1)
    }

    /// The id for the token `buf[s..<e]`, adding it when new; -1 when the id space is full.
    @inline(__always)
    mutating func id(_ buf: UnsafeBufferPointer<UInt8>, _ s: Int, _ e: Int) -> Int32 {
        let base = buf.baseAddress!
        let len = e - s
        // Canonical integer: digits only, no leading zero (except "0" itself), at most 9 digits.
        if len <= 9 && (base[s] != 48 || len == 1) {
            var value = 0
            var i = s
            while i < e {
                let d = base[i] &- 48
                if d >= 10 { break }
                value = value * 10 + Int(d)
                i += 1
            }
            if i == e { return integerID(value, s, len) }
        }
        let h = LabelTable.hash(base, s, e)
        let tag = h & 0xffff_ffff_0000_0000
        let key = LabelTable.shortKey(base, s, e)
        var p = Int(truncatingIfNeeded: h) & mask
        while true {
            let slot = slots[p]
            if slot == 0 { break }
            if slot & 0xffff_ffff_0000_0000 == tag && keys[p] == key {
                let k = Int(slot & 0xffff_ffff) - 1
                if len <= 7 || (Int(length[k]) == len && LabelTable.equal(base, start[k], s, len)) {
                    return Int32(k)
                }
            }
            p = (p + 1) & mask
        }
        let id = newID(s, len)
        if id < 0 { return -1 }
        slots[p] = tag | UInt64(id + 1)
        keys[p] = key
        used += 1
        if used * 2 > slots.count { grow(base) }
        return id
    }

    @inline(__always)
    mutating func integerID(_ value: Int, _ s: Int, _ len: Int) -> Int32 {
        if value >= byInteger.count {
            var cap = Swift.max(1024, byInteger.count)
            while cap <= value { cap <<= 1 }
            byInteger.append(contentsOf: repeatElement(0, count: cap - byInteger.count))
        }
        let known = byInteger[value]
        if known != 0 { return known - 1 }
        let id = newID(s, len)
        if id < 0 { return -1 }
        byInteger[value] = id + 1
        return id
    }

    mutating func grow(_ base: UnsafePointer<UInt8>) {
        let cap = slots.count * 2
        var fresh = [UInt64](repeating: 0, count: cap)
        var freshKeys = [UInt64](repeating: 0, count: cap)
        let newMask = cap - 1
        for (q, slot) in slots.enumerated() where slot != 0 {
            let k = Int(slot & 0xffff_ffff) - 1
            let h = LabelTable.hash(base, start[k], start[k] + Int(length[k]))
            var p = Int(truncatingIfNeeded: h) & newMask
            while fresh[p] != 0 { p = (p + 1) & newMask }
            fresh[p] = slot
            freshKeys[p] = keys[q]
        }
        slots = fresh
        keys = freshKeys
        mask = newMask
    }

    func label(_ buf: UnsafeBufferPointer<UInt8>, _ id: Int32) -> String {
        let k = Int(id)
        return String(decoding: UnsafeBufferPointer(rebasing: buf[start[k] ..< start[k] + Int(length[k])]),
                      as: UTF8.self)
    }

    func labels(_ buf: UnsafeBufferPointer<UInt8>) -> [String] {
        (0 ..< start.count).map { label(buf, Int32($0)) }
    }
}

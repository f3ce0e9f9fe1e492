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
    public var path: String?
    public var line: Int
    public var column: Int
    public var reason: String

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
    public static func read(path: String, directed: Bool = false, weighted: Bool = false,
                            selfLoops: GraphBuilder.SelfLoopPolicy = .keep,
                            parallelEdges: GraphBuilder.ParallelEdgePolicy = .keep) throws -> LabeledGraph {
        let bytes = try readFile(path)
        do {
            return try parse(bytes: bytes, directed: directed, weighted: weighted,
                             selfLoops: selfLoops, parallelEdges: parallelEdges)
        } catch var e as EdgeListError {
            e.path = path
            throw e
        }
    }

    /// Parses an edge list held in a string.
    public static func parse(_ text: String, directed: Bool = false, weighted: Bool = false,
                             selfLoops: GraphBuilder.SelfLoopPolicy = .keep,
                             parallelEdges: GraphBuilder.ParallelEdgePolicy = .keep) throws -> LabeledGraph {
        try parse(bytes: Array(text.utf8), directed: directed, weighted: weighted,
                  selfLoops: selfLoops, parallelEdges: parallelEdges)
    }

    /// Parses an edge list held in bytes (UTF-8).
    public static func parse(bytes: [UInt8], directed: Bool = false, weighted: Bool = false,
                             selfLoops: GraphBuilder.SelfLoopPolicy = .keep,
                             parallelEdges: GraphBuilder.ParallelEdgePolicy = .keep) throws -> LabeledGraph {
        var table = LabelTable(expected: max(16, bytes.count / 16))
        var sources: [Int32] = []
        var targets: [Int32] = []
        var weights: [Double] = []
        var lineOfEdge: [Int32] = []
        let estimate = bytes.count / 12
        sources.reserveCapacity(estimate)
        targets.reserveCapacity(estimate)
        if weighted { weights.reserveCapacity(estimate) }
        var builderDropsLoops = false
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
                        case .drop: builderDropsLoops = true
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
            _ = builderDropsLoops
        }
        let labels = bytes.withUnsafeBufferPointer { table.labels($0) }
        var builder = GraphBuilder(nodeCount: labels.count, directed: directed, weighted: weighted,
                                   selfLoops: .keep, parallelEdges: parallelEdges)
        builder.sources = sources
        builder.targets = targets
        builder.weights = weights
        builder.calls = sources.count
        if parallelEdges == .reject { builder.callIndex = Array(0 ..< sources.count) }
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
    static func readFile(_ path: String) throws -> [UInt8] {
        guard let f = fopen(path, "rb") else {
            throw EdgeListError(path: path, line: 0, column: 0, reason: "cannot open the file (errno \(errno))")
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

/// Open-addressing hash table from byte ranges of the input to dense ids.
struct LabelTable {
    var slots: [Int32]
    var mask: Int
    var start: [Int] = []
    var length: [Int32] = []
    var hashes: [UInt64] = []

    init(expected: Int) {
        var cap = 16
        while cap < expected * 2 { cap <<= 1 }
        slots = [Int32](repeating: -1, count: cap)
        mask = cap - 1
    }

    @inline(__always)
    static func hash(_ buf: UnsafeBufferPointer<UInt8>, _ s: Int, _ e: Int) -> UInt64 {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        var i = s
        while i + 8 <= e {
            let chunk = UnsafeRawPointer(buf.baseAddress! + i).loadUnaligned(as: UInt64.self)
            h = (h ^ chunk) &* 0x1000_0000_01b3
            h ^= h >> 29
            i += 8
        }
        while i < e {
            h = (h ^ UInt64(buf[i])) &* 0x1000_0000_01b3
            i += 1
        }
        h ^= UInt64(e - s)
        h ^= h >> 33
        h = h &* 0xff51_afd7_ed55_8ccd
        h ^= h >> 33
        return h
    }

    /// The id for the token `buf[s..<e]`, adding it when new; -1 when the id space is full.
    @inline(__always)
    mutating func id(_ buf: UnsafeBufferPointer<UInt8>, _ s: Int, _ e: Int) -> Int32 {
        let h = LabelTable.hash(buf, s, e)
        var p = Int(truncatingIfNeeded: h) & mask
        let len = e - s
        while true {
            let id = slots[p]
            if id < 0 { break }
            let k = Int(id)
            if hashes[k] == h && Int(length[k]) == len
                && memcmp(buf.baseAddress! + start[k], buf.baseAddress! + s, len) == 0
            {
                return id
            }
            p = (p + 1) & mask
        }
        guard start.count < Int(Int32.max) else { return -1 }
        let id = Int32(start.count)
        slots[p] = id
        start.append(s)
        length.append(Int32(truncatingIfNeeded: len))
        hashes.append(h)
        if start.count * 2 > slots.count { grow() }
        return id
    }

    mutating func grow() {
        let cap = slots.count * 2
        slots = [Int32](repeating: -1, count: cap)
        mask = cap - 1
        for k in 0 ..< start.count {
            var p = Int(truncatingIfNeeded: hashes[k]) & mask
            while slots[p] >= 0 { p = (p + 1) & mask }
            slots[p] = Int32(k)
        }
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

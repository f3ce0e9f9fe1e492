import GraphCore

/// What a task computed, in a form `writeValues` turns into the `--values` JSON.
enum TaskResult {
    case none
    /// One integer per dense node id; entries below 0 (unreachable) are left out.
    case intPerNode([Int32])
    /// One number per dense node id; infinite entries (unreachable) are left out.
    case doublePerNode([Double])
    /// One number per edge id, written as an object "u v" -> value with u before v (undirected:
    /// u the smaller id; directed: as given).
    case doublePerEdge([Double])
    /// A set of dense node ids.
    case nodeSet([Int32])
    /// A set of node pairs (undirected edges).
    case pairSet([(Int32, Int32)])
    case integer(Int)
    case real(Double)
}

/// Orders dense ids by their labels: numerically when every label is a decimal integer,
/// else by the labels' bytes.
struct LabelOrder {
    let labels: [String]
    let numeric: [Int]?

    init(labels: [String]) {
        self.labels = labels
        var nums: [Int] = []
        nums.reserveCapacity(labels.count)
        for l in labels {
            guard let v = Int(l) else { numeric = nil; return }
            nums.append(v)
        }
        numeric = nums
    }

    func less(_ a: Int32, _ b: Int32) -> Bool {
        if let n = numeric { return n[Int(a)] < n[Int(b)] }
        return labels[Int(a)].utf8.lexicographicallyPrecedes(labels[Int(b)].utf8)
    }
}

func writeValues(_ result: TaskResult, labels: [String], graph: Graph, to path: String) throws(BenchError) {
    var w = JSONWriter(capacity: max(1 << 16, labels.count * 16))
    let order = LabelOrder(labels: labels)
    switch result {
    case .none:
        w.raw("null")
    case .intPerNode(let values):
        w.byte(UInt8(ascii: "{"))
        var first = true
        for (v, x) in values.enumerated() where x >= 0 {
            if !first { w.raw(", ") }
            first = false
            w.string(labels[v]); w.raw(": "); w.int(Int(x))
        }
        w.byte(UInt8(ascii: "}"))
    case .doublePerNode(let values):
        w.byte(UInt8(ascii: "{"))
        var first = true
        for (v, x) in values.enumerated() where x.isFinite {
            if !first { w.raw(", ") }
            first = false
            w.string(labels[v]); w.raw(": "); w.double(x)
        }
        w.byte(UInt8(ascii: "}"))
    case .doublePerEdge(let values):
        w.byte(UInt8(ascii: "{"))
        for (e, x) in values.enumerated() {
            if e > 0 { w.raw(", ") }
            var (u, v, _) = graph.edge(e)
            if !graph.isDirected && order.less(v, u) { swap(&u, &v) }
            w.string(labels[Int(u)] + " " + labels[Int(v)]); w.raw(": "); w.double(x)
        }
        w.byte(UInt8(ascii: "}"))
    case .nodeSet(let nodes):
        let sorted = nodes.sorted(by: order.less)
        w.byte(UInt8(ascii: "["))
        for (i, v) in sorted.enumerated() {
            if i > 0 { w.raw(", ") }
            w.string(labels[Int(v)])
        }
        w.byte(UInt8(ascii: "]"))
    case .pairSet(let pairs):
        let normal = pairs.map { order.less($0.1, $0.0) ? ($0.1, $0.0) : $0 }
        let sorted = normal.sorted { a, b in
            if a.0 != b.0 { return order.less(a.0, b.0) }
            return order.less(a.1, b.1)
        }
        w.byte(UInt8(ascii: "["))
        for (i, p) in sorted.enumerated() {
            if i > 0 { w.raw(", ") }
            w.byte(UInt8(ascii: "["))
            w.string(labels[Int(p.0)]); w.raw(", "); w.string(labels[Int(p.1)])
            w.byte(UInt8(ascii: "]"))
        }
        w.byte(UInt8(ascii: "]"))
    case .integer(let x):
        w.int(x)
    case .real(let x):
        guard x.isFinite else { throw BenchError.input("result \(x) is not a JSON number") }
        w.double(x)
    }
    w.byte(0x0A)
    try w.write(toPath: path)
}

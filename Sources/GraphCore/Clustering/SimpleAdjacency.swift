/// The simple-graph view shared by the structure measures: for each node, its distinct neighbours
/// (self-loops left out) with the **summed** weight of the parallel edges joining them, the way
/// NetworkX's `adjacency_matrix` and its multigraph-to-graph conversions sum weights.
///
/// Rows are sorted by neighbour id. For a directed graph there are out-rows and in-rows; `mutual`
/// rows list every node joined either way with weight `w(u→v) + w(v→u)` (Burt's mutual weight).
/// For an undirected graph `out`, `in` and the neighbour rows are the same, and the mutual weight
/// is `2·w(u,v)` (the symmetric adjacency matrix plus its transpose), as NetworkX computes it.
struct SimpleAdjacency {
    struct Rows {
        var offset: [Int]
        var neighbor: [Int32]
        var weight: [Double]

        @inline(__always) func range(_ v: Int) -> Range<Int> { offset[v] ..< offset[v + 1] }
        func count(_ v: Int) -> Int { offset[v + 1] - offset[v] }
    }

    let nodeCount: Int
    let directed: Bool
    /// Successors (or neighbours), summed weights, no self-loops.
    let out: Rows
    /// Predecessors (directed only; equals `out` when undirected).
    let inRows: Rows
    /// Summed self-loop weight per node (directed: one arc; undirected: one edge).
    let selfLoop: [Double]

    /// - Parameters:
    ///   - weighted: use edge weights (otherwise every edge weighs 1).
    ///   - countParallel: when unweighted, whether parallel edges add up (multiplicity, as NetworkX's
    ///     modularity on a multigraph) or a pair weighs 1 (as on `nx.Graph(G)`).
    init(_ g: Graph, weighted: Bool, countParallel: Bool = false) {
        nodeCount = g.nodeCount
        directed = g.isDirected
        var loops = [Double](repeating: 0, count: g.nodeCount)
        let sum = weighted || countParallel
        out = SimpleAdjacency.rows(g, weighted: weighted, sum: sum, incoming: false, loops: &loops)
        if g.isDirected {
            var ignored = [Double](repeating: 0, count: g.nodeCount)
            inRows = SimpleAdjacency.rows(g, weighted: weighted, sum: sum, incoming: true, loops: &ignored)
        } else {
            inRows = out
        }
        selfLoop = loops
    }

    private static func rows(_ g: Graph, weighted: Bool, sum: Bool, incoming: Bool,
                             loops: inout [Double]) -> Rows {
        let n = g.nodeCount
        var offset = [Int](repeating: 0, count: n + 1)
        var neighbor: [Int32] = []
        var weight: [Double] = []
        neighbor.reserveCapacity(incoming ? g.edgeCount : 2 * g.edgeCount)
        weight.reserveCapacity(neighbor.capacity)
        var slot = [Int](repeating: -1, count: n)   // position of neighbour w in the current row
        var start = 0
        for v in 0 ..< n {
            let vv = Int32(v)
            let nbrs = incoming ? g.predecessors(of: vv) : g.successors(of: vv)
            let eids = incoming ? g.inEdges(of: vv) : g.outEdges(of: vv)
            for (w, e) in zip(nbrs, eids) {
                let wt = weighted ? g.weight(ofEdge: Int(e)) : 1
                if w == vv {
                    if sum || loops[v] == 0 { loops[v] += wt }
                    continue
                }
                let p = slot[Int(w)]
                if p >= start {
                    if sum { weight[p] += wt }
                } else {
                    slot[Int(w)] = neighbor.count
                    neighbor.append(w)
                    weight.append(wt)
                }
            }
            // Sort the row by neighbour id (rows are short; insertion order is edge order).
            let end = neighbor.count
            if end - start > 1 {
                var pairs = (start ..< end).map { (neighbor[$0], weight[$0]) }
                pairs.sort { $0.0 < $1.0 }
                for (i, p) in pairs.enumerated() {
                    neighbor[start + i] = p.0
                    weight[start + i] = p.1
                }
            }
            offset[v + 1] = end
            start = end
        }
        return Rows(offset: offset, neighbor: neighbor, weight: weight)
    }

    /// Mutual-weight rows: `a(u,v) = w(u→v) + w(v→u)` over distinct `v ≠ u`, sorted by id.
    func mutualRows() -> Rows {
        let n = nodeCount
        var offset = [Int](repeating: 0, count: n + 1)
        var neighbor: [Int32] = []
        var weight: [Double] = []
        neighbor.reserveCapacity(out.neighbor.count + inRows.neighbor.count)
        weight.reserveCapacity(neighbor.capacity)
        for v in 0 ..< n {
            if !directed {
                for p in out.range(v) {
                    neighbor.append(out.neighbor[p])
                    weight.append(2 * out.weight[p])
                }
            } else {
                // Merge two sorted rows.
                var i = out.offset[v], j = inRows.offset[v]
                let ie = out.offset[v + 1], je = inRows.offset[v + 1]
                while i < ie || j < je {
                    if j >= je || (i < ie && out.neighbor[i] < inRows.neighbor[j]) {
                        neighbor.append(out.neighbor[i]); weight.append(out.weight[i]); i += 1
                    } else if i >= ie || inRows.neighbor[j] < out.neighbor[i] {
                        neighbor.append(inRows.neighbor[j]); weight.append(inRows.weight[j]); j += 1
                    } else {
                        neighbor.append(out.neighbor[i]); weight.append(out.weight[i] + inRows.weight[j])
                        i += 1; j += 1
                    }
                }
            }
            offset[v + 1] = neighbor.count
        }
        return Rows(offset: offset, neighbor: neighbor, weight: weight)
    }
}

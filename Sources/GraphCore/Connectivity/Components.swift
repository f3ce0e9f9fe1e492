/// A partition of the nodes into components.
///
/// Components are numbered `0 ..< count` in order of their smallest node id, so the numbering is
/// deterministic and independent of the algorithm used.
public struct Components: Sendable, Equatable {
    /// The number of components.
    public let count: Int
    /// `label[v]` is the component of node `v`.
    public let label: [Int32]

    /// Wraps labels that are already in smallest-node order.
    init(count: Int, label: [Int32]) {
        self.count = count
        self.label = label
    }

    /// Relabels an arbitrary labelling into smallest-node order.
    init(rawLabels raw: [Int32], rawCount: Int) {
        var map = [Int32](repeating: -1, count: rawCount)
        var next: Int32 = 0
        var label = raw
        for v in 0 ..< raw.count {
            let r = Int(raw[v])
            if map[r] < 0 { map[r] = next; next += 1 }
            label[v] = map[r]
        }
        self.count = Int(next)
        self.label = label
    }

    /// The number of nodes in each component.
    public var sizes: [Int] {
        var s = [Int](repeating: 0, count: count)
        for c in label { s[Int(c)] += 1 }
        return s
    }

    /// The size of the largest component (0 for the empty graph).
    public var largestSize: Int { sizes.max() ?? 0 }

    /// The members of each component, each sorted by id; components in label order (by smallest member).
    public var members: [[Int32]] {
        var out = [[Int32]](repeating: [], count: count)
        for (v, c) in label.enumerated() { out[Int(c)].append(Int32(v)) }
        return out
    }
}

extension Graph {
    /// Connected components; on a directed graph, the weakly connected components.
    ///
    /// Matches NetworkX `connected_components` (undirected) and `weakly_connected_components`
    /// (directed) as sets. Isolated nodes are components of size 1.
    ///
    /// Union–find over the edge list (a sequential scan of the endpoints, the smaller id becoming
    /// the root, path halving), so each root is its component's smallest node.
    /// - Complexity: O(n + m α(n)) time, O(n) extra memory.
    public func connectedComponents() -> Components {
        let n = nodeCount
        var parent = [Int32](unsafeUninitializedCapacity: n) { buf, count in
            for i in 0 ..< n { buf[i] = Int32(truncatingIfNeeded: i) }
            count = n
        }
        parent.withUnsafeMutableBufferPointer { p in
            edgeSource.withUnsafeBufferPointer { src in
                edgeTarget.withUnsafeBufferPointer { dst in
                    @inline(__always) func find(_ x0: Int32) -> Int32 {
                        var x = x0
                        while true {
                            let px = p[Int(x)]
                            if px == x { return x }
                            let gx = p[Int(px)]
                            p[Int(x)] = gx
                            x = gx
                        }
                    }
                    for e in 0 ..< src.count {
                        var a = find(src[e]), b = find(dst[e])
                        if a == b { continue }
                        if a > b { swap(&a, &b) }
                        p[Int(b)] = a
                    }
                    // Parents always have smaller ids, so one increasing pass points every node at
                    // its root.
                    for v in 0 ..< n { p[v] = p[Int(p[v])] }
                }
            }
        }
        var label = [Int32](repeating: 0, count: n)
        var count: Int32 = 0
        parent.withUnsafeBufferPointer { p in
            label.withUnsafeMutableBufferPointer { l in
                for v in 0 ..< n {
                    let r = Int(p[v])
                    if r == v { l[v] = count; count += 1 } else { l[v] = l[r] }
                }
            }
        }
        return Components(count: Int(count), label: label)
    }

    /// Weakly connected components (direction ignored); the same as ``connectedComponents()``.
    /// Matches NetworkX `weakly_connected_components`.
    /// - Complexity: O(n + m).
    public func weaklyConnectedComponents() -> Components { connectedComponents() }

    /// Strongly connected components by an iterative Tarjan algorithm (no recursion).
    ///
    /// On an undirected graph these are the connected components. Matches NetworkX
    /// `strongly_connected_components` as sets.
    /// - Complexity: O(n + m) time, O(n) extra memory.
    public func stronglyConnectedComponents() -> Components {
        guard isDirected else { return connectedComponents() }
        let n = nodeCount
        var index = [Int32](repeating: -1, count: n)
        var low = [Int32](repeating: 0, count: n)
        var onStack = [Bool](repeating: false, count: n)
        var comp = [Int32](repeating: -1, count: n)
        var stack: [Int32] = []
        var callNode: [Int32] = []
        var callPos: [Int] = []
        var nextIndex: Int32 = 0
        var compCount: Int32 = 0
        for root in 0 ..< n where index[root] < 0 {
            index[root] = nextIndex; low[root] = nextIndex; nextIndex += 1
            stack.append(Int32(root)); onStack[root] = true
            callNode.append(Int32(root)); callPos.append(outOffset[root])
            while let v32 = callNode.last {
                let v = Int(v32)
                var p = callPos[callPos.count - 1]
                let end = outOffset[v + 1]
                var descended = false
                while p < end {
                    let w = Int(outNeighbor[p])
                    p += 1
                    if index[w] < 0 {
                        callPos[callPos.count - 1] = p
                        index[w] = nextIndex; low[w] = nextIndex; nextIndex += 1
                        stack.append(Int32(w)); onStack[w] = true
                        callNode.append(Int32(w)); callPos.append(outOffset[w])
                        descended = true
                        break
                    } else if onStack[w] {
                        if index[w] < low[v] { low[v] = index[w] }
                    }
                }
                if descended { continue }
                // v is finished.
                if low[v] == index[v] {
                    while true {
                        let w = Int(stack.removeLast())
                        onStack[w] = false
                        comp[w] = compCount
                        if w == v { break }
                    }
                    compCount += 1
                }
                callNode.removeLast()
                callPos.removeLast()
                if let u = callNode.last, low[v] < low[Int(u)] { low[Int(u)] = low[v] }
            }
        }
        return Components(rawLabels: comp, rawCount: Int(compCount))
    }

    /// The condensation: one node per strongly connected component (numbered as in the returned
    /// ``Components``), an edge `a → b` when some edge leads from component `a` to component `b`
    /// (no self-loops, no parallel edges). The result is a DAG.
    ///
    /// Matches NetworkX `condensation` up to the numbering of the component nodes.
    /// - Throws: ``GraphError/requiresDirected(_:)`` on an undirected graph.
    /// - Complexity: O(n + m).
    public func condensation() throws(GraphError) -> (graph: Graph, components: Components) {
        guard isDirected else { throw GraphError.requiresDirected("condensation") }
        let scc = stronglyConnectedComponents()
        var b = GraphBuilder(nodeCount: scc.count, directed: true, weighted: false,
                             selfLoops: .drop, parallelEdges: .min)
        for e in 0 ..< edgeCount {
            let a = scc.label[Int(edgeSource[e])], c = scc.label[Int(edgeTarget[e])]
            if a != c { try b.addEdge(a, c) }
        }
        return (try b.build(), scc)
    }
}

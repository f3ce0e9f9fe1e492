/// Node and edge connectivity and minimum cuts, by unit-capacity maximum flow (Dinic).
///
/// Conventions (as NetworkX `networkx.algorithms.connectivity`): the measures work on the
/// underlying simple graph — self-loops are ignored and parallel edges count once. Directed graphs
/// use directed paths. Node connectivity uses the split-node auxiliary digraph (each node `v`
/// becomes `v_in → v_out` with capacity 1; an edge `u - v` becomes `u_out → v_in`, plus
/// `v_out → u_in` when undirected, capacity 1).
extension Graph {
    /// The split-node network: v_in = 2v, v_out = 2v + 1.
    func nodeSplitNetwork(edgeCapacity: Double) -> FlowNetwork {
        let g = simplified()
        var net = FlowNetwork(nodeCount: 2 * nodeCount, arcCapacity: nodeCount + 2 * g.edgeCount)
        for v in 0 ..< nodeCount { net.addArc(Int32(2 * v), Int32(2 * v + 1), 1) }
        for e in 0 ..< g.edgeCount {
            let u = g.edgeSource[e], v = g.edgeTarget[e]
            net.addArc(2 * u + 1, 2 * v, edgeCapacity)
            if !isDirected { net.addArc(2 * v + 1, 2 * u, edgeCapacity) }
        }
        net.finalize()
        return net
    }

    /// Unit arcs for every edge of the simple graph (both ways when undirected).
    func edgeNetwork() -> (net: FlowNetwork, simple: Graph) {
        let g = simplified()
        var net = FlowNetwork(nodeCount: nodeCount, arcCapacity: 2 * g.edgeCount)
        for e in 0 ..< g.edgeCount {
            let u = g.edgeSource[e], v = g.edgeTarget[e]
            net.addArc(u, v, 1)
            if !isDirected { net.addArc(v, u, 1) }
        }
        net.finalize()
        return (net, g)
    }

    func checkPair(_ s: Int32, _ t: Int32) throws(GraphError) {
        try checkNode(s)
        try checkNode(t)
        guard s != t else { throw GraphError.sameNode("source and target must differ (both are \(s))") }
    }

    /// The number of internally node-disjoint paths from `source` to `target`.
    ///
    /// Matches NetworkX `node_connectivity(G, s, t)`: when `source` and `target` are adjacent the
    /// direct edge counts as one path.
    /// - Complexity: O(m √n) (unit-capacity Dinic).
    public func localNodeConnectivity(from source: Int32, to target: Int32) throws(GraphError) -> Int {
        try checkPair(source, target)
        var net = nodeSplitNetwork(edgeCapacity: 1)
        return Int(net.maxFlow(from: 2 * source + 1, to: 2 * target))
    }

    /// The number of edge-disjoint paths from `source` to `target` (= the size of a minimum s–t
    /// edge cut). Matches NetworkX `edge_connectivity(G, s, t)`.
    /// - Complexity: O(m √m) (unit-capacity Dinic).
    public func localEdgeConnectivity(from source: Int32, to target: Int32) throws(GraphError) -> Int {
        try checkPair(source, target)
        var net = edgeNetwork().net
        return Int(net.maxFlow(from: source, to: target))
    }

    /// A minimum set of nodes (excluding `source` and `target`) whose removal leaves no path from
    /// `source` to `target`; sorted by id.
    ///
    /// Matches NetworkX `minimum_node_cut(G, s, t)` in size (minimum cuts are not unique: this one is
    /// the cut closest to `source`).
    /// - Throws: ``GraphError/invalidArgument(_:)`` when `source` and `target` are adjacent (no node
    ///   cut exists; NetworkX raises too), ``GraphError/sameNode(_:)``.
    /// - Complexity: O(m √n).
    public func minimumNodeCut(from source: Int32, to target: Int32) throws(GraphError) -> [Int32] {
        try checkPair(source, target)
        if hasEdge(from: source, to: target) {
            throw GraphError.invalidArgument(
                "nodes \(source) and \(target) are adjacent: no set of other nodes separates them")
        }
        var net = nodeSplitNetwork(edgeCapacity: Double(nodeCount + 1))
        _ = net.maxFlow(from: 2 * source + 1, to: 2 * target)
        let side = net.sourceSide(from: 2 * source + 1)
        var cut: [Int32] = []
        for v in 0 ..< nodeCount where side[2 * v] && !side[2 * v + 1] { cut.append(Int32(v)) }
        return cut
    }

    /// A minimum set of edges whose removal leaves no path from `source` to `target`, as `(u, v)`
    /// pairs of the simple graph (`u < v` when undirected; direction kept when directed), sorted.
    ///
    /// Matches NetworkX `minimum_edge_cut(G, s, t)` in size (the cut closest to `source`).
    /// With parallel edges, removing the pair means removing every parallel edge between them.
    /// - Complexity: O(m √m).
    public func minimumEdgeCut(from source: Int32, to target: Int32) throws(GraphError) -> [(Int32, Int32)] {
        try checkPair(source, target)
        var (net, g) = edgeNetwork()
        _ = net.maxFlow(from: source, to: target)
        let side = net.sourceSide(from: source)
        var cut: [(Int32, Int32)] = []
        for e in 0 ..< g.edgeCount {
            let u = g.edgeSource[e], v = g.edgeTarget[e]
            if side[Int(u)] && !side[Int(v)] {
                cut.append(isDirected ? (u, v) : (min(u, v), max(u, v)))
            } else if !isDirected && side[Int(v)] && !side[Int(u)] {
                cut.append((min(u, v), max(u, v)))
            }
        }
        cut.sort { ($0.0, $0.1) < ($1.0, $1.1) }
        return cut
    }

    /// The node connectivity κ(G): the fewest nodes whose removal disconnects the graph (or leaves
    /// one node). 0 when the graph is not connected (directed: not strongly connected, since some
    /// node then cannot reach another); `n - 1` for a complete graph.
    ///
    /// Even's algorithm as in NetworkX `node_connectivity`: take a node `v` of minimum degree; the
    /// answer is the minimum of the local connectivities between `v` and each non-neighbour, and
    /// between non-adjacent pairs of neighbours of `v`. For directed graphs both directions are
    /// checked for each pair with `v` (NetworkX checks only `v → w`, which can overestimate).
    /// Each local flow uses bidirectional-BFS augmenting paths cut off at the best value so far,
    /// with state reset in time proportional to the arcs touched.
    /// - Complexity: O(n · κ · (n + m)) worst case; usually far less on small-world graphs.
    public func nodeConnectivity() throws(GraphError) -> Int {
        let n = nodeCount
        if n <= 1 { return 0 }
        if connectedComponents().count > 1 { return 0 }
        let g = simplified()
        // Degree as NetworkX counts it on the (parallel-merged) graph, self-loops twice.
        var bestV = 0
        var best = Int.max
        for v in 0 ..< n {
            var d = g.degree(of: Int32(v))
            for w in successors(of: Int32(v)) where w == Int32(v) { d += 2; break }
            if d < best { best = d; bestV = v }
        }
        var k = min(best, n - 1)
        // Linear-time shortcuts. Undirected and connected: a cut vertex means κ = 1; without one
        // κ >= 2, so a minimum degree of 2 settles κ = 2. Directed: κ = 0 unless strongly connected.
        if isDirected {
            if stronglyConnectedComponents().count > 1 { return 0 }
        } else if n > 2 && k > 1 {
            if !(try articulationPoints().isEmpty) { return 1 }
            if k == 2 { return 2 }
        }
        var net = nodeSplitNetwork(edgeCapacity: 1)
        func local(_ s: Int32, _ t: Int32) -> Int {
            net.reset()
            return Int(net.augmentingPathFlow(from: 2 * s + 1, to: 2 * t, cutoff: Double(k)))
        }
        let v = Int32(bestV)
        var isNeighbor = [Bool](repeating: false, count: n)
        var nbrs: [Int32] = []
        for w in g.successors(of: v) where !isNeighbor[Int(w)] { isNeighbor[Int(w)] = true; nbrs.append(w) }
        if isDirected {
            for w in g.predecessors(of: v) where !isNeighbor[Int(w)] { isNeighbor[Int(w)] = true; nbrs.append(w) }
        }
        for w in 0 ..< n where w != bestV && !isNeighbor[w] {
            k = min(k, local(v, Int32(w)))
            if isDirected { k = min(k, local(Int32(w), v)) }
            if k == 0 { return 0 }
        }
        for i in 0 ..< nbrs.count {
            for j in 0 ..< nbrs.count where i != j && (isDirected || i < j) {
                let x = nbrs[i], y = nbrs[j]
                if g.hasEdge(from: x, to: y) { continue }
                k = min(k, local(x, y))
            }
        }
        return k
    }

    /// The edge connectivity λ(G): the fewest edges whose removal disconnects the graph.
    /// 0 when not connected (directed: not strongly connected).
    ///
    /// Undirected: the minimum over `w` of λ(v, w) for a fixed `v`; directed: the minimum of
    /// λ(vᵢ, vᵢ₊₁) around a cycle through all nodes (Even), as NetworkX `edge_connectivity`.
    /// - Complexity: O(n · λ · (n + m)) worst case (bidirectional-BFS augmenting paths).
    public func edgeConnectivity() throws(GraphError) -> Int {
        let n = nodeCount
        if n <= 1 { return 0 }
        var (net, g) = edgeNetwork()
        var k = Int.max
        for v in g.nodes {
            let d = isDirected ? min(g.outDegree(of: v), g.inDegree(of: v)) : g.outDegree(of: v)
            k = min(k, d)
        }
        if k == 0 { return 0 }
        // Linear-time shortcuts: not (strongly) connected means λ = 0; undirected and connected, a
        // bridge means λ = 1, and without one λ >= 2, so a minimum degree of 2 settles λ = 2.
        if isDirected {
            if stronglyConnectedComponents().count > 1 { return 0 }
        } else {
            if connectedComponents().count > 1 { return 0 }
            if k > 1, !(try g.bridges().isEmpty) { return 1 }
            if k == 2 { return 2 }
        }
        for i in 0 ..< n {
            let s: Int32, t: Int32
            if isDirected {
                s = Int32(i); t = Int32((i + 1) % n)
            } else {
                if i == 0 { continue }
                s = 0; t = Int32(i)
            }
            net.reset()
            k = min(k, Int(net.augmentingPathFlow(from: s, to: t, cutoff: Double(k))))
            if k == 0 { break }
        }
        return k
    }
}

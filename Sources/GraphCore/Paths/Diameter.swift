extension Graph {
    /// The hop diameter of a connected undirected graph by iFUB (iterative Fringe Upper Bound):
    /// exact, usually after a handful of breadth-first searches instead of one per node.
    ///
    /// Crescenzi, Grossi, Habib, Lanzi and Marino, "On computing the diameter of real-world
    /// undirected graphs", Theoretical Computer Science 514 (2013) 84–95, with the 4-sweep start:
    /// two double sweeps (BFS from a node, then from the farthest node found, whose eccentricity is
    /// a lower bound) pick a central node u of the longest path found. Then, level by level from
    /// the deepest BFS level i of u, the largest eccentricity `B_i` among the nodes at distance i
    /// raises the lower bound; every pair of nodes both at depth < i is within 2(i − 1) hops, so
    /// once the lower bound exceeds 2(i − 1) it is the diameter.
    ///
    /// Returns the same value as ``diameter(weighted:)`` with `weighted: false` (NetworkX
    /// `diameter`), as an integer. Parallel edges and self-loops do not change distances. A
    /// one-node graph has diameter 0.
    ///
    /// - Parameter progress: called with the number of BFS done and an upper bound on the number
    ///   still needed (for a progress line), when given.
    /// - Throws: ``GraphError/requiresUndirected(_:)`` on a directed graph (use ``undirected()``);
    ///   ``GraphError/notConnected(_:)`` and ``GraphError/emptyGraph(_:)`` as ``eccentricity(weighted:)``.
    /// - Complexity: O(k (n + m)) for k breadth-first searches: k is small on real-world and random
    ///   sparse graphs (the paper reports a few dozen on graphs of millions of nodes), n in the worst
    ///   case (then as slow as all pairs, never slower by more than the four sweeps).
    public func boundedDiameter(progress: ((_ done: Int, _ bound: Int) -> Void)? = nil) throws(GraphError) -> Int {
        guard !isDirected else { throw GraphError.requiresUndirected("the bounded diameter") }
        try requireStronglyConnected("the diameter")
        let n = nodeCount
        if n == 1 { return 0 }
        var bfs = HopBFS(nodeCount: n)
        var searches = 0
        func eccentricity(_ s: Int32) -> Int32 {
            searches += 1
            return bfs.run(self, from: s)
        }
        // 4-sweep: r1 (highest degree) → a1 → b1, u1 the middle of a1…b1; u1 → a2 → b2, u the middle.
        var r: Int32 = 0
        for v in 1 ..< n where outOffset[v + 1] - outOffset[v] > outOffset[Int(r) + 1] - outOffset[Int(r)] { r = Int32(v) }
        var lower: Int32 = 0
        var middle = r
        for _ in 0 ..< 2 {
            _ = eccentricity(middle)
            let a = bfs.farthest
            lower = max(lower, eccentricity(a))
            middle = bfs.ancestor(of: bfs.farthest, steps: bfs.distance[Int(bfs.farthest)] / 2)
        }
        let u = middle
        var depth = eccentricity(u)
        lower = max(lower, depth)
        // Nodes of u's BFS by level.
        let uDistance = bfs.distance
        var levelStart = [Int](repeating: 0, count: Int(depth) + 2)
        for v in 0 ..< n { levelStart[Int(uDistance[v]) + 1] += 1 }
        for l in 0 ..< Int(depth) + 1 { levelStart[l + 1] += levelStart[l] }
        var byLevel = [Int32](repeating: 0, count: n)
        var fill = levelStart
        for v in 0 ..< n { byLevel[fill[Int(uDistance[v])]] = Int32(v); fill[Int(uDistance[v])] += 1 }
        var upper = 2 * depth
        while upper > lower && depth > 0 {
            progress?(searches, searches + levelStart[Int(depth) + 1] - levelStart[1])
            var fringe: Int32 = 0
            for position in levelStart[Int(depth)] ..< levelStart[Int(depth) + 1] {
                fringe = max(fringe, eccentricity(byLevel[position]))
                if max(lower, fringe) > 2 * (depth - 1) { break }
            }
            lower = max(lower, fringe)
            if lower > 2 * (depth - 1) { return Int(lower) }
            upper = 2 * (depth - 1)
            depth -= 1
        }
        return Int(lower)
    }
}

/// A reusable hop-count BFS over the rows of an undirected graph, with BFS parents.
struct HopBFS {
    var distance: [Int32]
    var parent: [Int32]
    var queue: [Int32]
    /// The last node reached (one of the farthest from the source).
    var farthest: Int32 = 0

    init(nodeCount n: Int) {
        distance = [Int32](repeating: -1, count: n)
        parent = [Int32](repeating: -1, count: n)
        queue = [Int32](repeating: 0, count: n)
    }

    /// Distances from `s` (−1 where unreached); returns the eccentricity of `s` within its component.
    mutating func run(_ g: Graph, from s: Int32) -> Int32 {
        let n = g.nodeCount
        var eccentricity: Int32 = 0
        var last = s
        distance.withUnsafeMutableBufferPointer { dist in
        parent.withUnsafeMutableBufferPointer { par in
        queue.withUnsafeMutableBufferPointer { q in
        g.outOffset.withUnsafeBufferPointer { off in
        g.outNeighbor.withUnsafeBufferPointer { nb in
            for v in 0 ..< n { dist[v] = -1 }
            dist[Int(s)] = 0
            par[Int(s)] = -1
            q[0] = s
            var head = 0, tail = 1
            while head < tail {
                let v = q[head]
                head += 1
                let dv = dist[Int(v)] + 1
                for p in off[Int(v)] ..< off[Int(v) + 1] {
                    let w = nb[p]
                    if dist[Int(w)] < 0 {
                        dist[Int(w)] = dv
                        par[Int(w)] = v
                        q[tail] = w
                        tail += 1
                    }
                }
            }
            last = q[tail - 1]
            eccentricity = dist[Int(last)]
        }}}}}
        farthest = last
        return eccentricity
    }

    /// The node `steps` BFS parents above `v`.
    func ancestor(of v: Int32, steps: Int32) -> Int32 {
        var x = v
        for _ in 0 ..< steps { x = parent[Int(x)] }
        return x
    }
}

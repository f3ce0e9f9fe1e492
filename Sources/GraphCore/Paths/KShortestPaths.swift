extension Graph {
    /// The `k` shortest **simple** paths from `source` to `target`, by increasing length (Yen 1971).
    ///
    /// Matches NetworkX `shortest_simple_paths` in the sequence of path lengths; among paths of equal
    /// length this returns the lexicographically smallest first (NetworkX's order among ties depends
    /// on its bidirectional search). Works on the underlying simple graph: self-loops are ignored
    /// and parallel edges count once with their smallest weight.
    ///
    /// - Parameters:
    ///   - source: the first node of every path.
    ///   - target: the last node of every path.
    ///   - k: how many paths at most.
    ///   - weighted: use weights (lengths are weight sums) or hop counts.
    /// - Returns: up to `k` paths with their lengths; fewer when fewer simple paths exist.
    /// - Throws: ``GraphError/nodeOutOfRange(_:nodeCount:)``, ``GraphError/negativeWeight(source:target:weight:)``,
    ///   ``GraphError/invalidArgument(_:)`` when `k < 0`.
    /// - Complexity: O(k · n · (n + m) log n).
    public func kShortestPaths(from source: Int32, to target: Int32, k: Int,
                               weighted: Bool = false) throws(GraphError) -> [(path: [Int32], length: Double)] {
        try checkNode(source)
        try checkNode(target)
        guard k >= 0 else { throw GraphError.invalidArgument("k must be >= 0, got \(k)") }
        if weighted && isWeighted { try checkNonNegativeWeights() }
        if k == 0 { return [] }
        let g = simplified()
        let useWeights = weighted && isWeighted
        if source == target { return [([source], 0)] }
        var blockedNode = [Bool](repeating: false, count: nodeCount)
        guard let first = g.restrictedShortestPath(source, target, useWeights, blockedNode, []) else { return [] }
        var accepted: [(path: [Int32], length: Double)] = [first]
        var candidates: [(path: [Int32], length: Double)] = []
        var seen = Set<[Int32]>([first.path])
        while accepted.count < k {
            let previous = accepted[accepted.count - 1].path
            for i in 0 ..< previous.count - 1 {
                let spur = previous[i]
                let root = Array(previous[0 ... i])
                var blockedEdges = Set<UInt64>()
                for a in accepted where a.path.count > i + 1 && Array(a.path[0 ... i]) == root {
                    blockedEdges.insert(Graph.pairKey(a.path[i], a.path[i + 1], directed: isDirected))
                }
                for x in root.dropLast() { blockedNode[Int(x)] = true }
                defer { for x in root.dropLast() { blockedNode[Int(x)] = false } }
                guard let spurPath = g.restrictedShortestPath(spur, target, useWeights, blockedNode, blockedEdges)
                else { continue }
                let total = root + spurPath.path.dropFirst()
                if seen.contains(total) { continue }
                seen.insert(total)
                let rootLength = g.pathLength(root, weighted: useWeights) ?? 0
                candidates.append((total, rootLength + spurPath.length))
            }
            guard !candidates.isEmpty else { break }
            var best = 0
            for j in 1 ..< candidates.count {
                let a = candidates[j], b = candidates[best]
                if a.length < b.length || (a.length == b.length && a.path.lexicographicallyPrecedes(b.path)) {
                    best = j
                }
            }
            accepted.append(candidates.remove(at: best))
        }
        return accepted
    }

    static func pairKey(_ u: Int32, _ v: Int32, directed: Bool) -> UInt64 {
        let (a, b) = directed || u <= v ? (u, v) : (v, u)
        return UInt64(UInt32(bitPattern: a)) << 32 | UInt64(UInt32(bitPattern: b))
    }

    /// Shortest path avoiding blocked nodes and blocked node pairs; ties broken towards the
    /// lexicographically smallest path by settling order (smaller ids first among equal distances).
    func restrictedShortestPath(_ s: Int32, _ t: Int32, _ useWeights: Bool, _ blockedNode: [Bool],
                                _ blockedEdges: Set<UInt64>) -> (path: [Int32], length: Double)? {
        let n = nodeCount
        var dist = [Double](repeating: .infinity, count: n)
        var parent = [Int32](repeating: -1, count: n)
        var done = [Bool](repeating: false, count: n)
        var heap = MinHeap<PathKey>()
        dist[Int(s)] = 0
        heap.push(PathKey(distance: 0, node: s))
        while let top = heap.pop() {
            let v = top.node
            if done[Int(v)] { continue }
            done[Int(v)] = true
            if v == t { break }
            let lo = outOffset[Int(v)], hi = outOffset[Int(v) + 1]
            for p in lo ..< hi {
                let w = outNeighbor[p]
                if blockedNode[Int(w)] || done[Int(w)] { continue }
                if !blockedEdges.isEmpty && blockedEdges.contains(Graph.pairKey(v, w, directed: isDirected)) { continue }
                let nd = top.distance + (useWeights ? edgeWeight[Int(outEdge[p])] : 1)
                if nd < dist[Int(w)] || (nd == dist[Int(w)] && v < parent[Int(w)]) {
                    dist[Int(w)] = nd
                    parent[Int(w)] = v
                    heap.push(PathKey(distance: nd, node: w))
                }
            }
        }
        guard dist[Int(t)].isFinite else { return nil }
        var path: [Int32] = [t]
        var v = t
        while v != s { v = parent[Int(v)]; path.append(v) }
        return (path.reversed(), dist[Int(t)])
    }
}

struct PathKey: Comparable {
    var distance: Double
    var node: Int32
    static func < (a: PathKey, b: PathKey) -> Bool {
        a.distance < b.distance || (a.distance == b.distance && a.node < b.node)
    }
}

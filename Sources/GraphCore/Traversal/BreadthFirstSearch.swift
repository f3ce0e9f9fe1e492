/// Which edges a traversal follows.
public enum EdgeDirection: String, Sendable, CaseIterable {
    /// Follow edges from source to target (successors). The only choice that matters when undirected.
    case outgoing
    /// Follow edges backwards (predecessors): finds ancestors instead of descendants.
    case incoming
    /// Ignore direction (successors and predecessors): weak reachability.
    case both
}

/// The result of a breadth-first search: visit order, parents and hop distances.
public struct BFSTree: Sendable, Equatable {
    /// Nodes in the order they were discovered, starting with the source(s).
    public var order: [Int32]
    /// `parent[v]` is the node that discovered `v`, `-1` for sources and unreached nodes.
    public var parent: [Int32]
    /// `distance[v]` is the number of edges from the nearest source, `-1` when unreached.
    public var distance: [Int32]
}

extension Graph {
    /// Calls `body(neighbour, edgeID)` for every edge leaving `v` in `direction`.
    @inlinable
    func forEachNeighbor(of v: Int32, _ direction: EdgeDirection, _ body: (Int32, Int32) -> Void) {
        if direction != .incoming || !isDirected {
            let lo = outOffset[Int(v)], hi = outOffset[Int(v) + 1]
            for p in lo ..< hi { body(outNeighbor[p], outEdge[p]) }
        }
        if isDirected && direction != .outgoing {
            let lo = inOffset[Int(v)], hi = inOffset[Int(v) + 1]
            for p in lo ..< hi { body(inNeighbor[p], inEdge[p]) }
        }
    }

    /// Breadth-first search from one or more sources.
    ///
    /// Neighbours are visited in row order (edge order). Parallel edges and self-loops do not change
    /// the result. Matches NetworkX `bfs_tree`/`single_source_shortest_path_length` distances.
    ///
    /// - Parameters:
    ///   - sources: start nodes (distance 0); duplicates are ignored.
    ///   - direction: which edges to follow on a directed graph.
    ///   - maxDepth: stop expanding nodes at this distance (`nil`: no limit).
    /// - Throws: ``GraphError/nodeOutOfRange(_:nodeCount:)``.
    /// - Complexity: O(n + m) time, O(n) extra memory.
    public func breadthFirstSearch(from sources: [Int32], direction: EdgeDirection = .outgoing,
                                   maxDepth: Int? = nil) throws(GraphError) -> BFSTree {
        for s in sources { try checkNode(s) }
        var distance = [Int32](repeating: -1, count: nodeCount)
        var parent = [Int32](repeating: -1, count: nodeCount)
        var order: [Int32] = []
        order.reserveCapacity(nodeCount)
        for s in sources where distance[Int(s)] < 0 {
            distance[Int(s)] = 0
            order.append(s)
        }
        let limit = Int32(clamping: maxDepth ?? Int(Int32.max))
        var head = 0
        while head < order.count {
            let v = order[head]
            head += 1
            let dv = distance[Int(v)]
            if dv >= limit { continue }
            forEachNeighbor(of: v, direction) { w, _ in
                if distance[Int(w)] < 0 {
                    distance[Int(w)] = dv + 1
                    parent[Int(w)] = v
                    order.append(w)
                }
            }
        }
        return BFSTree(order: order, parent: parent, distance: distance)
    }

    /// Hop distances from `source` (`-1` when unreachable), following edge direction.
    ///
    /// Matches NetworkX `single_source_shortest_path_length` (which omits unreachable nodes).
    /// - Complexity: O(n + m) time, O(n) memory.
    public func bfsDistances(from source: Int32, direction: EdgeDirection = .outgoing) throws(GraphError) -> [Int32] {
        try checkNode(source)
        var distance = [Int32](repeating: -1, count: nodeCount)
        var queue = [Int32](repeating: 0, count: nodeCount)
        distance[Int(source)] = 0
        queue[0] = source
        var head = 0, tail = 1
        let both = isDirected && direction == .both
        let useIn = isDirected && direction == .incoming
        distance.withUnsafeMutableBufferPointer { dist in
            queue.withUnsafeMutableBufferPointer { q in
                func scan(_ off: UnsafeBufferPointer<Int>, _ nb: UnsafeBufferPointer<Int32>) {
                    while head < tail {
                        let v = Int(q[head])
                        head += 1
                        let dv = dist[v] + 1
                        for p in off[v] ..< off[v + 1] {
                            let w = Int(nb[p])
                            if dist[w] < 0 {
                                dist[w] = dv
                                q[tail] = Int32(truncatingIfNeeded: w)
                                tail += 1
                            }
                        }
                        if both {
                            for p in inOffset[v] ..< inOffset[v + 1] {
                                let w = Int(inNeighbor[p])
                                if dist[w] < 0 {
                                    dist[w] = dv
                                    q[tail] = Int32(truncatingIfNeeded: w)
                                    tail += 1
                                }
                            }
                        }
                    }
                }
                if useIn {
                    inOffset.withUnsafeBufferPointer { o in inNeighbor.withUnsafeBufferPointer { n in scan(o, n) } }
                } else {
                    outOffset.withUnsafeBufferPointer { o in outNeighbor.withUnsafeBufferPointer { n in scan(o, n) } }
                }
            }
        }
        return distance
    }

    /// The nodes reachable from `source` (including `source`), sorted by id.
    ///
    /// `.outgoing` gives NetworkX `descendants(G, s) | {s}`, `.incoming` gives `ancestors(G, s) | {s}`.
    /// - Complexity: O(n + m).
    public func reachable(from source: Int32, direction: EdgeDirection = .outgoing) throws(GraphError) -> [Int32] {
        let d = try bfsDistances(from: source, direction: direction)
        var out: [Int32] = []
        for v in 0 ..< nodeCount where d[v] >= 0 { out.append(Int32(v)) }
        return out
    }

    /// Whether a path leads from `source` to `target` (following direction).
    /// - Complexity: O(n + m) worst case; stops early when `target` is found.
    public func hasPath(from source: Int32, to target: Int32) throws(GraphError) -> Bool {
        try checkNode(source)
        try checkNode(target)
        if source == target { return true }
        var seen = [Bool](repeating: false, count: nodeCount)
        var stack: [Int32] = [source]
        seen[Int(source)] = true
        while let v = stack.popLast() {
            for w in successors(of: v) where !seen[Int(w)] {
                if w == target { return true }
                seen[Int(w)] = true
                stack.append(w)
            }
        }
        return false
    }
}

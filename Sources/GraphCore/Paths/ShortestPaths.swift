/// Single-source shortest paths: distances, a parent per node and the order nodes were settled.
public struct ShortestPathTree: Sendable, Equatable {
    /// The source.
    public var source: Int32
    /// `distance[v]`: length of a shortest path (sum of weights, or hops), `.infinity` when unreachable.
    public var distance: [Double]
    /// `parent[v]`: the node before `v` on one shortest path (the first found), `-1` for the source
    /// and unreachable nodes.
    public var parent: [Int32]
    /// Reached nodes in non-decreasing distance order.
    public var order: [Int32]

    /// The path from the source to `target` along parents, or `nil` when unreachable.
    /// - Complexity: O(length of the path).
    public func path(to target: Int32) -> [Int32]? {
        guard target >= 0, Int(target) < distance.count, distance[Int(target)].isFinite else { return nil }
        var p: [Int32] = [target]
        var v = target
        while parent[Int(v)] >= 0 {
            v = parent[Int(v)]
            p.append(v)
        }
        return p.reversed()
    }
}

/// Shortest paths with **every** predecessor on a shortest path, and path counts.
public struct ShortestPathDAG: Sendable, Equatable {
    /// The source.
    public var source: Int32
    /// As in ``ShortestPathTree/distance``.
    public var distance: [Double]
    /// `predecessors[v]`: every `u` with an edge `u → v` on some shortest path, in settling order,
    /// each once even with parallel edges.
    public var predecessors: [[Int32]]
    /// `sigma[v]`: the number of shortest paths from the source to `v`, counted as `Double`
    /// (it overflows `Int` on grids); parallel edges do not multiply paths (NetworkX convention).
    public var sigma: [Double]
    /// Reached nodes in non-decreasing distance order.
    public var order: [Int32]
}

extension Graph {
    /// Throws ``GraphError/negativeWeight(source:target:weight:)`` for the first negative weight.
    func checkNonNegativeWeights() throws(GraphError) {
        guard isWeighted else { return }
        for e in 0 ..< edgeCount where edgeWeight[e] < 0 {
            throw GraphError.negativeWeight(source: edgeSource[e], target: edgeTarget[e], weight: edgeWeight[e])
        }
    }

    /// Single-source shortest paths: Dijkstra with a binary heap when `weighted` and the graph has
    /// weights, breadth-first search otherwise (every edge has length 1).
    ///
    /// Matches NetworkX `single_source_dijkstra` (weighted) and `single_source_shortest_path_length`
    /// (unweighted). Parallel edges: the lightest one counts. Self-loops never shorten a path.
    ///
    /// - Parameters:
    ///   - source: the start node.
    ///   - weighted: use edge weights (default); `false` counts hops.
    ///   - direction: which edges to follow on a directed graph.
    /// - Throws: ``GraphError/nodeOutOfRange(_:nodeCount:)``; ``GraphError/negativeWeight(source:target:weight:)``
    ///   if any edge weight is negative (checked over the whole graph before the search).
    /// - Complexity: O((n + m) log n) weighted, O(n + m) unweighted.
    public func shortestPaths(from source: Int32, weighted: Bool = true,
                              direction: EdgeDirection = .outgoing) throws(GraphError) -> ShortestPathTree {
        try checkNode(source)
        if !(weighted && isWeighted) {
            let t = try breadthFirstSearch(from: [source], direction: direction)
            return ShortestPathTree(source: source, distance: t.distance.map { $0 < 0 ? .infinity : Double($0) },
                                    parent: t.parent, order: t.order)
        }
        try checkNonNegativeWeights()
        let n = nodeCount
        var dist = [Double](repeating: .infinity, count: n)
        var parent = [Int32](repeating: -1, count: n)
        var done = [Bool](repeating: false, count: n)
        var order: [Int32] = []
        var heap = DistanceHeap()
        dist[Int(source)] = 0
        heap.push(0, source)
        if direction == .outgoing || !isDirected {
            // Fast path: sequential reads of neighbours and per-slot weights.
            dist.withUnsafeMutableBufferPointer { dist in
                parent.withUnsafeMutableBufferPointer { parent in
                    done.withUnsafeMutableBufferPointer { done in
                        outOffset.withUnsafeBufferPointer { off in
                            outNeighbor.withUnsafeBufferPointer { nb in
                                outWeight.withUnsafeBufferPointer { wt in
                                    while let (d, v) = heap.pop() {
                                        let vi = Int(v)
                                        if done[vi] { continue }
                                        done[vi] = true
                                        order.append(v)
                                        for p in off[vi] ..< off[vi + 1] {
                                            let w = Int(nb[p])
                                            let nd = d + wt[p]
                                            if nd < dist[w] {
                                                dist[w] = nd
                                                parent[w] = v
                                                heap.push(nd, nb[p])
                                            }
                                        }
                                    }
                                }
                            }
                        }
                    }
                }
            }
        } else {
            while let (d, v) = heap.pop() {
                if done[Int(v)] { continue }
                done[Int(v)] = true
                order.append(v)
                forEachNeighbor(of: v, direction) { w, e in
                    let nd = d + edgeWeight[Int(e)]
                    if nd < dist[Int(w)] {
                        dist[Int(w)] = nd
                        parent[Int(w)] = v
                        heap.push(nd, w)
                    }
                }
            }
        }
        return ShortestPathTree(source: source, distance: dist, parent: parent, order: order)
    }

    /// Distances from `source`: Dijkstra when `weighted` (default) and the graph has weights, else hops.
    /// Unreachable nodes get `.infinity`. Matches NetworkX `single_source_dijkstra_path_length`.
    /// - Complexity: O((n + m) log n).
    public func dijkstraDistances(from source: Int32, weighted: Bool = true) throws(GraphError) -> [Double] {
        guard weighted && isWeighted else { return try shortestPaths(from: source, weighted: false).distance }
        try checkNode(source)
        try checkNonNegativeWeights()
        // Distances only: no parents or order, and an indexed 4-ary heap with decrease-key, so each
        // node is in the heap at most once (the lazy heap of `shortestPaths` may hold a node once per
        // improvement).
        let n = nodeCount
        var dist = [Double](repeating: .infinity, count: n)
        var heap = IndexedQuaternaryHeap(capacity: n)
        dist.withUnsafeMutableBufferPointer { dist in
            outOffset.withUnsafeBufferPointer { off in
                outNeighbor.withUnsafeBufferPointer { nb in
                    outWeight.withUnsafeBufferPointer { wt in
                        dist[Int(source)] = 0
                        heap.update(source, key: 0)
                        while let (d, v) = heap.popMin() {
                            let vi = Int(v)
                            for p in off[vi] ..< off[vi + 1] {
                                let w = nb[p]
                                let nd = d + wt[p]
                                if nd < dist[Int(w)] {
                                    dist[Int(w)] = nd
                                    heap.update(w, key: nd)
                                }
                            }
                        }
                    }
                }
            }
        }
        return dist
    }

    /// One shortest path from `source` to `target` (nodes, both ends included), or `nil`.
    /// Matches NetworkX `shortest_path` in length (ties may pick a different path).
    /// - Complexity: O((n + m) log n) weighted, O(n + m) unweighted.
    public func shortestPath(from source: Int32, to target: Int32,
                             weighted: Bool = false) throws(GraphError) -> [Int32]? {
        try checkNode(target)
        return try shortestPaths(from: source, weighted: weighted).path(to: target)
    }

    /// Shortest paths from `source` with all predecessors and path counts (the first phase of
    /// Brandes' algorithm). Distances are compared exactly, as NetworkX does.
    ///
    /// Zero-weight edges between two nodes at the same distance are followed only from the node
    /// settled first, so the predecessor graph stays acyclic; NetworkX instead records both
    /// directions and then repeats paths. With positive weights both agree exactly.
    /// - Complexity: O((n + m) log n) weighted, O(n + m) unweighted.
    public func shortestPathDAG(from source: Int32, weighted: Bool = false) throws(GraphError) -> ShortestPathDAG {
        try checkNode(source)
        let n = nodeCount
        var dist = [Double](repeating: .infinity, count: n)
        var preds = [[Int32]](repeating: [], count: n)
        var sigma = [Double](repeating: 0, count: n)
        var order: [Int32] = []
        var lastFrom = [Int32](repeating: -1, count: n)  // dedupes parallel edges per relaxing node
        dist[Int(source)] = 0
        sigma[Int(source)] = 1
        if weighted && isWeighted {
            try checkNonNegativeWeights()
            var done = [Bool](repeating: false, count: n)
            var heap = DistanceHeap()
            heap.push(0, source)
            while let (d, v) = heap.pop() {
                if done[Int(v)] || d > dist[Int(v)] { continue }
                done[Int(v)] = true
                order.append(v)
                let lo = outOffset[Int(v)], hi = outOffset[Int(v) + 1]
                // Lightest edge to each neighbour first, so parallel edges count once.
                for p in lo ..< hi {
                    let w = Int(outNeighbor[p])
                    if w == Int(v) || done[w] { continue }
                    var wt = edgeWeight[Int(outEdge[p])]
                    if lastFrom[w] == v { continue }
                    lastFrom[w] = v
                    for q in (p + 1) ..< hi where Int(outNeighbor[q]) == w {
                        wt = min(wt, edgeWeight[Int(outEdge[q])])
                    }
                    let nd = d + wt
                    if nd < dist[w] {
                        dist[w] = nd
                        sigma[w] = sigma[Int(v)]
                        preds[w] = [v]
                        heap.push(nd, Int32(w))
                    } else if nd == dist[w] {
                        sigma[w] += sigma[Int(v)]
                        preds[w].append(v)
                    }
                }
            }
        } else {
            order.append(source)
            var head = 0
            while head < order.count {
                let v = order[head]
                head += 1
                let dv = dist[Int(v)] + 1
                for w32 in successors(of: v) {
                    let w = Int(w32)
                    if lastFrom[w] == v { continue }
                    lastFrom[w] = v
                    if dist[w] == .infinity {
                        dist[w] = dv
                        order.append(w32)
                    }
                    if dist[w] == dv {
                        sigma[w] += sigma[Int(v)]
                        preds[w].append(v)
                    }
                }
            }
        }
        return ShortestPathDAG(source: source, distance: dist, predecessors: preds, sigma: sigma, order: order)
    }

    /// Every shortest path from `source` to `target`, sorted lexicographically; empty when unreachable.
    ///
    /// Matches NetworkX `all_shortest_paths` as a set. Parallel edges do not duplicate paths.
    /// - Parameter source: the first node of every path.
    /// - Parameter target: the last node of every path.
    /// - Parameter weighted: lengths are weight sums (Dijkstra) rather than hop counts.
    /// - Parameter limit: stop after this many paths (they can be exponentially many).
    /// - Complexity: O((n + m) log n) plus the size of the output.
    public func allShortestPaths(from source: Int32, to target: Int32, weighted: Bool = false,
                                 limit: Int = .max) throws(GraphError) -> [[Int32]] {
        try checkNode(target)
        let dag = try shortestPathDAG(from: source, weighted: weighted)
        guard dag.distance[Int(target)].isFinite else { return [] }
        // Iterative enumeration backwards along predecessor lists.
        var out: [[Int32]] = []
        var stack: [(node: Int32, next: Int)] = [(target, 0)]
        while let top = stack.last, out.count < limit {
            if top.node == source {
                out.append(stack.reversed().map(\.node))
                stack.removeLast()
                continue
            }
            let preds = dag.predecessors[Int(top.node)]
            if top.next < preds.count {
                stack[stack.count - 1].next += 1
                stack.append((preds[top.next], 0))
            } else {
                stack.removeLast()
            }
        }
        out.sort { $0.lexicographicallyPrecedes($1) }
        return out
    }
}

/// A binary min-heap of (distance, node) pairs for Dijkstra (lazy deletion).
struct DistanceHeap {
    var keys: [Double] = []
    var nodes: [Int32] = []

    mutating func push(_ key: Double, _ node: Int32) {
        keys.append(key)
        nodes.append(node)
        var i = keys.count - 1
        while i > 0 {
            let p = (i - 1) >> 1
            if keys[p] <= key { break }
            keys[i] = keys[p]
            nodes[i] = nodes[p]
            i = p
        }
        keys[i] = key
        nodes[i] = node
    }

    mutating func pop() -> (Double, Int32)? {
        guard let topKey = keys.first else { return nil }
        let topNode = nodes[0]
        let lastKey = keys.removeLast()
        let lastNode = nodes.removeLast()
        let n = keys.count
        if n > 0 {
            var i = 0
            while true {
                let l = 2 * i + 1
                if l >= n { break }
                var c = l
                if l + 1 < n && keys[l + 1] < keys[l] { c = l + 1 }
                if keys[c] >= lastKey { break }
                keys[i] = keys[c]
                nodes[i] = nodes[c]
                i = c
            }
            keys[i] = lastKey
            nodes[i] = lastNode
        }
        return (topKey, topNode)
    }
}

/// A min-heap of nodes keyed by distance, four children per node, keys stored inline, with the
/// heap position of every node so a key can be lowered in place. A node popped is never pushed
/// again by Dijkstra (its distance is final), so positions need no "settled" state.
struct IndexedQuaternaryHeap: ~Copyable {
    private let keys: UnsafeMutablePointer<Double>
    private let nodes: UnsafeMutablePointer<Int32>
    private let position: UnsafeMutablePointer<Int32>  // -1: not in the heap
    private var count = 0

    init(capacity n: Int) {
        keys = .allocate(capacity: max(n, 1))
        nodes = .allocate(capacity: max(n, 1))
        position = .allocate(capacity: max(n, 1))
        position.initialize(repeating: -1, count: max(n, 1))
    }

    deinit {
        keys.deallocate(); nodes.deallocate(); position.deallocate()
    }

    /// Inserts `node` with `key`, or lowers its key (`key` must not be larger than the current one).
    mutating func update(_ node: Int32, key: Double) {
        var i = Int(position[Int(node)])
        if i < 0 { i = count; count += 1 }
        while i > 0 {
            let parent = (i - 1) >> 2
            let pk = keys[parent]
            if pk <= key { break }
            place(i, pk, nodes[parent])
            i = parent
        }
        place(i, key, node)
    }

    /// Puts `node` with `key` at heap slot `i` and records the slot.
    @inline(__always) private func place(_ i: Int, _ key: Double, _ node: Int32) {
        keys[i] = key
        nodes[i] = node
        position[Int(node)] = Int32(truncatingIfNeeded: i)
    }

    /// Removes and returns the node with the smallest key.
    mutating func popMin() -> (Double, Int32)? {
        if count == 0 { return nil }
        let topKey = keys[0], topNode = nodes[0]
        position[Int(topNode)] = -1
        count -= 1
        if count > 0 {
            let key = keys[count], node = nodes[count]
            var i = 0
            while true {
                let first = 4 * i + 1
                if first >= count { break }
                var best = first
                var bestKey = keys[first]
                let last = min(first + 4, count)
                var c = first + 1
                while c < last {
                    let k = keys[c]
                    if k < bestKey { bestKey = k; best = c }
                    c += 1
                }
                if bestKey >= key { break }
                place(i, bestKey, nodes[best])
                i = best
            }
            place(i, key, node)
        }
        return (topKey, topNode)
    }
}

extension Graph {
    /// Semi-synchronous label propagation (Cordasco & Gargano 2010), exactly as NetworkX's
    /// `label_propagation_communities`: deterministic, no seed.
    ///
    /// Nodes are coloured greedily in NetworkX's `largest_first` order (degree descending, self-loops
    /// twice and parallel edges each, ties by id); every label starts as the node's id. Each round
    /// updates the colour classes in colour order: a node takes the most frequent label among its
    /// distinct neighbours (its own label counts if it has a self-loop); on a tie it keeps its label
    /// if that is among the most frequent, else takes the largest. Rounds repeat until every node
    /// with a neighbour holds a most frequent label. Unweighted, as NetworkX.
    ///
    /// - Throws: ``GraphError/requiresUndirected(_:)`` on a directed graph (as NetworkX).
    /// - Complexity: O(m) per round; the number of rounds is small in practice (the semi-synchronous
    ///   rule converges, Cordasco & Gargano).
    public func labelPropagationCommunities() throws(GraphError) -> Partition {
        guard !isDirected else { throw GraphError.requiresUndirected("semi-synchronous label propagation") }
        let n = nodeCount
        // Distinct neighbours, self included when there is a self-loop.
        var offset = [Int](repeating: 0, count: n + 1)
        var nbr: [Int32] = []
        var mark = [Int](repeating: -1, count: n)
        for v in 0 ..< n {
            for w in successors(of: Int32(v)) where mark[Int(w)] != v {
                mark[Int(w)] = v
                nbr.append(w)
            }
            offset[v + 1] = nbr.count
        }
        // Greedy colouring, largest degree first (stable).
        let order = (0 ..< n).sorted { (degree(of: Int32($0)), -$0) > (degree(of: Int32($1)), -$1) }
        var color = [Int](repeating: -1, count: n)
        var used = [Int](repeating: -1, count: n + 1)
        var colorCount = 0
        for u in order {
            for p in offset[u] ..< offset[u + 1] where color[Int(nbr[p])] >= 0 { used[color[Int(nbr[p])]] = u }
            var c = 0
            while used[c] == u { c += 1 }
            color[u] = c
            colorCount = Swift.max(colorCount, c + 1)
        }
        var classes = [[Int]](repeating: [], count: colorCount)
        for v in 0 ..< n { classes[color[v]].append(v) }
        var label = Array(0 ..< n)
        var counter = LabelCounter(nodeCount: n)
        var best: [Int] = []
        while true {
            var complete = true
            for v in 0 ..< n where offset[v + 1] > offset[v] {
                if !counter.mostFrequent(v, offset: offset, neighbor: nbr, label: label, into: &best) {
                    complete = false
                    break
                }
            }
            if complete { break }
            for cls in classes {
                for v in cls where offset[v + 1] > offset[v] {
                    let mine = counter.mostFrequent(v, offset: offset, neighbor: nbr, label: label, into: &best)
                    if best.count == 1 { label[v] = best[0] }
                    else if !mine { label[v] = best.max()! }
                }
            }
        }
        return Partition(labels: label)
    }

    /// Asynchronous label propagation (Raghavan, Albert & Kumara 2007) with NetworkX's
    /// `asyn_lpa_communities` rule, seeded.
    ///
    /// Every sweep visits the nodes in a fresh random order; a node whose label is not among the
    /// most frequent (or heaviest, with `weighted`) labels of its neighbours takes one of those at
    /// random. Sweeps stop when one changes nothing. Neighbours follow direction (successors), as
    /// NetworkX's `G[node]`; unweighted counts each distinct neighbour once, weighted sums the
    /// weights of all edges (parallel edges add). Results are deterministic for a seed, but not
    /// NetworkX's for the same seed (different generator).
    ///
    /// - Throws: ``CommunityDetectionError/didNotConverge(algorithm:iterations:)`` after
    ///   `maxIterations` sweeps.
    /// - Complexity: O(m) per sweep.
    public func asynchronousLabelPropagation(weighted: Bool = false, seed: UInt64 = 0,
                                             maxIterations: Int = 1000) throws(CommunityDetectionError) -> Partition {
        let n = nodeCount
        let useW = weighted && isWeighted
        var rng = CommunityRandom(seed: seed)
        var label = Array(0 ..< n)
        var freq = [Double](repeating: 0, count: n)
        var seen = [Bool](repeating: false, count: n)
        var touched: [Int] = []
        var seenNeighbor = [Int](repeating: -1, count: n)
        var order = Array(0 ..< n)
        var best: [Int] = []
        for _ in 0 ..< maxIterations {
            var changed = false
            rng.shuffle(&order)
            for v in order {
                let nb = successors(of: Int32(v)), es = outEdges(of: Int32(v))
                if nb.isEmpty { continue }
                for (w, e) in zip(nb, es) {
                    if !useW {
                        if seenNeighbor[Int(w)] == v { continue }
                        seenNeighbor[Int(w)] = v
                    }
                    let l = label[Int(w)]
                    if !seen[l] { seen[l] = true; touched.append(l) }
                    freq[l] += useW ? weight(ofEdge: Int(e)) : 1
                }
                var top = -Double.infinity
                for l in touched where freq[l] > top { top = freq[l] }
                best.removeAll(keepingCapacity: true)
                var mine = false
                for l in touched where freq[l] == top { best.append(l); if l == label[v] { mine = true } }
                if !mine { label[v] = best[rng.below(best.count)]; changed = true }
                for l in touched { seen[l] = false; freq[l] = 0 }
                touched.removeAll(keepingCapacity: true)
                if !useW { for w in nb { seenNeighbor[Int(w)] = -1 } }
            }
            if !changed { return Partition(labels: label) }
        }
        throw CommunityDetectionError.didNotConverge(algorithm: "asynchronous label propagation", iterations: maxIterations)
    }
}

/// Label frequencies around one node (scratch arrays reused across nodes).
private struct LabelCounter {
    var freq: [Int]
    var touched: [Int] = []

    init(nodeCount: Int) { freq = [Int](repeating: 0, count: nodeCount) }

    /// Writes the most frequent labels among `v`'s neighbours into `best` (first-seen order) and
    /// returns whether `v`'s own label is one of them.
    mutating func mostFrequent(_ v: Int, offset: [Int], neighbor: [Int32], label: [Int],
                               into best: inout [Int]) -> Bool {
        best.removeAll(keepingCapacity: true)
        var top = 0
        for p in offset[v] ..< offset[v + 1] {
            let l = label[Int(neighbor[p])]
            if freq[l] == 0 { touched.append(l) }
            freq[l] += 1
            top = Swift.max(top, freq[l])
        }
        var mine = false
        for l in touched where freq[l] == top {
            best.append(l)
            if l == label[v] { mine = true }
        }
        for l in touched { freq[l] = 0 }
        touched.removeAll(keepingCapacity: true)
        return mine
    }
}

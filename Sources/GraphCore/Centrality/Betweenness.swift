extension Graph {
    /// Exact node betweenness centrality by Brandes' algorithm (J. Math. Sociol. 2001), sources in
    /// parallel.
    ///
    /// `b(v) = Σ_{s ≠ v ≠ t} σ(s, t | v) / σ(s, t)` over ordered pairs, then scaled exactly as
    /// NetworkX `betweenness_centrality(G, normalized=, weight=, endpoints=)`:
    /// - `normalized: true`: divided by `(n - 1)(n - 2)` (`n (n - 1)` with `endpoints`), directed and
    ///   undirected alike;
    /// - `normalized: false`: halved when undirected (each unordered pair once), raw when directed;
    /// - `endpoints: true` also counts `s` and `t` as lying on their own paths;
    /// - graphs with `n <= 2` (`n <= 1` with `endpoints`) are not rescaled.
    ///
    /// Conventions: path counts are `Double` (no overflow on grids). Parallel edges count once (the
    /// lightest when weighted) and self-loops are ignored, as NetworkX on multigraphs. Weighted
    /// distances are sums compared exactly, as NetworkX does; zero-weight edges: see
    /// ``shortestPathDAG(from:weighted:)``. Unreachable pairs contribute
    /// nothing. Sources run in fixed chunks on all cores (or `threads`), chunk results are summed in
    /// chunk order: the result is the same bytes for any number of threads.
    ///
    /// ```swift
    /// let b = try g.betweennessCentrality()                       // NetworkX defaults
    /// let raw = try g.betweennessCentrality(normalized: false, weighted: true)
    /// ```
    ///
    /// - Parameters:
    ///   - normalized: scale as described above.
    ///   - weighted: use edge weights as lengths (Dijkstra); otherwise hops (BFS).
    ///   - endpoints: include the endpoints of each path.
    ///   - threads: worker threads; `nil` uses every core. Does not change the result.
    /// - Throws: ``GraphError/negativeWeight(source:target:weight:)`` when weighted with a negative weight.
    /// - Complexity: O(n m) unweighted, O(n m log n) weighted; O(n + m) memory per worker plus up to
    ///   64 partial rows of n doubles.
    public func betweennessCentrality(normalized: Bool = true, weighted: Bool = false,
                                      endpoints: Bool = false, threads: Int? = nil) throws(GraphError) -> [Double] {
        try betweenness(sources: Array(nodes), sampled: false, normalized: normalized, weighted: weighted,
                        endpoints: endpoints, threads: threads)
    }

    /// Approximate betweenness from `k` sources drawn as NetworkX draws them:
    /// `betweenness_centrality(G, k=k, seed=seed, ...)` on a graph with nodes `0 ..< n` picks
    /// `random.Random(seed).sample(list(G), k)` (see ``PythonRandom``), and so does this method, so
    /// both give the same values. Scaling follows NetworkX's sampling correction: with `endpoints:
    /// false` sampled sources are scaled by `1 / ((k - 1)(n - 2))` and the others by `1 / (k (n - 2))`
    /// (normalized; unnormalized: `(n - 1) / ((k - 1) c)` and `(n - 1) / (k c)`, `c` = 2 undirected,
    /// 1 directed); with `endpoints: true` all by `1 / (k (n - 1))` (resp. `n / (k c)`). `k == n`
    /// gives the exact values; `k == 1` without endpoints gives NaN on the source, as NetworkX.
    ///
    /// - Throws: ``GraphError/invalidArgument(_:)`` unless `0 <= k <= n`; negative weights as above.
    /// - Complexity: O(k m) unweighted, O(k m log n) weighted.
    public func betweennessCentrality(k: Int, seed: Int, normalized: Bool = true, weighted: Bool = false,
                                      endpoints: Bool = false, threads: Int? = nil) throws(GraphError) -> [Double] {
        guard k >= 0, k <= nodeCount else {
            throw GraphError.invalidArgument("k = \(k) must be between 0 and the node count \(nodeCount)")
        }
        if k == nodeCount {
            return try betweennessCentrality(normalized: normalized, weighted: weighted, endpoints: endpoints, threads: threads)
        }
        var rng = PythonRandom(seed: seed)
        return try betweenness(sources: rng.sample(n: nodeCount, k: k), sampled: true, normalized: normalized,
                               weighted: weighted, endpoints: endpoints, threads: threads)
    }

    /// Betweenness from an explicit set of sources, scaled as NetworkX scales a sample of that size
    /// (see ``betweennessCentrality(k:seed:normalized:weighted:endpoints:threads:)``). Duplicates are
    /// ignored; all `n` nodes give the exact values.
    /// - Throws: ``GraphError/nodeOutOfRange(_:nodeCount:)``; negative weights as above.
    /// - Complexity: O(|sources| m) unweighted.
    public func betweennessCentrality(sources: [Int32], normalized: Bool = true, weighted: Bool = false,
                                      endpoints: Bool = false, threads: Int? = nil) throws(GraphError) -> [Double] {
        for s in sources { try checkNode(s) }
        var seen = [Bool](repeating: false, count: nodeCount)
        var unique: [Int32] = []
        for s in sources where !seen[Int(s)] { seen[Int(s)] = true; unique.append(s) }
        return try betweenness(sources: unique, sampled: unique.count < nodeCount, normalized: normalized,
                               weighted: weighted, endpoints: endpoints, threads: threads)
    }

    func betweenness(sources: [Int32], sampled: Bool, normalized: Bool, weighted: Bool, endpoints: Bool,
                     threads: Int?) throws(GraphError) -> [Double] {
        let useWeights = weighted && isWeighted
        if useWeights { try checkNonNegativeWeights() }
        let n = nodeCount
        if n == 0 { return [] }
        let h = simplified()
        var bc = h.withOutRows(weighted: useWeights) { g in
            if useWeights {
                return SourceParallel.accumulate(
                    sources: sources, width: n, threads: threads,
                    makeWorkspace: { BrandesWorkspace(nodeCount: n) },
                    body: { ws, chunk, row in
                        for s in chunk {
                            ws.dijkstra(from: s, g)
                            ws.accumulateNodes(g, endpoints: endpoints, into: row)
                            ws.reset()
                        }
                    })
            }
            let layout = isDirected ? nil : ComponentLayout(h)
            return SourceParallel.accumulate(
                sources: sources, width: n, threads: threads,
                makeWorkspace: { DAGBrandes(nodeCount: n, slots: g.neighbor.count, edges: false) },
                body: { ws, chunk, row in
                    for s in chunk {
                        ws.search(from: s, g, components: layout, recordEdges: false)
                        ws.accumulateNodes(endpoints: endpoints, into: row)
                    }
                })
        }
        Graph.rescaleBetweenness(&bc, n: n, normalized: normalized, directed: isDirected, endpoints: endpoints,
                                 sampled: sampled ? sources : nil)
        return bc
    }

    /// NetworkX `_rescale` (networkx/algorithms/centrality/betweenness.py, 3.6), the same cases.
    static func rescaleBetweenness(_ b: inout [Double], n: Int, normalized: Bool, directed: Bool,
                                   endpoints: Bool, sampled: [Int32]?) {
        let bigN = endpoints ? n : n - 1
        if bigN < 2 { return }
        let kSource = Double(sampled?.count ?? bigN)
        let correction: Double = directed ? 1 : 2
        if sampled == nil || endpoints {
            let scale = normalized ? 1 / (kSource * Double(bigN - 1)) : Double(bigN) / (kSource * correction)
            if scale != 1 { for i in b.indices { b[i] *= scale } }
            return
        }
        let scaleSource: Double, scaleOther: Double
        if normalized {
            scaleSource = kSource > 1 ? 1 / ((kSource - 1) * Double(bigN - 1)) : .nan
            scaleOther = 1 / (kSource * Double(bigN - 1))
        } else {
            scaleSource = kSource > 1 ? Double(bigN) / ((kSource - 1) * correction) : .nan
            scaleOther = Double(bigN) / (kSource * correction)
        }
        var isSource = [Bool](repeating: false, count: b.count)
        for s in sampled! { isSource[Int(s)] = true }
        for i in b.indices { b[i] *= isSource[i] ? scaleSource : scaleOther }
    }

    /// Edge betweenness centrality by Brandes' algorithm, one value per edge id.
    ///
    /// `b(e) = Σ_{s ≠ t} σ(s, t | e) / σ(s, t)`, scaled as NetworkX `edge_betweenness_centrality`:
    /// `normalized` divides by `n (n - 1)`; otherwise undirected values are halved. Parallel edges:
    /// the pair's value is split equally among its lightest edges (heavier ones get 0), as NetworkX's
    /// `_add_edge_keys`; self-loops get 0. Parallel over sources, deterministic as
    /// ``betweennessCentrality(normalized:weighted:endpoints:threads:)``.
    ///
    /// - Parameters:
    ///   - normalized: divide by `n (n - 1)` (NetworkX default); otherwise halve undirected values.
    ///   - weighted: use edge weights as lengths (Dijkstra) instead of hop counts.
    ///   - k: with `seed`, use NetworkX's sample of `k` sources (`nil`: all sources, exact).
    ///   - seed: the seed of NetworkX's source sample (`random.Random(seed)`), used with `k`.
    ///   - threads: worker threads; `nil` uses every core. Does not change the result.
    /// - Throws: negative weights; ``GraphError/invalidArgument(_:)`` for a `k` outside `0 ... n`.
    /// - Complexity: O(n m) unweighted, O(n m log n) weighted.
    public func edgeBetweennessCentrality(normalized: Bool = true, weighted: Bool = false, k: Int? = nil,
                                          seed: Int = 0, threads: Int? = nil) throws(GraphError) -> [Double] {
        let useWeights = weighted && isWeighted
        if useWeights { try checkNonNegativeWeights() }
        let n = nodeCount
        var sources = Array(nodes)
        var sampled = false
        if let k, k != n {
            guard k >= 0, k <= n else { throw GraphError.invalidArgument("k = \(k) must be between 0 and \(n)") }
            var rng = PythonRandom(seed: seed)
            sources = rng.sample(n: n, k: k)
            sampled = true
        }
        let h = simplified()
        var hb = h.withOutRows(weighted: useWeights) { g in
            if useWeights {
                return SourceParallel.accumulate(
                    sources: sources, width: h.edgeCount, threads: threads,
                    makeWorkspace: { BrandesWorkspace(nodeCount: n) },
                    body: { ws, chunk, row in
                        for s in chunk {
                            ws.dijkstra(from: s, g)
                            ws.accumulateEdges(g, into: row)
                            ws.reset()
                        }
                    })
            }
            let layout = isDirected ? nil : ComponentLayout(h)
            return SourceParallel.accumulate(
                sources: sources, width: h.edgeCount, threads: threads,
                makeWorkspace: { DAGBrandes(nodeCount: n, slots: g.neighbor.count, edges: true) },
                body: { ws, chunk, row in
                    for s in chunk {
                        ws.search(from: s, g, components: layout, recordEdges: true)
                        ws.accumulateEdges(into: row)
                    }
                })
        }
        // Edge values ignore `endpoints` (always counted as in NetworkX).
        Graph.rescaleBetweenness(&hb, n: n, normalized: normalized, directed: isDirected, endpoints: true,
                                 sampled: sampled ? sources : nil)
        if h.edgeCount == edgeCount && selfLoopCount == 0 { return hb }  // simplified() kept every edge
        // Map back: each original edge to its pair in h; split among the pair's lightest edges.
        var result = [Double](repeating: 0, count: edgeCount)
        var pairEdge = [Int](repeating: -1, count: edgeCount)
        var lightest = [Int](repeating: 0, count: h.edgeCount)
        for e in 0 ..< edgeCount {
            let (u, v, w) = edge(e)
            if u == v { continue }
            var he = -1
            for p in h.outOffset[Int(u)] ..< h.outOffset[Int(u) + 1] where h.outNeighbor[p] == v {
                he = Int(h.outEdge[p]); break
            }
            if he < 0 { continue }
            let minW = h.weight(ofEdge: he)
            if !useWeights || w == minW {
                pairEdge[e] = he
                lightest[he] += 1
            }
        }
        for e in 0 ..< edgeCount where pairEdge[e] >= 0 {
            result[e] = hb[pairEdge[e]] / Double(lightest[pairEdge[e]])
        }
        return result
    }
}

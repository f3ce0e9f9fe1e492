extension Graph {
    private func checkedGroup(_ group: [Int32]) throws(GraphError) -> [Bool] {
        var member = [Bool](repeating: false, count: nodeCount)
        for v in group { try checkNode(v); member[Int(v)] = true }
        return member
    }

    /// Group betweenness centrality of a set of nodes `C` (Everett & Borgatti 1999).
    ///
    /// `GB(C) = Σ_{s, t ∉ C, s ≠ t} σ(s, t | C) / σ(s, t)` over ordered pairs, where `σ(s, t | C)`
    /// counts the shortest paths through at least one node of `C`; computed directly: per source, the
    /// shortest paths that avoid `C` are counted on the shortest-path DAG, and `σ − σ_avoid` pass
    /// through `C`. Scaling as NetworkX `group_betweenness_centrality(G, C, normalized=, weight=,
    /// endpoints=)`: normalized divides by `(n − |C|)(n − |C| − 1)`; otherwise undirected values are
    /// halved. `endpoints: true` also counts every reachable ordered pair with an endpoint in `C`
    /// (as fully covered).
    ///
    /// Agreement with NetworkX: exact on undirected graphs and on strongly connected directed graphs.
    /// On directed graphs that are not strongly connected NetworkX subtracts an endpoint count that
    /// treats reachability as symmetric (`networkx/algorithms/centrality/group.py`); this method keeps
    /// the definition above instead.
    ///
    /// Parallel edges count once, self-loops are ignored (the simple graph, as NetworkX).
    /// - Throws: ``GraphError/nodeOutOfRange(_:nodeCount:)``; negative weights;
    ///   ``GraphError/invalidArgument(_:)`` when `C` leaves fewer than 2 nodes outside it and
    ///   `normalized` (NetworkX divides by zero).
    /// - Complexity: O(n m) unweighted, O(n m log n) weighted; parallel over sources.
    public func groupBetweennessCentrality(_ group: [Int32], normalized: Bool = true, weighted: Bool = false,
                                           endpoints: Bool = false, threads: Int? = nil) throws(GraphError) -> Double {
        let member = try checkedGroup(group)
        let c = member.lazy.filter { $0 }.count
        let n = nodeCount
        if normalized && n - c < 2 {
            throw GraphError.invalidArgument("group betweenness needs at least 2 nodes outside the group (n = \(n), |C| = \(c))")
        }
        let useWeights = weighted && isWeighted
        if useWeights { try checkNonNegativeWeights() }
        let h = simplified()
        let memberBox = member
        let total = h.withOutRows(weighted: useWeights) { g in
            SourceParallel.accumulate(
                sources: Array(nodes), width: 1, threads: threads,
                makeWorkspace: { BrandesWorkspace(nodeCount: n) },
                body: { ws, chunk, row in
                    for s in chunk {
                        if useWeights { ws.dijkstra(from: s, g) } else { ws.bfs(from: s, g) }
                        let sIn = memberBox[Int(s)]
                        if sIn {
                            if endpoints { row[0] += Double(ws.count - 1) }
                            ws.reset()
                            continue
                        }
                        // coef = paths avoiding C, pushed forward along the DAG.
                        let off = g.offset.baseAddress!, nb = g.neighbor.baseAddress!
                        ws.coef[Int(s)] = 1
                        var acc = 0.0
                        for i in 0 ..< ws.count {
                            let v = Int(ws.order[i])
                            if i > 0 {
                                if memberBox[v] {
                                    if endpoints { acc += 1 }
                                    ws.coef[v] = 0
                                    continue
                                }
                                acc += 1 - ws.coef[v] / ws.sigma[v]
                            }
                            let a = ws.coef[v]
                            if a == 0 { continue }
                            for p in off[v] ..< off[v + 1] {
                                let w = Int(nb[p])
                                let succ = useWeights ? ws.dist[v] + g.weight[p] == ws.dist[w]
                                    : ws.hops[w] == ws.hops[v] + 1
                                if succ { ws.coef[w] += a }
                            }
                        }
                        row[0] += acc
                        ws.reset()
                    }
                })
        }
        var value = total[0]
        if normalized {
            value *= 1 / Double((n - c) * (n - c - 1))
        } else if !isDirected {
            value /= 2
        }
        return value
    }

    /// Group closeness centrality of a set of nodes `S`: `|V − S| / Σ_{v ∉ S} d(S, v)`, where
    /// `d(S, v)` is the distance from the nearest member (NetworkX `group_closeness_centrality`).
    ///
    /// On directed graphs distances are incoming (`d(v, S)`, paths to the group), as NetworkX does.
    /// Unreachable nodes add 0 to the sum (NetworkX's convention, not a penalty); a zero sum gives 0.
    /// - Throws: ``GraphError/nodeOutOfRange(_:nodeCount:)``; negative weights.
    /// - Complexity: O(n + m) unweighted, O(m log n) weighted.
    public func groupClosenessCentrality(_ group: [Int32], weighted: Bool = false) throws(GraphError) -> Double {
        let member = try checkedGroup(group)
        let useWeights = weighted && isWeighted
        if useWeights { try checkNonNegativeWeights() }
        let n = nodeCount
        let ws = DistanceWorkspace(nodeCount: n)
        var total = 0.0
        withInRows(weighted: useWeights) { g in
            if useWeights {
                ws.dijkstra(from: group, g)
                for i in 0 ..< ws.count where !member[Int(ws.order[i])] { total += ws.dist[Int(ws.order[i])] }
            } else {
                ws.bfs(from: group, g)
                for i in 0 ..< ws.count where !member[Int(ws.order[i])] { total += Double(ws.hops[Int(ws.order[i])]) }
            }
        }
        let outside = n - member.lazy.filter { $0 }.count
        return total == 0 ? 0 : Double(outside) / total
    }
}

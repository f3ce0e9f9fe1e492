extension Graph {
    /// Exact node betweenness centrality by Brandes' algorithm (J. Math. Sociol. 2001).
    ///
    /// `b(v) = Σ_{s ≠ v ≠ t} σ(s, t | v) / σ(s, t)` over ordered pairs, then scaled as NetworkX
    /// `betweenness_centrality(G, normalized=, weight=)` (endpoints excluded):
    /// - `normalized: true`: divided by `(n - 1)(n - 2)` (directed and undirected alike);
    /// - `normalized: false`: halved when undirected (each unordered pair once), raw when directed;
    /// - graphs with `n <= 2` give all zeros.
    ///
    /// Conventions: path counts are `Double` (no overflow on grids). Parallel edges count once (the
    /// lightest when weighted) and self-loops are ignored, as NetworkX on multigraphs. Weighted
    /// distances are compared exactly, as NetworkX does. Disconnected graphs: unreachable pairs
    /// contribute nothing. Zero-weight edges: see ``shortestPathDAG(from:weighted:)``.
    ///
    /// - Parameters:
    ///   - normalized: scale as described above.
    ///   - weighted: use edge weights as lengths (Dijkstra); otherwise hops (BFS).
    /// - Throws: ``GraphError/negativeWeight(source:target:weight:)`` when weighted with a negative weight.
    /// - Complexity: O(n m) unweighted, O(n m + n² log n) weighted; O(n + m) memory.
    public func betweennessCentrality(normalized: Bool = true, weighted: Bool = false) throws(GraphError) -> [Double] {
        let useWeights = weighted && isWeighted
        if useWeights { try checkNonNegativeWeights() }
        let n = nodeCount
        var bc = [Double](repeating: 0, count: n)
        if n == 0 { return bc }
        var dist = [Double](repeating: .infinity, count: n)
        var sigma = [Double](repeating: 0, count: n)
        var delta = [Double](repeating: 0, count: n)
        var order = [Int32](repeating: 0, count: n)
        var mark = [Int32](repeating: -1, count: n)
        var done = [Bool](repeating: false, count: n)
        var heap = DistanceHeap()
        for s in 0 ..< n {
            // Forward phase: distances, path counts and the settling order.
            var count = 0
            dist[s] = 0
            sigma[s] = 1
            if useWeights {
                heap.push(0, Int32(s))
                while let (d, v32) = heap.pop() {
                    let v = Int(v32)
                    if done[v] || d > dist[v] { continue }
                    done[v] = true
                    order[count] = v32; count += 1
                    let lo = outOffset[v], hi = outOffset[v + 1]
                    for p in lo ..< hi {
                        let w = Int(outNeighbor[p])
                        if w == v || done[w] || mark[w] == v32 { continue }
                        mark[w] = v32
                        var wt = edgeWeight[Int(outEdge[p])]
                        for q in (p + 1) ..< hi where Int(outNeighbor[q]) == w {
                            wt = Swift.min(wt, edgeWeight[Int(outEdge[q])])
                        }
                        let nd = d + wt
                        if nd < dist[w] {
                            dist[w] = nd
                            sigma[w] = sigma[v]
                            heap.push(nd, Int32(w))
                        } else if nd == dist[w] {
                            sigma[w] += sigma[v]
                        }
                    }
                }
            } else {
                order[0] = Int32(s); count = 1
                var head = 0
                while head < count {
                    let v = Int(order[head]); head += 1
                    let dv = dist[v] + 1
                    for p in outOffset[v] ..< outOffset[v + 1] {
                        let w = Int(outNeighbor[p])
                        if mark[w] == Int32(v) { continue }
                        mark[w] = Int32(v)
                        if dist[w] == .infinity {
                            dist[w] = dv
                            order[count] = Int32(w); count += 1
                        }
                        if dist[w] == dv { sigma[w] += sigma[v] }
                    }
                }
            }
            // Backward phase: accumulate dependencies over predecessors (in-rows), each once.
            for i in stride(from: count - 1, through: 0, by: -1) {
                let w = Int(order[i])
                let coefficient = (1 + delta[w]) / sigma[w]
                let lo = isDirected ? inOffset[w] : outOffset[w]
                let hi = isDirected ? inOffset[w + 1] : outOffset[w + 1]
                let marker = Int32(-2 - w)
                for p in lo ..< hi {
                    let v = Int(isDirected ? inNeighbor[p] : outNeighbor[p])
                    if v == w || mark[v] == marker { continue }
                    let isPred: Bool
                    if useWeights {
                        guard done[v] else { continue }
                        // The lightest edge v→w decides; heavier parallel edges never match.
                        let wt = edgeWeight[Int(isDirected ? inEdge[p] : outEdge[p])]
                        isPred = dist[v] + wt == dist[w]
                    } else {
                        isPred = dist[v] + 1 == dist[w]
                    }
                    if isPred {
                        mark[v] = marker
                        delta[v] += sigma[v] * coefficient
                    }
                }
                if w != s { bc[w] += delta[w] }
            }
            // Reset only what this source touched.
            for i in 0 ..< count {
                let v = Int(order[i])
                dist[v] = .infinity; sigma[v] = 0; delta[v] = 0; mark[v] = -1; done[v] = false
            }
        }
        if n > 2 {
            let scale: Double = normalized ? 1 / Double((n - 1) * (n - 2)) : (isDirected ? 1 : 0.5)
            if scale != 1 { for v in 0 ..< n { bc[v] *= scale } }
        }
        return bc
    }
}

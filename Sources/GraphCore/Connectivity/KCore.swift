extension Graph {
    /// The core number of every node: the largest `k` such that the node belongs to a subgraph in
    /// which every node has degree at least `k`.
    ///
    /// Batagelj–Zaversnik bucket algorithm (2003), matching NetworkX `core_number`.
    /// Conventions: on a directed graph the degree is in-degree + out-degree (as NetworkX). Parallel
    /// edges count with their multiplicity (NetworkX refuses multigraphs; igraph counts them).
    ///
    /// - Throws: ``GraphError/selfLoopsNotAllowed(_:)`` when the graph has self-loops (as NetworkX);
    ///   build with ``GraphBuilder/SelfLoopPolicy/drop`` to ignore them.
    /// - Complexity: O(n + m) time, O(n) extra memory.
    public func coreNumbers() throws(GraphError) -> [Int32] {
        if selfLoopCount > 0 { throw GraphError.selfLoopsNotAllowed("the k-core decomposition") }
        let n = nodeCount
        if n == 0 { return [] }
        var deg = [Int32](repeating: 0, count: n)
        var maxDeg: Int32 = 0
        for v in 0 ..< n {
            let d = Int32(outDegree(of: Int32(v)) + (isDirected ? inDegree(of: Int32(v)) : 0))
            deg[v] = d
            if d > maxDeg { maxDeg = d }
        }
        // Bucket sort nodes by degree.
        var binStart = [Int](repeating: 0, count: Int(maxDeg) + 2)
        for d in deg { binStart[Int(d) + 1] += 1 }
        for d in 0 ... Int(maxDeg) { binStart[d + 1] += binStart[d] }
        var pos = [Int](repeating: 0, count: n)
        var vert = [Int32](repeating: 0, count: n)
        var fill = binStart
        for v in 0 ..< n {
            let d = Int(deg[v])
            pos[v] = fill[d]
            vert[fill[d]] = Int32(v)
            fill[d] += 1
        }
        let directed = isDirected
        deg.withUnsafeMutableBufferPointer { deg in
            pos.withUnsafeMutableBufferPointer { pos in
                vert.withUnsafeMutableBufferPointer { vert in
                    binStart.withUnsafeMutableBufferPointer { bin in
                        @inline(__always) func lower(_ u: Int, below dv: Int32) {
                            let du = deg[u]
                            if du > dv {
                                let pu = pos[u]
                                let pw = bin[Int(du)]
                                let w = Int(vert[pw])
                                if u != w {
                                    pos[u] = pw; vert[pu] = Int32(truncatingIfNeeded: w)
                                    pos[w] = pu; vert[pw] = Int32(truncatingIfNeeded: u)
                                }
                                bin[Int(du)] += 1
                                deg[u] = du - 1
                            }
                        }
                        for i in 0 ..< n {
                            let v = Int(vert[i])
                            let dv = deg[v]
                            for p in outOffset[v] ..< outOffset[v + 1] { lower(Int(outNeighbor[p]), below: dv) }
                            if directed {
                                for p in inOffset[v] ..< inOffset[v + 1] { lower(Int(inNeighbor[p]), below: dv) }
                            }
                        }
                    }
                }
            }
        }
        return deg
    }

    /// The nodes of the `k`-core (core number at least `k`), sorted. Matches NetworkX `k_core` nodes.
    /// - Complexity: O(n + m).
    public func kCore(_ k: Int) throws(GraphError) -> [Int32] {
        let core = try coreNumbers()
        var out: [Int32] = []
        for v in 0 ..< nodeCount where Int(core[v]) >= k { out.append(Int32(v)) }
        return out
    }
}

extension Graph {
    /// Distances from every node (row `s` = distances from `s`), by BFS or Dijkstra.
    func allDistances(weighted: Bool) throws(GraphError) -> [[Double]] {
        var rows: [[Double]] = []
        rows.reserveCapacity(nodeCount)
        for s in nodes { rows.append(try shortestPaths(from: s, weighted: weighted).distance) }
        return rows
    }

    func requireStronglyConnected(_ what: String) throws(GraphError) {
        if nodeCount == 0 { throw GraphError.emptyGraph("\(what) is not defined for the empty graph") }
        let c = isDirected ? stronglyConnectedComponents() : connectedComponents()
        if c.count > 1 {
            throw GraphError.notConnected(
                "\(what) is infinite: the graph is not \(isDirected ? "strongly " : "")connected "
                    + "(\(c.count) components); use the per-component measure or restrict to a component")
        }
    }

    /// The eccentricity of every node: the greatest distance from it to any node.
    ///
    /// Matches NetworkX `eccentricity` (hop counts, or weight sums when `weighted`). On a directed
    /// graph distances follow edge direction (out-eccentricity).
    /// - Throws: ``GraphError/notConnected(_:)`` unless (strongly) connected, as NetworkX;
    ///   ``GraphError/emptyGraph(_:)``.
    /// - Complexity: O(n · (n + m)) unweighted, O(n · (n + m) log n) weighted.
    public func eccentricity(weighted: Bool = false) throws(GraphError) -> [Double] {
        try requireStronglyConnected("eccentricity")
        var out: [Double] = []
        out.reserveCapacity(nodeCount)
        for s in nodes { out.append(try shortestPaths(from: s, weighted: weighted).distance.max() ?? 0) }
        return out
    }

    /// The diameter: the largest eccentricity. Matches NetworkX `diameter`.
    /// - Throws: as ``eccentricity(weighted:)``.
    /// - Complexity: as ``eccentricity(weighted:)``.
    public func diameter(weighted: Bool = false) throws(GraphError) -> Double {
        try eccentricity(weighted: weighted).max() ?? 0
    }

    /// The radius: the smallest eccentricity. Matches NetworkX `radius`.
    /// - Complexity: as ``eccentricity(weighted:)``.
    public func radius(weighted: Bool = false) throws(GraphError) -> Double {
        try eccentricity(weighted: weighted).min() ?? 0
    }

    /// The average shortest path length: the sum of `d(s, t)` over ordered pairs `s ≠ t` divided by
    /// `n (n - 1)`. A one-node graph gives 0.
    ///
    /// Matches NetworkX `average_shortest_path_length`, which also requires a (strongly) connected
    /// graph; for disconnected graphs see ``averageShortestPathLengthPerComponent(weighted:)``.
    /// - Throws: ``GraphError/notConnected(_:)``, ``GraphError/emptyGraph(_:)``.
    /// - Complexity: O(n · (n + m)) unweighted, O(n · (n + m) log n) weighted.
    public func averageShortestPathLength(weighted: Bool = false) throws(GraphError) -> Double {
        try requireStronglyConnected("the average shortest path length")
        let n = nodeCount
        if n == 1 { return 0 }
        var total = 0.0
        for s in nodes {
            let d = try shortestPaths(from: s, weighted: weighted).distance
            for x in d { total += x }
        }
        return total / Double(n * (n - 1))
    }

    /// The average shortest path length of each component, as NetworkX's
    /// `average_shortest_path_length(G.subgraph(c))` for every connected component `c` (strongly
    /// connected components when directed). Components come sorted by their smallest node; a
    /// one-node component has value 0.
    /// - Complexity: as ``averageShortestPathLength(weighted:)`` summed over components.
    public func averageShortestPathLengthPerComponent(weighted: Bool = false) throws(GraphError)
        -> [(nodes: [Int32], value: Double)]
    {
        let comps = isDirected ? stronglyConnectedComponents() : connectedComponents()
        var out: [(nodes: [Int32], value: Double)] = []
        for members in comps.members {
            var keep = [Bool](repeating: false, count: nodeCount)
            for v in members { keep[Int(v)] = true }
            let sub = inducedSubgraph(keeping: keep).graph
            out.append((members, try sub.averageShortestPathLength(weighted: weighted)))
        }
        return out
    }
}

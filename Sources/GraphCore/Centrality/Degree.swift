extension Graph {
    /// Degree centrality: the degree of each node divided by `n - 1` (NetworkX `degree_centrality`).
    ///
    /// Degrees as NetworkX counts them: every parallel edge counts; an undirected self-loop counts
    /// twice, a directed self-loop once as in and once as out. Directed: in + out. Values can exceed
    /// 1 on multigraphs. `n == 1` gives `[1]` (NetworkX's convention); `n == 0` gives `[]`.
    ///
    /// - Parameters:
    ///   - normalized: divide by `n - 1` (otherwise raw degrees as `Double`).
    /// - Complexity: O(n + m).
    public func degreeCentrality(normalized: Bool = true) -> [Double] {
        degreeValues(normalized: normalized) { degree(of: $0) }
    }

    /// In-degree centrality (NetworkX `in_degree_centrality`): in-degree over `n - 1`.
    /// - Throws: ``GraphError/requiresDirected(_:)`` on an undirected graph, as NetworkX.
    /// - Complexity: O(n).
    public func inDegreeCentrality(normalized: Bool = true) throws(GraphError) -> [Double] {
        guard isDirected else { throw GraphError.requiresDirected("in-degree centrality") }
        return degreeValues(normalized: normalized) { inDegree(of: $0) }
    }

    /// Out-degree centrality (NetworkX `out_degree_centrality`): out-degree over `n - 1`.
    /// - Throws: ``GraphError/requiresDirected(_:)`` on an undirected graph, as NetworkX.
    /// - Complexity: O(n).
    public func outDegreeCentrality(normalized: Bool = true) throws(GraphError) -> [Double] {
        guard isDirected else { throw GraphError.requiresDirected("out-degree centrality") }
        return degreeValues(normalized: normalized) { outDegree(of: $0) }
    }

    private func degreeValues(normalized: Bool, _ d: (Int32) -> Int) -> [Double] {
        let n = nodeCount
        if normalized && n <= 1 { return [Double](repeating: 1, count: n) }
        let s = normalized ? 1 / Double(n - 1) : 1
        return nodes.map { Double(d($0)) * s }
    }
}

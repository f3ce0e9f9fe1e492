/// An error from an iterative centrality measure (PageRank, eigenvector, Katz).
public enum CentralityError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The power iteration did not reach `threshold` (NetworkX: `tol · n` on the L1 change) within
    /// `iterations` steps; `residual` is the last L1 change. NetworkX raises
    /// `PowerIterationFailedConvergence` in the same situation.
    case notConverged(algorithm: String, iterations: Int, residual: Double, threshold: Double)
    /// A graph-level problem (empty graph, bad argument, node out of range).
    case graph(GraphError)

    /// A message a person can act on.
    public var description: String {
        switch self {
        case let .notConverged(algorithm, iterations, residual, threshold):
            return "\(algorithm) did not converge in \(iterations) iterations (L1 change \(residual), "
                + "needed < \(threshold)); raise maxIterations or tolerance"
                + (algorithm == "Katz" ? ", or lower alpha below 1/λ_max" : "")
        case let .graph(e): return e.description
        }
    }
}

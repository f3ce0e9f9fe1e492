import Foundation
import Testing
@testable import GraphCore

/// ``Graph/exactEigenvectorCentrality(weighted:tolerance:maxIterations:)`` against eigenvectors
/// known in closed form (the NetworkX comparison is in CentralityTests.spectral).
@Suite struct EigenvectorSolverTests {
    /// Unit-norm vector from raw values.
    static func unit(_ v: [Double]) -> [Double] {
        let norm = v.reduce(0) { $0 + $1 * $1 }.squareRoot()
        return v.map { $0 / norm }
    }

    static func maxDeviation(_ a: [Double], _ b: [Double]) -> Double {
        zip(a, b).map { abs($0 - $1) }.max() ?? 0
    }

    /// The r × c grid's top eigenvector is sin(π(i+1)/(r+1)) · sin(π(j+1)/(c+1)); its two largest
    /// eigenvalues are close (the case power iteration handles badly), and the grid is bipartite.
    @Test func gridMatchesTheClosedForm() throws {
        let r = 40, c = 30
        var b = GraphBuilder(nodeCount: r * c, directed: false)
        for i in 0 ..< r {
            for j in 0 ..< c {
                let u = Int32(i * c + j)
                if j + 1 < c { try b.addEdge(u, u + 1) }
                if i + 1 < r { try b.addEdge(u, u + Int32(c)) }
            }
        }
        let g = try b.build()
        var want = [Double](repeating: 0, count: r * c)
        for i in 0 ..< r {
            for j in 0 ..< c {
                want[i * c + j] = sin(Double.pi * Double(i + 1) / Double(r + 1))
                    * sin(Double.pi * Double(j + 1) / Double(c + 1))
            }
        }
        let got = try g.exactEigenvectorCentrality(tolerance: 1e-12)
        #expect(Self.maxDeviation(got, Self.unit(want)) < 1e-8)
    }

    /// K(3, 5): every node of a side has the same value, x_A / x_B = √(5/3), both sides half the norm.
    @Test func completeBipartite() throws {
        var edges: [(Int32, Int32)] = []
        for a in Int32(0) ..< 3 { for bb in Int32(3) ..< 8 { edges.append((a, bb)) } }
        let g = try Graph(nodeCount: 8, edges: edges)
        let got = try g.exactEigenvectorCentrality()
        let xa = (1.0 / 6).squareRoot(), xb = (1.0 / 10).squareRoot()
        #expect(Self.maxDeviation(got, [xa, xa, xa, xb, xb, xb, xb, xb]) < 1e-9)
    }

    /// A directed cycle is strongly connected and regular: every node 1/√n (power-iteration path).
    @Test func directedCycle() throws {
        let n = 7
        let g = try Graph(nodeCount: n, directed: true, edges: (0 ..< n).map { (Int32($0), Int32(($0 + 1) % n)) })
        let got = try g.exactEigenvectorCentrality()
        #expect(Self.maxDeviation(got, [Double](repeating: 1 / Double(n).squareRoot(), count: n)) < 1e-9)
    }

    @Test func refusesWhatHasNoUniqueAnswer() throws {
        let twoParts = try Graph(nodeCount: 4, edges: [(0, 1), (2, 3)])
        #expect(throws: CentralityError.self) { try twoParts.exactEigenvectorCentrality() }
        let oneWay = try Graph(nodeCount: 3, directed: true, edges: [(0, 1), (1, 2)])
        #expect(throws: CentralityError.self) { try oneWay.exactEigenvectorCentrality() }
        #expect(throws: CentralityError.self) { try Graph(nodeCount: 0, edges: []).exactEigenvectorCentrality() }
    }

    /// Too few steps: a typed error carrying the residual reached, never a partial result.
    @Test func reportsNonConvergence() throws {
        let g = RandomGraphs.path(200)
        #expect(throws: CentralityError.self) { try g.exactEigenvectorCentrality(tolerance: 1e-14, maxIterations: 3) }
        do {
            _ = try g.exactEigenvectorCentrality(tolerance: 1e-14, maxIterations: 3)
        } catch let CentralityError.notConverged(_, iterations, residual, threshold) {
            #expect(iterations == 3)
            #expect(residual > threshold)
        }
    }

    /// The 3 × 3 Jacobi step: largest eigenpair of a symmetric matrix.
    @Test func smallSymmetricEigen() {
        // Eigenvalues of [[2,1,0],[1,2,1],[0,1,2]]: 2 + √2 (vector (1, √2, 1)/2), 2, 2 − √2.
        let (mu, v) = SymmetricEigen.largest([[2, 1, 0], [1, 2, 1], [0, 1, 2]])
        #expect(abs(mu - (2 + 2.0.squareRoot())) < 1e-12)
        let s: Double = v[1] < 0 ? -1 : 1
        #expect(Self.maxDeviation(v.map { $0 * s }, [0.5, 2.0.squareRoot() / 2, 0.5]) < 1e-12)
    }
}

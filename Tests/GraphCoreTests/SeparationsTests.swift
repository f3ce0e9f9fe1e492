import Testing
@testable import GraphCore

/// `separations(roots:)` against removing each node and edge and recounting components, and
/// `boundedDiameter()` (iFUB) against the all-pairs diameter.
@Suite struct SeparationsTests {
    /// Nodes still connected to `start` when `removedNode` or `removedEdge` is gone (BFS over the rows).
    static func reachable(_ g: Graph, from start: Int32, removedNode: Int32? = nil, removedEdge: Int32? = nil) -> Set<Int32> {
        var seen: Set<Int32> = [start]
        var queue = [start]
        while let v = queue.popLast() {
            for e in 0 ..< g.edgeCount where Int32(e) != removedEdge {
                let (a, b, _) = g.edge(e)
                let w: Int32
                if a == v { w = b } else if b == v { w = a } else { continue }
                if w == removedNode || seen.contains(w) { continue }
                seen.insert(w)
                queue.append(w)
            }
        }
        return seen
    }

    static func members(_ s: Separations, _ range: Range<Int>) -> Set<Int32> { Set(range.map { s.order[$0] }) }

    @Test func smallKnownGraph() throws {
        // 0–1–2–3 path with a triangle 1–4–5–1 hanging from 1, rooted at 0.
        let g = try Graph(nodeCount: 6, edges: [(0, 1), (1, 2), (2, 3), (1, 4), (4, 5), (5, 1)])
        let s = try g.separations(roots: [0])
        #expect(s.isArticulationPoint(1) && s.isArticulationPoint(2) && !s.isArticulationPoint(0) && !s.isArticulationPoint(4))
        #expect(Set(s.separatedChildren(by: 1).map { Self.members(s, s.interval(of: $0)) }) == [[2, 3], [4, 5]])
        #expect(s.separatedChildren(by: 2).map { Self.members(s, s.interval(of: $0)) } == [[3]])
        #expect(s.nodeBelow(bridge: 0, between: 0, and: 1) == 1)
        #expect(s.nodeBelow(bridge: 4, between: 4, and: 5) == nil)
        #expect(throws: GraphError.self) { try g.separations(roots: [9]) }
        #expect(throws: GraphError.self) { try Graph(nodeCount: 2, directed: true, edges: [(0, 1)]).separations() }
    }

    /// On random graphs with several components, parallel edges and self-loops, from a given root
    /// and from components' smallest nodes: what losing each node or edge separates is exactly the
    /// separated intervals, and the flags match `biconnectedStructure`.
    @Test func matchesRemovalOnRandomGraphs() throws {
        for seed in 0 ..< 40 as Range<UInt64> {
            let n = 12 + Int(seed % 20)
            let g = RandomGraphs.gnp(n: n, p: seed % 2 == 0 ? 0.08 : 0.15, selfLoops: true, parallel: true, seed: 700 + seed)
            let roots: [Int32] = seed % 3 == 0 ? [] : [Int32(seed) % Int32(n)]
            let s = try g.separations(roots: roots)
            let structure = try g.biconnectedStructure(components: false)
            let components = g.connectedComponents()
            for r in roots { #expect(s.root[Int(r)] == r && s.parent[Int(r)] == -1) }
            for v in g.nodes {
                let root = s.root[Int(v)]
                #expect(components.label[Int(root)] == components.label[Int(v)])
                if !roots.contains(root) { #expect(root == components.members[Int(components.label[Int(v)])].first) }
                let subtree = Self.members(s, s.interval(of: v))
                #expect(subtree.min() == s.subtreeMinimum[Int(v)])
                #expect(s.isArticulationPoint(v) == structure.articulationPoints.contains(v), "seed \(seed) node \(v)")
                let component = Self.reachable(g, from: root)
                if v != root {
                    // Separated from the root by losing v = the union of the separated subtrees.
                    let kept = Self.reachable(g, from: root, removedNode: v)
                    let separated = s.separatedChildren(by: v).reduce(into: Set<Int32>()) { $0.formUnion(Self.members(s, s.interval(of: $1))) }
                    #expect(component.subtracting(kept).subtracting([v]) == separated, "seed \(seed) node \(v)")
                }
                // Each separated subtree is one whole piece after the loss.
                for c in s.separatedChildren(by: v) {
                    #expect(Self.reachable(g, from: c, removedNode: v) == Self.members(s, s.interval(of: c)), "seed \(seed) node \(v)")
                }
            }
            for ((a, b), e) in zip(structure.bridges, structure.bridgeEdges) {
                let below = try #require(s.nodeBelow(bridge: e, between: a, and: b))
                #expect(Self.reachable(g, from: below, removedEdge: e) == Self.members(s, s.interval(of: below)), "seed \(seed) bridge \(a)–\(b)")
            }
            for e in 0 ..< g.edgeCount where !structure.bridgeEdges.contains(Int32(e)) {
                let (a, b, _) = g.edge(e)
                #expect(s.nodeBelow(bridge: Int32(e), between: a, and: b) == nil)
            }
        }
    }

    @Test func boundedDiameterMatchesAllPairs() throws {
        for seed in 0 ..< 60 as Range<UInt64> {
            let n = 5 + Int(seed * 7 % 80)
            let whole = RandomGraphs.gnp(n: n, p: [0.02, 0.05, 0.1, 0.3][Int(seed % 4)], selfLoops: seed % 5 == 0, parallel: seed % 3 == 0, seed: 900 + seed)
            let components = whole.connectedComponents()
            let sizes = components.sizes
            let largest = sizes.indices.max { sizes[$0] < sizes[$1] }!
            let (g, _) = whole.inducedSubgraph(keeping: components.label.map { Int($0) == largest })
            #expect(try g.boundedDiameter() == Int(try g.diameter(weighted: false)), "seed \(seed)")
        }
        // Paths, cycles and stars (worst cases for the bounds) and a single node.
        for n in [1, 2, 3, 10, 11] {
            let path = try Graph(nodeCount: n, edges: (0 ..< max(0, n - 1)).map { (Int32($0), Int32($0 + 1)) })
            #expect(try path.boundedDiameter() == n - 1)
            if n >= 3 {
                let cycle = try Graph(nodeCount: n, edges: (0 ..< n).map { (Int32($0), Int32(($0 + 1) % n)) })
                #expect(try cycle.boundedDiameter() == n / 2)
            }
        }
        #expect(throws: GraphError.self) { try Graph(nodeCount: 2, edges: []).boundedDiameter() }
        #expect(throws: GraphError.self) { try Graph(nodeCount: 0, edges: []).boundedDiameter() }
    }
}

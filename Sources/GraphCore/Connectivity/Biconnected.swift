/// Articulation points, bridges and biconnected components of an undirected graph.
public struct BiconnectedStructure: Sendable, Equatable {
    /// Cut vertices, sorted by id.
    public var articulationPoints: [Int32]
    /// Bridges as `(u, v)` pairs with `u < v`, sorted; a bridge's edge id is in ``bridgeEdges``.
    public var bridges: [(Int32, Int32)]
    /// Edge ids of the bridges, in the same order as ``bridges``.
    public var bridgeEdges: [Int32]
    /// Biconnected components as sorted node lists, sorted lexicographically (empty when the
    /// structure was computed with `components: false`).
    public var components: [[Int32]]
    /// The number of biconnected components (always filled in).
    public var componentCount: Int

    /// Equal when every field is equal.
    public static func == (a: Self, b: Self) -> Bool {
        a.articulationPoints == b.articulationPoints && a.bridgeEdges == b.bridgeEdges
            && a.components == b.components && a.componentCount == b.componentCount && a.bridges.map { [$0.0, $0.1] } == b.bridges.map { [$0.0, $0.1] }
    }
}

extension Graph {
    /// Articulation points, bridges and biconnected components in one iterative Hopcroft–Tarjan pass.
    ///
    /// Pass `components: false` to skip materialising the component node sets (the count,
    /// ``BiconnectedStructure/componentCount``, is still computed).
    ///
    /// Conventions (as NetworkX `articulation_points`, `bridges`, `biconnected_components`):
    /// - Self-loops are ignored. Isolated nodes belong to no biconnected component.
    /// - A pair joined by **parallel edges** is not a bridge (the DFS skips only the tree edge's own
    ///   id, so a parallel edge acts as a back edge), as NetworkX's `bridges` on a MultiGraph.
    /// - A single edge forms a biconnected component of two nodes.
    ///
    /// - Throws: ``GraphError/requiresUndirected(_:)`` on a directed graph (NetworkX raises too).
    /// - Complexity: O(n + m) time and memory, no recursion.
    public func biconnectedStructure(components wantComponents: Bool = true) throws(GraphError) -> BiconnectedStructure {
        guard !isDirected else { throw GraphError.requiresUndirected("articulation points, bridges and biconnected components") }
        if !wantComponents { return cutStructure() }
        let n = nodeCount
        var disc = [Int32](repeating: -1, count: n)
        var low = [Int32](repeating: 0, count: n)
        var isCut = [Bool](repeating: false, count: n)
        var bridgeEdges: [Int32] = []
        var components: [[Int32]] = []
        var edgeStack: [Int32] = []
        var stackNode: [Int32] = []
        var stackPos: [Int] = []
        var stackParentEdge: [Int32] = []
        var time: Int32 = 0
        var mark = [Int32](repeating: -1, count: wantComponents ? n : 0)
        var componentStamp: Int32 = 0
        var componentCount = 0

        for root in 0 ..< n where disc[root] < 0 {
            disc[root] = time; low[root] = time; time += 1
            var rootChildren = 0
            stackNode.append(Int32(root)); stackPos.append(outOffset[root]); stackParentEdge.append(-1)
            while let v32 = stackNode.last {
                let v = Int(v32)
                let top = stackNode.count - 1
                var p = stackPos[top]
                let end = outOffset[v + 1]
                let pe = stackParentEdge[top]
                var descended = false
                while p < end {
                    let w = Int(outNeighbor[p])
                    let e = outEdge[p]
                    p += 1
                    if w == v || e == pe { continue }
                    if disc[w] < 0 {
                        stackPos[top] = p
                        disc[w] = time; low[w] = time; time += 1
                        if wantComponents { edgeStack.append(e) }
                        stackNode.append(Int32(w)); stackPos.append(outOffset[w]); stackParentEdge.append(e)
                        descended = true
                        break
                    } else if disc[w] < disc[v] {
                        // Back edge to an ancestor.
                        if disc[w] < low[v] { low[v] = disc[w] }
                        if wantComponents { edgeStack.append(e) }
                    }
                }
                if descended { continue }
                stackPos[top] = p
                // v finished: report to its parent u.
                stackNode.removeLast(); stackPos.removeLast(); stackParentEdge.removeLast()
                guard let u32 = stackNode.last else { break }
                let u = Int(u32)
                if low[v] < low[u] { low[u] = low[v] }
                if low[v] > disc[u] { bridgeEdges.append(pe) }
                if low[v] >= disc[u] {
                    componentCount += 1
                    if u == root { rootChildren += 1 } else { isCut[u] = true }
                    if wantComponents {
                        // Pop the edges of this component, down to and including the tree edge (u, v).
                        var nodes: [Int32] = []
                        let stamp = componentStamp
                        componentStamp += 1
                        while let e = edgeStack.popLast() {
                            let a = edgeSource[Int(e)], b = edgeTarget[Int(e)]
                            if mark[Int(a)] != stamp { mark[Int(a)] = stamp; nodes.append(a) }
                            if mark[Int(b)] != stamp { mark[Int(b)] = stamp; nodes.append(b) }
                            if e == pe { break }
                        }
                        nodes.sort()
                        components.append(nodes)
                    }
                }
            }
            if rootChildren > 1 { isCut[root] = true }
        }
        var points: [Int32] = []
        for v in 0 ..< n where isCut[v] { points.append(Int32(v)) }
        var pairs = bridgeEdges.map { e -> (Int32, Int32, Int32) in
            let a = edgeSource[Int(e)], b = edgeTarget[Int(e)]
            return (min(a, b), max(a, b), e)
        }
        pairs.sort { ($0.0, $0.1) < ($1.0, $1.1) }
        components.sort { $0.lexicographicallyPrecedes($1) }
        return BiconnectedStructure(articulationPoints: points, bridges: pairs.map { ($0.0, $0.1) },
                                    bridgeEdges: pairs.map { $0.2 }, components: components,
                                    componentCount: componentCount)
    }

    /// The same DFS as `biconnectedStructure` without the edge stack, on raw buffers with
    /// preallocated frames: articulation points, bridges and the component count only.
    func cutStructure() -> BiconnectedStructure {
        let n = nodeCount
        var disc = [Int32](repeating: -1, count: n)
        var low = [Int32](repeating: 0, count: n)
        var isCut = [Bool](repeating: false, count: n)
        var frameNode = [Int32](repeating: 0, count: n)
        var framePos = [Int](repeating: 0, count: n)
        var frameEdge = [Int32](repeating: 0, count: n)
        var bridgeEdges: [Int32] = []
        var componentCount = 0
        disc.withUnsafeMutableBufferPointer { disc in
        low.withUnsafeMutableBufferPointer { low in
        isCut.withUnsafeMutableBufferPointer { isCut in
        frameNode.withUnsafeMutableBufferPointer { fNode in
        framePos.withUnsafeMutableBufferPointer { fPos in
        frameEdge.withUnsafeMutableBufferPointer { fEdge in
        outOffset.withUnsafeBufferPointer { off in
        outNeighbor.withUnsafeBufferPointer { nb in
        outEdge.withUnsafeBufferPointer { eid in
            var time: Int32 = 0
            for root in 0 ..< n where disc[root] < 0 {
                disc[root] = time; low[root] = time; time += 1
                var rootChildren = 0
                var top = 0
                fNode[0] = Int32(truncatingIfNeeded: root); fPos[0] = off[root]; fEdge[0] = -1
                while top >= 0 {
                    let v = Int(fNode[top])
                    var p = fPos[top]
                    let end = off[v + 1]
                    let pe = fEdge[top]
                    var lv = low[v]
                    var descended = false
                    while p < end {
                        let w = Int(nb[p])
                        let e = eid[p]
                        p += 1
                        let dw = disc[w]
                        if dw < 0 {
                            fPos[top] = p
                            low[v] = lv
                            disc[w] = time; low[w] = time; time += 1
                            top += 1
                            fNode[top] = Int32(truncatingIfNeeded: w); fPos[top] = off[w]; fEdge[top] = e
                            descended = true
                            break
                        }
                        if dw < lv && e != pe { lv = dw }  // back edge (a self-loop has dw == dv >= lv)
                    }
                    if descended { continue }
                    low[v] = lv
                    top -= 1
                    if top < 0 { break }
                    let u = Int(fNode[top])
                    if lv < low[u] { low[u] = lv }
                    let du = disc[u]
                    if lv > du { bridgeEdges.append(pe) }
                    if lv >= du {
                        componentCount += 1
                        if u == root { rootChildren += 1 } else { isCut[u] = true }
                    }
                }
                if rootChildren > 1 { isCut[root] = true }
            }
        }}}}}}}}}
        var points: [Int32] = []
        for v in 0 ..< n where isCut[v] { points.append(Int32(v)) }
        var pairs = bridgeEdges.map { e -> (Int32, Int32, Int32) in
            let a = edgeSource[Int(e)], b = edgeTarget[Int(e)]
            return (min(a, b), max(a, b), e)
        }
        pairs.sort { ($0.0, $0.1) < ($1.0, $1.1) }
        return BiconnectedStructure(articulationPoints: points, bridges: pairs.map { ($0.0, $0.1) },
                                    bridgeEdges: pairs.map { $0.2 }, components: [],
                                    componentCount: componentCount)
    }

    /// Articulation points (cut vertices), sorted by id. Matches NetworkX `articulation_points`.
    /// - Complexity: O(n + m), iterative.
    public func articulationPoints() throws(GraphError) -> [Int32] {
        try biconnectedStructure(components: false).articulationPoints
    }

    /// Bridges as sorted `(u, v)` pairs with `u < v`. Parallel edges are never bridges; self-loops
    /// are never bridges. Matches NetworkX `bridges`.
    /// - Complexity: O(n + m), iterative.
    public func bridges() throws(GraphError) -> [(Int32, Int32)] {
        try biconnectedStructure(components: false).bridges
    }

    /// The number of biconnected components, without materialising them.
    /// Matches `len(list(networkx.biconnected_components(G)))`.
    /// - Complexity: O(n + m), iterative.
    public func biconnectedComponentCount() throws(GraphError) -> Int {
        try biconnectedStructure(components: false).componentCount
    }

    /// Biconnected components as sorted node lists. Matches NetworkX `biconnected_components`.
    /// - Complexity: O(n + m), iterative.
    public func biconnectedComponents() throws(GraphError) -> [[Int32]] {
        try biconnectedStructure(components: true).components
    }
}

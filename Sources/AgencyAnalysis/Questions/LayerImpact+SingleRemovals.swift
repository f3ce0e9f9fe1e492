import AgencyModel
import GraphCore

extension AnalysisView {
    /// What losing each of `ids` *alone* does to each layer: for every id, the ``LayerImpact``
    /// that ``layerImpact(removing:hub:)`` gives for `[id]`, without simulating any loss.
    ///
    /// The explorer's what-if table (every single actor removal, per layer) asked `layerImpact`
    /// once per node: O(a · L · (n + m)) for a nodes, quadratic in the size of the network. Here,
    /// as in ``multiplexFailures(hub:progress:)``, one depth-first search per layer and one for
    /// the aggregate (`GraphCore.Graph.separations(roots:)`, rooted at the hub when given) tell,
    /// for every node v, the pieces its loss leaves in that layer as preorder intervals:
    ///
    /// - the reference part is the hub's piece (the DFS root's side), else the largest piece of
    ///   v's component (ties: the piece holding the smallest id, read off `subtreeMinimum`);
    ///   the cut-off nodes are the other pieces, listed from their intervals;
    /// - a cut-off node x has a backup in layer β when its β-piece P (after v's loss) holds a node
    ///   of the reference part R = K − v − C (K the component v was in, C the cut-off nodes),
    ///   that is when |P ∩ K| > |P ∩ C|; |P ∩ C| is counted from the cut-off nodes,
    ///   |P ∩ K| by binary search in K's nodes sorted by β-preorder;
    /// - `reachedBefore` is the size of the reference component, less v when it was in it (0
    ///   when that component is a single node).
    ///
    /// When the hub itself is the one lost, the reference is the largest remaining part, which a
    /// search rooted at the hub does not give; that one loss is simulated (``layerImpact(removing:hub:)``).
    ///
    /// - Parameters:
    ///   - ids: the nodes whose loss is looked at, one at a time (any order; repeats allowed).
    ///   - hub: the coordinator from which "cut off" is measured, or `nil` for the largest
    ///     remaining part.
    ///   - progress: called now and then with the share done, when given.
    /// - Returns: one ``LayerImpact`` per id, in the order of `ids`, equal to
    ///   `layerImpact(removing: [id], hub: hub)`.
    /// - Throws: ``AnalysisError/unknownNode(id:parameter:suggestion:)`` for an id or hub not in the view.
    /// - Complexity: O(L² (n log n + m) + Σ_v (L d_v + L c_v log n + c_v log c_v)) for L layers,
    ///   d_v the pieces v's loss leaves and c_v the nodes it cuts off over all layers: linear in
    ///   the size of the answer, instead of O(a (L² n + L (n + m))).
    public func singleRemovalImpacts(of ids: [String], hub: String? = nil,
                                     progress: (@Sendable (String) -> Void)? = nil) throws(AnalysisError) -> [LayerImpact] {
        let nodes = try ids.map { id throws(AnalysisError) in try require(id, for: .remove) }
        let hubID = try hub.map { h throws(AnalysisError) in try require(h, for: .hub) }
        let layers = try layerGraphs()
        let n = graph.nodeCount
        let ownCount = layers.count - 1    // the aggregate is last
        var searches: [Separations] = []
        do {
            for (_, g) in layers { searches.append(try g.separations(roots: hubID.map { [$0] } ?? [])) }
        } catch {
            throw .graph(error.description)
        }
        // Rank of each node by id text, to sort cut-off lists as layerImpact does (by id).
        var rankByID = [Int32](repeating: 0, count: n)
        for (rank, v) in (0 ..< n).sorted(by: { self.ids[$0] < self.ids[$1] }).enumerated() { rankByID[v] = Int32(rank) }
        // For every layer α (aggregate included) and own layer β ≠ α: α's components as β-preorder positions.
        var counts: [[ComponentPositions?]] = Array(repeating: Array(repeating: nil, count: ownCount), count: layers.count)
        for a in layers.indices {
            for b in 0 ..< ownCount where b != a {
                counts[a][b] = ComponentPositions(grouping: searches[a], by: searches[b], nodeCount: n)
            }
        }

        var cutStamp = [Int32](repeating: -1, count: n)
        var backedStamp = [Int32](repeating: -1, count: n)
        var impacts: [LayerImpact] = []
        impacts.reserveCapacity(nodes.count)
        let step = max(1, nodes.count / 20)
        for (i, v) in nodes.enumerated() {
            if i % step == 0 && nodes.count > 100 {
                progress?("what-if \(100 * i / nodes.count)% (\(i)/\(nodes.count) removals)")
            }
            if let h = hubID, h == v {
                impacts.append(try layerImpact(removing: [v], hub: nil, layers: layers))
                continue
            }
            let stamp = Int32(i)
            var cutSomewhere: [Int32] = []
            var losses: [LayerImpact.LayerLoss] = []
            for a in layers.indices {
                let sa = searches[a]
                let cut = Self.cutOff(by: v, in: sa, hub: hubID).sorted { rankByID[Int($0)] < rankByID[Int($1)] }
                let reachedBefore = Self.reachedBefore(losing: v, in: sa, hub: hubID)
                guard !cut.isEmpty else {
                    losses.append(.init(layer: layers[a].name, reachedBefore: reachedBefore, cutOff: [], backup: []))
                    continue
                }
                var through = [[String]](repeating: [], count: cut.count)
                let component = sa.root[Int(v)]
                for b in 0 ..< ownCount where b != a {
                    let touches = Self.keepsConnection(cut, losing: v, component: component, in: searches[b], counts: counts[a][b]!, nodeCount: n)
                    for k in cut.indices where touches[k] { through[k].append(layers[b].name) }
                }
                if a < ownCount {
                    for (k, x) in cut.enumerated() {
                        if cutStamp[Int(x)] != stamp {
                            cutStamp[Int(x)] = stamp
                            cutSomewhere.append(x)
                        }
                        if !through[k].isEmpty { backedStamp[Int(x)] = stamp }
                    }
                }
                losses.append(.init(layer: layers[a].name, reachedBefore: reachedBefore,
                                    cutOff: cut.map { self.ids[Int($0)] }, backup: through))
            }
            let noBackup = cutSomewhere.filter { backedStamp[Int($0)] != stamp }.map { self.ids[Int($0)] }.sorted()
            impacts.append(LayerImpact(removed: [self.ids[Int(v)]], hub: hubID.map { self.ids[Int($0)] },
                                       layers: losses, noBackup: noBackup))
        }
        return impacts
    }

    /// The nodes of one layer's search that losing `v` cuts off from the reference part (the
    /// hub's piece when a hub is given; else the largest piece of v's component, ties to the
    /// piece with the smallest id), unsorted. `v` is not the hub.
    static func cutOff(by v: Int32, in search: Separations, hub: Int32?) -> [Int32] {
        let vi = Int(v)
        let pieces = search.separatedChildren(by: v)
        let isRoot = search.parent[vi] < 0
        var cutPieces: [Int32] = []
        var rootPieceCut = false
        if let h = hub {
            guard search.root[vi] == h, !pieces.isEmpty else { return [] }
            cutPieces = Array(pieces)
        } else {
            guard pieces.count >= (isRoot ? 2 : 1) else { return [] }
            // The largest piece. A non-root's rest-of-component piece holds the DFS root, the
            // component's smallest node (the search entered each component at its smallest
            // node), so it wins ties.
            let root = Int(search.root[vi])
            var bestChild: Int32 = -1
            var bestSize = -1, bestMinimum = Int32.max
            if !isRoot {
                bestSize = Int(search.subtreeSize[root]) - 1 - pieces.reduce(0) { $0 + Int(search.subtreeSize[Int($1)]) }
                bestMinimum = search.subtreeMinimum[root]
            }
            for c in pieces {
                let size = Int(search.subtreeSize[Int(c)]), minimum = search.subtreeMinimum[Int(c)]
                if size > bestSize || (size == bestSize && minimum < bestMinimum) { bestChild = c; bestSize = size; bestMinimum = minimum }
            }
            cutPieces = pieces.filter { $0 != bestChild }
            rootPieceCut = bestChild >= 0 && !isRoot
        }
        var cut: [Int32] = []
        for c in cutPieces { for p in search.interval(of: c) { cut.append(search.order[p]) } }
        if rootPieceCut {
            // The component's positions but v and its separated subtrees.
            let component = search.interval(of: search.root[vi])
            var p = component.lowerBound
            var next = pieces.startIndex
            while p < component.upperBound {
                if p == Int(search.preorder[vi]) { p += 1; continue }
                if next < pieces.endIndex && p == Int(search.preorder[Int(pieces[next])]) {
                    p += Int(search.subtreeSize[Int(pieces[next])])
                    next += 1
                    continue
                }
                cut.append(search.order[p])
                p += 1
            }
        }
        return cut
    }

    /// ``LayerImpact/LayerLoss/reachedBefore`` of one layer: the nodes of the reference component
    /// (the hub's, else v's) but v, or 0 when that component is one node.
    static func reachedBefore(losing v: Int32, in search: Separations, hub: Int32?) -> Int {
        let root = hub ?? search.root[Int(v)]
        let size = Int(search.subtreeSize[Int(root)])
        guard size > 1 else { return 0 }
        return search.root[Int(v)] == root ? size - 1 : size
    }

    /// For each cut-off node (of layer α, whose component holding v was rooted at `component`),
    /// whether it stays connected in layer β (`search`) to α's reference part after v's loss:
    /// |P ∩ K| > |P ∩ C| for its β-piece P, K the α-component and C the cut-off nodes.
    static func keepsConnection(_ cut: [Int32], losing v: Int32, component: Int32, in search: Separations,
                                counts: ComponentPositions, nodeCount n: Int) -> [Bool] {
        let vi = Int(v)
        let vRoot = search.root[vi]
        let separated = search.separatedChildren(by: v)
        // The β-piece of x after v's loss: a separated child of v (its id), the rest of v's
        // component (-1), or another component (n + its root).
        func piece(_ x: Int32) -> Int32 {
            if search.root[Int(x)] != vRoot { return Int32(n) + search.root[Int(x)] }
            let px = search.preorder[Int(x)]
            var lo = separated.startIndex, hi = separated.endIndex
            while lo < hi {
                let mid = (lo + hi) / 2
                if search.preorder[Int(separated[mid])] <= px { lo = mid + 1 } else { hi = mid }
            }
            if lo > separated.startIndex {
                let c = separated[lo - 1]
                if px < search.preorder[Int(c)] + search.subtreeSize[Int(c)] { return c }
            }
            return -1
        }
        let pieceOf = cut.map(piece)
        var inCut: [Int32: Int] = [:]
        for p in pieceOf { inCut[p, default: 0] += 1 }
        var touches: [Int32: Bool] = [:]
        for (p, cutCount) in inCut {
            let inComponent: Int
            if p >= Int32(n) {
                inComponent = counts.count(inComponentOf: component, search.interval(of: p - Int32(n)))
            } else if p >= 0 {
                inComponent = counts.count(inComponentOf: component, search.interval(of: p))
            } else {
                var rest = counts.count(inComponentOf: component, search.interval(of: vRoot)) - 1
                for c in separated { rest -= counts.count(inComponentOf: component, search.interval(of: c)) }
                inComponent = rest
            }
            touches[p] = inComponent > cutCount
        }
        return pieceOf.map { touches[$0]! }
    }
}

/// The nodes of each component of one layer's search (grouped by its DFS root), as positions in
/// another layer's preorder, increasing within each group: how many nodes of a component lie in
/// a preorder interval of the other layer is two binary searches.
struct ComponentPositions {
    /// Per root id r: the group of the component rooted at r is `positions[start[r] ..< start[r + 1]]`.
    var start: [Int32]
    var positions: [Int32]

    /// - Complexity: O(n).
    init(grouping components: Separations, by other: Separations, nodeCount n: Int) {
        var start = [Int32](repeating: 0, count: n + 1)
        for x in 0 ..< n { start[Int(components.root[x]) + 1] += 1 }
        for r in 0 ..< n { start[r + 1] += start[r] }
        var fill = start
        var positions = [Int32](repeating: 0, count: n)
        for position in 0 ..< n {
            let x = Int(other.order[position])
            let r = Int(components.root[x])
            positions[Int(fill[r])] = Int32(position)
            fill[r] += 1
        }
        self.start = start
        self.positions = positions
    }

    /// The nodes of the component rooted at `root` whose other-layer preorder position is in `range`.
    /// - Complexity: O(log n).
    func count(inComponentOf root: Int32, _ range: Range<Int>) -> Int {
        let lo = Int(start[Int(root)]), hi = Int(start[Int(root) + 1])
        func lowerBound(_ x: Int) -> Int {
            var a = lo, b = hi
            while a < b {
                let mid = (a + b) / 2
                if Int(positions[mid]) < x { a = mid + 1 } else { b = mid }
            }
            return a
        }
        return lowerBound(range.upperBound) - lowerBound(range.lowerBound)
    }
}

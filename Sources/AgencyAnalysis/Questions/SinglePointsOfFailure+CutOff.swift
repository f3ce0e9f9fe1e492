import AgencyModel
import GraphCore

extension AnalysisView {
    /// The articulation points of this view read undirected, each with what it cuts off from
    /// `hub` (see ``failures(of:structure:hub:)``), sorted by id.
    /// - Complexity: as ``failures(of:structure:hub:)``.
    func articulationPointFailures(hub: Int32?) throws(AnalysisError) -> [SPOFReport.Failure] {
        let u = try undirected()
        do {
            return try failures(of: u, structure: u.graph.biconnectedStructure(components: false), hub: hub).articulationPoints
        } catch let e as AnalysisError {
            throw e
        } catch let e as GraphError {
            throw .graph(e.description)
        } catch {
            throw .graph("\(error)")
        }
    }

    /// What each articulation point and bridge of `undirected` (this view read undirected) cuts
    /// off, its levels and the objectives it loses: the articulation points sorted by id, the
    /// bridges by their ends' ids.
    ///
    /// One depth-first search rooted at the hub (`GraphCore.Graph.separations(roots:)`) gives,
    /// for every loss, the pieces it separates as preorder intervals, so no loss is simulated:
    /// - with a hub in the failing node's component (and not the failing node), what is cut off is
    ///   the union of the separated subtrees; with a hub elsewhere, the whole component but the
    ///   failing node (nothing in it was connected to the hub);
    /// - without a hub, or when the hub is the failing node, the reference is the largest piece
    ///   left in the component (ties: the piece with the smallest node), its size from subtree sizes
    ///   (the root's piece is the component minus the failing node and the separated subtrees);
    /// - an objective is lost when some contributor was connected to the hub and every one of them
    ///   is the failing node or inside its separated intervals: counted by binary search over the
    ///   contributors' sorted preorder positions.
    ///
    /// - Complexity: O(n + m + c log c + o · s log n): c the total length of the cut-off lists, o
    ///   objectives, s the separated pieces over all losses (s ≤ n + b).
    func failures(of undirected: AnalysisView, structure: BiconnectedStructure, hub: Int32?) throws
        -> (articulationPoints: [SPOFReport.Failure], bridges: [SPOFReport.Failure])
    {
        let g = undirected.graph
        let n = g.nodeCount
        let base = g.connectedComponents()
        let componentSize = base.sizes
        let tree = try g.separations(roots: hub.map { [$0] } ?? [])
        let hubComponent = hub.map { base.label[Int($0)] }

        // Rank of each node by id, to sort cut-off lists without comparing strings.
        var rank = [Int32](repeating: 0, count: n)
        for (r, v) in (0 ..< n).sorted(by: { ids[$0] < ids[$1] }).enumerated() { rank[v] = Int32(r) }

        // Objectives and the sorted preorder positions of their contributors in the hub's component.
        let objectiveIDs = objectives.map(\.id)
        var contributorPositions: [[Int32]] = []
        var isContributor: [Set<Int32>] = []
        if let hubComponent {
            for o in objectiveIDs {
                let cs = Set(contributions(to: o).compactMap { dense($0.actor) })
                isContributor.append(cs)
                contributorPositions.append(cs.filter { base.label[Int($0)] == hubComponent }.map { tree.preorder[Int($0)] }.sorted())
            }
        }

        // Levels of each node, computed on first use.
        var levelCache = [[String]?](repeating: nil, count: n)
        let lookup = levelLookup()
        let levelOrder = Dictionary(levelNodes.map(\.id).enumerated().map { ($1, $0) }, uniquingKeysWith: { a, _ in a })

        /// The failure record for the loss of `nodes` cutting off `cut` (dense ids), losing the
        /// objectives whose connected contributors all lie in `separated` (preorder ranges) or are `lostNode`.
        func failure(nodes: [Int32], types: [String], cut: [Int32], separated: [Range<Int>]?, lostNode: Int32?) -> SPOFReport.Failure {
            let sortedCut = cut.sorted { rank[Int($0)] < rank[Int($1)] }
            var levelSet = Set<String>()
            for v in sortedCut {
                if levelCache[Int(v)] == nil { levelCache[Int(v)] = levels(of: ids[Int(v)], lookup: lookup) }
                levelSet.formUnion(levelCache[Int(v)]!)
            }
            var lost: [String] = []
            if let separated {
                // Every position counted below lies in [low, high): an objective with a
                // contributor outside is not lost, whatever the ranges hold.
                var low = Int32.max, high = Int32.min
                for r in separated { low = min(low, Int32(r.lowerBound)); high = max(high, Int32(r.upperBound)) }
                if let x = lostNode { low = min(low, tree.preorder[Int(x)]); high = max(high, tree.preorder[Int(x)] + 1) }
                for (i, o) in objectiveIDs.enumerated() {
                    let positions = contributorPositions[i]
                    guard let first = positions.first, let last = positions.last, first >= low, last < high else { continue }
                    var inside = 0
                    for r in separated { inside += lowerBound(positions, Int32(r.upperBound)) - lowerBound(positions, Int32(r.lowerBound)) }
                    if let x = lostNode, isContributor[i].contains(x) { inside += 1 }
                    if inside == positions.count { lost.append(o) }
                }
            }
            return SPOFReport.Failure(
                nodes: nodes.map { ref($0) }.sorted(), edgeTypes: types, cutOff: sortedCut.map { ids[Int($0)] },
                levels: levelSet.sorted { (levelOrder[$0] ?? .max, $0) < (levelOrder[$1] ?? .max, $1) },
                objectivesLost: lost.sorted())
        }

        /// The nodes at preorder positions `range` except those in `holes` (increasing, inside `range`).
        func nodes(in range: Range<Int>, except holes: [Range<Int>]) -> [Int32] {
            var out: [Int32] = []
            var position = range.lowerBound
            for hole in holes {
                while position < hole.lowerBound { out.append(tree.order[position]); position += 1 }
                position = max(position, hole.upperBound)
            }
            while position < range.upperBound { out.append(tree.order[position]); position += 1 }
            return out
        }

        /// A piece left after a loss: its preorder ranges (a subtree, or the root's piece as the
        /// tree minus holes), size and smallest node.
        struct Piece { var size: Int; var minimum: Int32; var subtree: Int32? }

        var points: [SPOFReport.Failure] = []
        for x in structure.articulationPoints.sorted(by: { ids[Int($0)] < ids[Int($1)] }) {
            let component = base.label[Int(x)]
            let children = tree.separatedChildren(by: x)
            let treeRange = tree.interval(of: tree.root[Int(x)])
            let pointRange = Int(tree.preorder[Int(x)]) ..< Int(tree.preorder[Int(x)]) + 1
            if let hub, hub != x {
                if hubComponent == component {
                    let separated = children.map { tree.interval(of: $0) }
                    points.append(failure(nodes: [x], types: [], cut: separated.flatMap { $0.map { tree.order[$0] } },
                                          separated: separated, lostNode: x))
                } else {
                    // Nothing here was connected to the hub; the hub's component keeps every contributor.
                    points.append(failure(nodes: [x], types: [], cut: nodes(in: treeRange, except: [pointRange]), separated: [], lostNode: nil))
                }
                continue
            }
            var pieces = children.map { Piece(size: Int(tree.subtreeSize[Int($0)]), minimum: tree.subtreeMinimum[Int($0)], subtree: $0) }
            if tree.parent[Int(x)] >= 0 {
                // The root's piece: the component minus x and its separated subtrees.
                let rest = componentSize[Int(component)] - 1 - pieces.reduce(0) { $0 + $1.size }
                pieces.append(Piece(size: rest, minimum: tree.root[Int(x)], subtree: nil))
            }
            let reference = pieces.max { ($0.size, -$0.minimum) < ($1.size, -$1.minimum) }!
            let cut: [Int32]
            if let kept = reference.subtree {
                // Everything of the component but x and the kept subtree (x's interval starts with x).
                let keptRange = tree.interval(of: kept)
                cut = nodes(in: treeRange, except: [pointRange, keptRange].sorted { $0.lowerBound < $1.lowerBound })
            } else {
                cut = children.flatMap { tree.interval(of: $0).map { tree.order[$0] } }
            }
            points.append(failure(nodes: [x], types: [], cut: cut, separated: nil, lostNode: nil))
        }

        // The edge types of every bridge in one pass over the edges when there are many (each
        // ``AnalysisView/edgeTypes(from:to:)`` reads two nodes' edges), with the same rules.
        var bridgeTypes: [UInt64: Set<EdgeType>] = [:]
        if structure.bridges.count > 64 {
            func key(_ u: Int32, _ v: Int32) -> UInt64 { UInt64(UInt32(u)) << 32 | UInt64(UInt32(v)) }
            for (x, y) in structure.bridges { bridgeTypes[key(x, y)] = [] }
            let readBack = !undirected.options.directed
            for edge in undirected.network.edges {
                guard let u = undirected.dense(edge.from), let v = undirected.dense(edge.to) else { continue }
                if bridgeTypes[key(u, v)] != nil { bridgeTypes[key(u, v)]!.insert(edge.type) }
                if (readBack || edge.type.isSymmetric) && bridgeTypes[key(v, u)] != nil { bridgeTypes[key(v, u)]!.insert(edge.type) }
            }
        }
        func types(_ x: Int32, _ y: Int32) -> [String] {
            if let set = bridgeTypes[UInt64(UInt32(x)) << 32 | UInt64(UInt32(y))] { return set.sorted().map(\.rawValue) }
            return undirected.edgeTypes(from: x, to: y).map(\.rawValue)
        }

        var bridges: [SPOFReport.Failure] = []
        for ((x, y), edge) in zip(structure.bridges, structure.bridgeEdges) {
            guard let below = tree.nodeBelow(bridge: edge, between: x, and: y) else {
                preconditionFailure("bridge \(x)–\(y) is not a separating tree edge of the same graph's DFS")
            }
            let types = types(x, y)
            let component = base.label[Int(x)]
            let belowRange = tree.interval(of: below)
            let treeRange = tree.interval(of: tree.root[Int(x)])
            let cut: [Int32]
            var separated: [Range<Int>]?
            if let hub {
                if hubComponent == component {
                    cut = belowRange.map { tree.order[$0] }
                    separated = [belowRange]
                } else {
                    cut = treeRange.map { tree.order[$0] }
                    separated = []
                }
            } else {
                // Two pieces: the subtree below (its smallest node) and the rest (the root, the
                // component's smallest node, wins ties).
                let belowSize = belowRange.count, restSize = componentSize[Int(component)] - belowSize
                cut = belowSize > restSize ? nodes(in: treeRange, except: [belowRange]) : belowRange.map { tree.order[$0] }
            }
            bridges.append(failure(nodes: [x, y], types: types, cut: cut, separated: separated, lostNode: nil))
        }
        bridges.sort { $0.nodes.map(\.id).lexicographicallyPrecedes($1.nodes.map(\.id)) }
        return (points, bridges)
    }
}

/// The first index of `sorted` whose value is not below `value`.
private func lowerBound(_ sorted: [Int32], _ value: Int32) -> Int {
    var low = 0, high = sorted.count
    while low < high {
        let mid = (low + high) / 2
        if sorted[mid] < value { low = mid + 1 } else { high = mid }
    }
    return low
}

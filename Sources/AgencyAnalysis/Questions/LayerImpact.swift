import AgencyModel
import GraphCore
import TextKit

/// What losing some nodes does to each relation layer, and whether those it cuts off keep a
/// *backup channel*: a connection through another relation.
///
/// The multiplex reading of a loss (Kivelä et al. 2014, "Multilayer networks", J. Complex
/// Networks 2(3); Battiston, Nicosia & Latora 2014, Phys. Rev. E 89, 032804): each populated layer
/// of the ``AnalysisView/context`` is read on its own, among the nodes of the view, edges read
/// undirected (connection, as in `spof`), plus the aggregate of all layers.
///
/// In each layer α:
/// - the *reference part* after the loss is the part holding the hub (when a hub is given and
///   kept), else, for each part of the layer that held a removed node, the largest remaining
///   piece (ties: the piece with the smallest id);
/// - a node is *cut off* in α when it was connected to the reference part before the loss and is
///   not after (removed nodes are not counted);
/// - a cut-off node has a *backup* in layer β ≠ α when, after the loss, it is still connected in β
///   to some node of α's reference part: the rest can still be reached through another relation.
///
/// A node has *no backup channel* when it is cut off in at least one layer and in every layer
/// where it is connected to the rest at all.
public struct LayerImpact: Sendable, Codable, Equatable {
    /// The name of the aggregate of all layers in ``layers``.
    public static let aggregate = "all layers"

    /// One layer's answer.
    public struct LayerLoss: Sendable, Codable, Equatable {
        /// The layer's name, or ``LayerImpact/aggregate``.
        public var layer: String
        /// Nodes connected to the reference part before the loss (removed nodes excluded).
        public var reachedBefore: Int
        /// Nodes cut off, sorted by id.
        public var cutOff: [String]
        /// For each cut-off node, the other layers (never the aggregate) through which it keeps a
        /// connection to the reference part; empty when it has none. Same order as ``cutOff``.
        public var backup: [[String]]
    }

    /// The nodes removed, sorted.
    public var removed: [String]
    /// The hub the reference part is measured from, when one was given and is not removed.
    public var hub: String?
    /// Each populated layer, then the aggregate.
    public var layers: [LayerLoss]
    /// Nodes cut off in some layer with no backup in any other layer, sorted.
    public var noBackup: [String]

    /// The per-layer table: cut off, and through which other layers each keeps a connection.
    public func tables(in language: Language) -> [ReportTable] {
        let word = language.word
        var rows: [[String]] = []
        for loss in layers {
            let cut = zip(loss.cutOff, loss.backup).map { id, through in
                through.isEmpty ? id : language.format(.tableViaLayers, id, through.joined(separator: ", "))
            }
            let name = loss.layer == LayerImpact.aggregate ? word(.tableAllLayers) : loss.layer
            rows.append([name, "\(loss.reachedBefore)", "\(loss.cutOff.count)", cut.isEmpty ? "-" : cut.joined(separator: ", ")])
        }
        let reference = hub.map { language.format(.tableLayerCutOffHub, $0) } ?? word(.tableLayerCutOffLargest)
        return [ReportTable(name: "layers", title: language.format(.tableLayerImpact, removed.joined(separator: ", ")),
                            columns: [word(.tableLayer), word(.tableReachedBefore), "#", word(.tableCutOffBackup)], rows: rows,
                            notes: [reference, word(.tableNoBackup) + ": " + (noBackup.isEmpty ? word(.none) : noBackup.joined(separator: ", "))])]
    }

    /// Whether the loss cuts anyone off in any layer.
    public var cutsOffAnyone: Bool { layers.contains { !$0.cutOff.isEmpty } }
}

extension AnalysisView {
    /// The layers of the ``context`` that have edges among the view's nodes, each as a graph on
    /// the view's dense ids (edges read undirected, self-loops and repeats dropped), and their
    /// aggregate last (named ``LayerImpact/aggregate``).
    ///
    /// - Complexity: O(L · (n + m)) for L layers.
    public func layerGraphs() throws(AnalysisError) -> [(name: String, graph: Graph)] {
        var byLayer: [String: [(Int32, Int32)]] = [:]
        var all: [(Int32, Int32)] = []
        let layerOf = Dictionary(uniqueKeysWithValues: context.layers.flatMap { layer in layer.types.map { ($0, layer.name) } })
        for edge in context.edges {
            guard let u = dense(edge.from), let v = dense(edge.to), u != v, let name = layerOf[edge.type] else { continue }
            byLayer[name, default: []].append((u, v))
            all.append((u, v))
        }
        var out: [(name: String, graph: Graph)] = []
        let names = context.layers.map(\.name).filter { byLayer[$0] != nil }
        do {
            for name in names + [LayerImpact.aggregate] {
                var builder = GraphBuilder(nodeCount: graph.nodeCount, directed: false, weighted: false,
                                           selfLoops: .drop, parallelEdges: .min)
                for (u, v) in name == LayerImpact.aggregate ? all : byLayer[name]! { try builder.addEdge(u, v) }
                out.append((name, try builder.build()))
            }
        } catch {
            throw .graph(error.description)
        }
        return out
    }

    /// What removing `ids` does to each layer (see ``LayerImpact``), from `hub` when given.
    ///
    /// - Complexity: O(L² · n + L · (n + m)) for L layers.
    public func layerImpact(removing ids: [String], hub: String? = nil) throws(AnalysisError) -> LayerImpact {
        let removed = try ids.map { id throws(AnalysisError) in try require(id, for: .remove) }
        let hubID = try hub.map { h throws(AnalysisError) in try require(h, for: .hub) }
        return try layerImpact(removing: removed, hub: hubID, layers: layerGraphs())
    }

    func layerImpact(removing removed: [Int32], hub: Int32?, layers: [(name: String, graph: Graph)]) throws(AnalysisError) -> LayerImpact {
        let n = graph.nodeCount
        var keep = [Bool](repeating: true, count: n)
        for v in removed { keep[Int(v)] = false }
        let hub = hub.flatMap { keep[Int($0)] ? $0 : nil }
        // Per layer: labels before and after, and the reference part (a set of after-labels).
        struct Reading {
            var before: Components
            var after: [Int32]          // label after the loss per node, -1 removed
            var inReference: [Bool]     // after the loss
            var reachedBefore: [Bool]
        }
        var readings: [Reading] = []
        for (_, g) in layers {
            let before = g.connectedComponents()
            let (sub, original) = g.inducedSubgraph(keeping: keep)
            let afterComponents = sub.connectedComponents()
            var after = [Int32](repeating: -1, count: n)
            for (w, v) in original.enumerated() { after[Int(v)] = afterComponents.label[w] }
            var referenceLabels = Set<Int32>()
            var referenceBefore = Set<Int32>()
            if let hub {
                referenceLabels.insert(after[Int(hub)])
                referenceBefore.insert(before.label[Int(hub)])
            } else {
                // Each part that held a removed node: its largest remaining piece.
                for r in removed {
                    let part = before.label[Int(r)]
                    guard referenceBefore.insert(part).inserted else { continue }
                    var size: [Int32: Int] = [:]
                    for v in 0 ..< n where before.label[v] == part && after[v] >= 0 { size[after[v], default: 0] += 1 }
                    if let best = size.keys.max(by: { (size[$0]!, -$0) < (size[$1]!, -$1) }) { referenceLabels.insert(best) }
                }
            }
            // A node alone in its part before the loss (no edge in this layer) is not "reached".
            var partSize = [Int](repeating: 0, count: before.count)
            for v in 0 ..< n { partSize[Int(before.label[v])] += 1 }
            let reachedBefore = (0 ..< n).map { keep[$0] && referenceBefore.contains(before.label[$0]) && partSize[Int(before.label[$0])] > 1 }
            let inReference = (0 ..< n).map { after[$0] >= 0 && referenceLabels.contains(after[$0]) }
            readings.append(Reading(before: before, after: after, inReference: inReference, reachedBefore: reachedBefore))
        }
        let aggregateIndex = layers.count - 1
        var losses: [LayerImpact.LayerLoss] = []
        var cutSomewhere = Set<Int32>()
        var backedUp = Set<Int32>()
        for (i, (name, _)) in layers.enumerated() {
            let r = readings[i]
            let cut = (0 ..< n).filter { r.reachedBefore[$0] && !r.inReference[$0] }.map { Int32($0) }
                .sorted { ids[Int($0)] < ids[Int($1)] }
            // For each other layer j: the parts (after the loss, in j) that hold a node of α's reference part.
            var touching: [Int: Set<Int32>] = [:]
            if !cut.isEmpty {
                for j in layers.indices where j != i && j != aggregateIndex {
                    touching[j] = Set((0 ..< n).filter { r.inReference[$0] && readings[j].after[$0] >= 0 }.map { readings[j].after[$0] })
                }
            }
            var backups: [[String]] = []
            for v in cut {
                var through: [String] = []
                for (j, (other, _)) in layers.enumerated() where j != i && j != aggregateIndex {
                    let label = readings[j].after[Int(v)]
                    if label >= 0 && touching[j]!.contains(label) { through.append(other) }
                }
                backups.append(through)
                if i != aggregateIndex {
                    cutSomewhere.insert(v)
                    if !through.isEmpty { backedUp.insert(v) }
                }
            }
            losses.append(.init(layer: name, reachedBefore: r.reachedBefore.filter { $0 }.count,
                                cutOff: cut.map { ids[Int($0)] }, backup: backups))
        }
        let noBackup = cutSomewhere.subtracting(backedUp).map { ids[Int($0)] }.sorted()
        return LayerImpact(removed: removed.map { ids[Int($0)] }.sorted(), hub: hub.map { ids[Int($0)] },
                           layers: losses, noBackup: noBackup)
    }
}

/// Single points of failure read per relation layer: the multiplex part of ``SPOFReport``.
public struct MultiplexFailures: Sendable, Codable, Equatable {
    /// The articulation points of one layer (edges read undirected), sorted by id.
    public struct LayerPoints: Sendable, Codable, Equatable {
        /// The layer's name.
        public var layer: String
        /// The ids of the layer's articulation points, sorted.
        public var articulationPoints: [String]
    }

    /// A node whose loss leaves others with no backup channel (``LayerImpact/noBackup``).
    public struct Loss: Sendable, Codable, Equatable {
        /// The id of the node whose loss is looked at.
        public var node: String
        /// The layers in which the node is an articulation point.
        public var layers: [String]
        /// The nodes cut off with no connection through any other layer, sorted.
        public var noBackup: [String]
    }

    /// Each populated layer (not the aggregate).
    public var layers: [LayerPoints]
    /// Nodes that are articulation points in two or more layers, sorted.
    public var inSeveralLayers: [String]
    /// Articulation points (of any layer) whose loss cuts someone off with no backup channel,
    /// most cut off first (ties by id).
    public var withoutBackup: [Loss]

    /// Two tables: the articulation points of each layer (with those in several layers in a note), and
    /// the losses that leave someone without a backup channel.
    ///
    /// - Parameter language: the language of titles and headers.
    /// - Returns: the `layer-points` and `no-backup` tables.
    public func tables(in language: Language) -> [ReportTable] {
        let word = language.word
        return [ReportTable(name: "layer-points", title: word(.tableLayerPoints), columns: [word(.tableLayer), "#", word(.tableArticulationPointsShort)],
                            rows: layers.map { [$0.layer, "\($0.articulationPoints.count)", $0.articulationPoints.isEmpty ? "-" : $0.articulationPoints.joined(separator: ", ")] },
                            notes: [word(.tableInSeveralLayers) + ": " + (inSeveralLayers.isEmpty ? word(.none) : inSeveralLayers.joined(separator: ", "))]),
                ReportTable(name: "no-backup", title: word(.tableNoBackupLosses),
                            columns: [word(.tableNode), word(.tableArticulationPointIn), "#", word(.tableCutOffNoBackup)],
                            rows: withoutBackup.map { [$0.node, $0.layers.joined(separator: ", "), "\($0.noBackup.count)", $0.noBackup.joined(separator: ", ")] })]
    }
}

extension AnalysisView {
    /// Articulation points per layer of the ``context`` among the view's nodes, those in several
    /// layers, and those whose loss leaves someone cut off in every layer it was connected in
    /// (``LayerImpact``), from `hub` when given. `nil` when fewer than two layers have edges.
    ///
    /// Each loss gives the answer ``layerImpact(removing:hub:)`` gives for it, without simulating it:
    /// one depth-first search per layer (`GraphCore.Graph.separations(roots:)`, rooted at the hub)
    /// tells, for every node v, the pieces its loss leaves in that layer as preorder intervals. In
    /// layer α the cut-off nodes are the pieces other than the reference one (the hub's, or the
    /// largest, ties to the piece with the smallest id); a cut-off node x keeps a backup in layer β
    /// when its β-piece P holds a node of α's reference part R, that is when
    /// |P ∩ K| > |P ∩ C| for K the α-component v was in and C the cut-off nodes (R = K − v − C).
    /// |P ∩ C| comes from the cut-off nodes themselves; |P ∩ K| is a count of K's nodes in the
    /// β-preorder interval(s) of P, by binary search in K's nodes sorted by β-preorder.
    ///
    /// - Parameter hub: the coordinator from which "cut off" is measured, or `nil` for the largest
    ///   remaining part.
    /// - Parameter progress: called with the share of articulation points done, when given.
    /// - Complexity: O(L² (n log n + m) + L² Σ_v (c_v + d_v) log n) for L layers, c_v the nodes the
    ///   loss of articulation point v cuts off over all layers and d_v its pieces: linear in the
    ///   size of what is cut off, instead of one simulated loss per articulation point
    ///   (O(a (L² n + L (n + m)))).
    public func multiplexFailures(hub: String? = nil, progress: (@Sendable (String) -> Void)? = nil) throws(AnalysisError) -> MultiplexFailures? {
        let layers = try layerGraphs()
        let own = Array(layers.dropLast())     // the aggregate is last
        guard own.count >= 2 else { return nil }
        let hubID = try hub.map { h throws(AnalysisError) in try require(h, for: .hub) }
        var pointsOf: [Int32: [String]] = [:]
        var perLayer: [MultiplexFailures.LayerPoints] = []
        var seps: [Separations] = []
        do {
            for (name, g) in own {
                let points = try g.biconnectedStructure(components: false).articulationPoints
                for p in points { pointsOf[p, default: []].append(name) }
                perLayer.append(.init(layer: name, articulationPoints: points.map { ids[Int($0)] }.sorted()))
                seps.append(try g.separations(roots: hubID.map { [$0] } ?? []))
            }
        } catch {
            throw .graph(error.description)
        }
        let n = graph.nodeCount
        let layerCount = own.count
        // overlap[α][β]: the nodes of each α-component (grouped by its DFS root) as β-preorder
        // positions, increasing within each group.
        struct Overlap {
            var start: [Int32]       // per node id r: group of the α-component rooted at r
            var positions: [Int32]
            func count(inComponentOf r: Int32, _ range: Range<Int>) -> Int {
                let lo = Int(start[Int(r)]), hi = Int(start[Int(r) + 1])
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
        var overlap: [[Overlap?]] = Array(repeating: Array(repeating: nil, count: layerCount), count: layerCount)
        for a in 0 ..< layerCount {
            var start = [Int32](repeating: 0, count: n + 1)
            for x in 0 ..< n { start[Int(seps[a].root[x]) + 1] += 1 }
            for r in 0 ..< n { start[r + 1] += start[r] }
            for b in 0 ..< layerCount where b != a {
                var fill = start
                var positions = [Int32](repeating: 0, count: n)
                for position in 0 ..< n {
                    let x = Int(seps[b].order[position])
                    let r = Int(seps[a].root[x])
                    positions[Int(fill[r])] = Int32(position)
                    fill[r] += 1
                }
                overlap[a][b] = Overlap(start: start, positions: positions)
            }
        }

        var cutStamp = [Int32](repeating: -1, count: n)
        var backedStamp = [Int32](repeating: -1, count: n)
        var losses: [MultiplexFailures.Loss] = []
        let step = max(1, pointsOf.count / 20)
        for (i, (v, names)) in pointsOf.enumerated() {
            if i % step == 0 && pointsOf.count > 100 {
                progress?("layers: losses without backup \(100 * i / pointsOf.count)% (\(i)/\(pointsOf.count) articulation points)")
            }
            let stamp = Int32(i)
            let vi = Int(v)
            let hubKept = hubID.flatMap { $0 != v ? $0 : nil }
            var cutSomewhere: [Int32] = []
            for a in 0 ..< layerCount {
                let sa = seps[a]
                // The cut-off nodes: every piece but the reference one (the hub's, else the largest).
                let cut = Self.cutOff(by: v, in: sa, hub: hubKept)
                if cut.isEmpty { continue }
                for x in cut where cutStamp[Int(x)] != stamp {
                    cutStamp[Int(x)] = stamp
                    cutSomewhere.append(x)
                }
                // Backups: for each other layer β, which β-pieces hold a node of α's reference part.
                let r = sa.root[vi]
                for b in 0 ..< layerCount where b != a {
                    let sb = seps[b]
                    let counts = overlap[a][b]!
                    let vRoot = sb.root[vi]
                    let separated = sb.separatedChildren(by: v)
                    func piece(_ x: Int32) -> Int32 {
                        if sb.root[Int(x)] != vRoot { return Int32(n) + sb.root[Int(x)] }
                        let px = sb.preorder[Int(x)]
                        var lo = separated.startIndex, hi = separated.endIndex
                        while lo < hi {
                            let mid = (lo + hi) / 2
                            if sb.preorder[Int(separated[mid])] <= px { lo = mid + 1 } else { hi = mid }
                        }
                        if lo > separated.startIndex {
                            let c = separated[lo - 1]
                            if px < sb.preorder[Int(c)] + sb.subtreeSize[Int(c)] { return c }
                        }
                        return -1
                    }
                    var inCut: [Int32: Int] = [:]
                    let pieceOf = cut.map { piece($0) }
                    for p in pieceOf { inCut[p, default: 0] += 1 }
                    var touches: [Int32: Bool] = [:]
                    for (p, cutCount) in inCut {
                        let inComponent: Int
                        if p >= Int32(n) {
                            inComponent = counts.count(inComponentOf: r, sb.interval(of: p - Int32(n)))
                        } else if p >= 0 {
                            inComponent = counts.count(inComponentOf: r, sb.interval(of: p))
                        } else {
                            var rest = counts.count(inComponentOf: r, sb.interval(of: vRoot)) - 1
                            for c in separated { rest -= counts.count(inComponentOf: r, sb.interval(of: c)) }
                            inComponent = rest
                        }
                        touches[p] = inComponent > cutCount
                    }
                    for (x, p) in zip(cut, pieceOf) where touches[p]! { backedStamp[Int(x)] = stamp }
                }
            }
            let noBackup = cutSomewhere.filter { backedStamp[Int($0)] != stamp }.map { ids[Int($0)] }.sorted()
            if !noBackup.isEmpty { losses.append(.init(node: ids[Int(v)], layers: names, noBackup: noBackup)) }
        }
        losses.sort { ($0.noBackup.count, $1.node) > ($1.noBackup.count, $0.node) }
        return MultiplexFailures(layers: perLayer, inSeveralLayers: pointsOf.filter { $0.value.count >= 2 }.map { ids[Int($0.key)] }.sorted(),
                                 withoutBackup: losses)
    }
}

/// The names of relation layers in the reader's language (TextKit's `Language`).
extension Language {
    /// The name of a relation layer in this language: the built-in layers (`coordination`,
    /// `structure`, `policy`) and ``LayerImpact/aggregate`` from the word catalogue; a layer the
    /// network declares keeps its own name. The one home of these words for the briefing and the
    /// explorer.
    public func name(ofLayer layer: String) -> String {
        switch layer {
        case Layer.coordination.name: return word(.layerCoordination)
        case Layer.structure.name: return word(.layerStructure)
        case Layer.policy.name: return word(.layerPolicy)
        case LayerImpact.aggregate: return word(.allLayersName)
        default: return layer
        }
    }
}

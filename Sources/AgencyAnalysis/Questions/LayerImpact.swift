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
    /// - Parameter hub: the coordinator from which "cut off" is measured, or `nil` for the largest
    ///   remaining part.
    /// - Parameter progress: called with the share of articulation points done, when given.
    /// - Complexity: O(a · (L² · n + L · (n + m))) for a articulation points over L layers: each
    ///   loss is simulated (``layerImpact(removing:hub:)``), so this part is quadratic on large
    ///   sparse networks (a ≈ n / 4 on a tree-like register), the one part of `spof` that is. The
    ///   one-DFS method of the single-layer part (`GraphCore.Graph.separations(roots:)`) applies
    ///   per layer, but the backup test ("is a cut-off node joined, in another layer, to any node
    ///   of the reference part") needs the pieces of every layer after the loss, not yet done.
    public func multiplexFailures(hub: String? = nil, progress: (@Sendable (String) -> Void)? = nil) throws(AnalysisError) -> MultiplexFailures? {
        let layers = try layerGraphs()
        let own = layers.dropLast()     // the aggregate is last
        guard own.count >= 2 else { return nil }
        let hubID = try hub.map { h throws(AnalysisError) in try require(h, for: .hub) }
        var pointsOf: [Int32: [String]] = [:]
        var perLayer: [MultiplexFailures.LayerPoints] = []
        do {
            for (name, g) in own {
                let points = try g.biconnectedStructure(components: false).articulationPoints
                for p in points { pointsOf[p, default: []].append(name) }
                perLayer.append(.init(layer: name, articulationPoints: points.map { ids[Int($0)] }.sorted()))
            }
        } catch {
            throw .graph(error.description)
        }
        var losses: [MultiplexFailures.Loss] = []
        let step = max(1, pointsOf.count / 20)
        for (i, (v, names)) in pointsOf.enumerated() {
            if i % step == 0 && pointsOf.count > 100 {
                progress?("layers: losses without backup \(100 * i / pointsOf.count)% (\(i)/\(pointsOf.count) articulation points)")
            }
            let impact = try layerImpact(removing: [v], hub: hubID, layers: layers)
            if !impact.noBackup.isEmpty { losses.append(.init(node: ids[Int(v)], layers: names, noBackup: impact.noBackup)) }
        }
        losses.sort { ($0.noBackup.count, $1.node) > ($1.noBackup.count, $0.node) }
        return MultiplexFailures(layers: perLayer, inSeveralLayers: pointsOf.filter { $0.value.count >= 2 }.map { ids[Int($0.key)] }.sorted(),
                                 withoutBackup: losses)
    }
}

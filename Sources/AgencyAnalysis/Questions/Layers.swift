import AgencyModel
import GraphCore
import TextKit

/// Multiplex measures of a view: each relation layer on its own, each node across layers, each
/// pair of layers against each other.
///
/// The measures are those of Battiston, Nicosia & Latora 2014, "Structural measures for multiplex
/// networks", Phys. Rev. E 89, 032804 (degree per layer, overlapping degree, multiplex
/// participation coefficient), plus the edge overlap of two layers as a Jaccard index over node
/// pairs. The conventions are in ``AnalysisView/layerMeasures()``.
public struct LayersReport: TabularReport, Equatable {
    public static let schemaName = "layers"

    /// One populated layer of the view, read as an undirected simple graph on its own nodes.
    public struct LayerSummary: Sendable, Codable, Equatable {
        /// The layer's name (`AgencyModel.Layer.name`).
        public var name: String
        /// Its edge types, as the network spells them.
        public var types: [String]
        /// Nodes with at least one edge of the layer to another node (self-loops do not count).
        public var nodes: Int
        /// Network edges of the layer in the view, as written (every type, self-loops and parallel
        /// edges included).
        public var edges: Int
        /// Distinct unordered node pairs linked by the layer (self-loops ignored): |E_α|.
        public var pairs: Int
        /// Connected components among the layer's ``nodes``.
        public var components: Int
        /// Articulation points of the layer's graph (GraphCore, Hopcroft–Tarjan).
        public var articulationPoints: Int
    }

    /// A node's degrees across the layers.
    public struct NodeDegrees: Sendable, Codable, Equatable {
        /// The node's id.
        public var id: String
        /// Label in the view's language.
        public var label: String
        /// The node's kind.
        public var kind: String
        /// k_i^[α]: distinct neighbours in each layer (every populated layer named, 0 included).
        public var degree: [String: Int]
        /// o_i = Σ_α k_i^[α].
        public var overlappingDegree: Int
        /// P_i = M/(M−1) · (1 − Σ_α (k_i^[α]/o_i)²); `nil` (JSON `null`) when o_i = 0 or when the view
        /// has a single layer (M = 1).
        public var participation: Double?

        enum CodingKeys: String, CodingKey { case id, label, kind, degree, overlappingDegree, participation }

        /// Writes `participation` as `null` rather than leaving the key out: every node has the key.
        public func encode(to encoder: any Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(id, forKey: .id)
            try c.encode(label, forKey: .label)
            try c.encode(kind, forKey: .kind)
            try c.encode(degree, forKey: .degree)
            try c.encode(overlappingDegree, forKey: .overlappingDegree)
            try c.encode(participation, forKey: .participation)
        }
    }

    /// Two layers compared over unordered node pairs (self-loops ignored).
    public struct LayerPair: Sendable, Codable, Equatable {
        /// The two layer names, in layer order.
        public var layers: [String]
        /// |E_α ∩ E_β|: node pairs linked in both layers.
        public var sharedPairs: Int
        /// |E_α ∩ E_β| / |E_α ∪ E_β|; `nil` (JSON `null`) when neither layer links two distinct nodes.
        public var jaccard: Double?

        enum CodingKeys: String, CodingKey { case layers, sharedPairs, jaccard }

        public func encode(to encoder: any Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(layers, forKey: .layers)
            try c.encode(sharedPairs, forKey: .sharedPairs)
            try c.encode(jaccard, forKey: .jaccard)
        }
    }

    /// The populated layers of the view, in layer order (built-in first, then by name). M is their number.
    public var layers: [LayerSummary]
    /// Every node of the view, by overlapping degree (highest first), then id.
    public var nodes: [NodeDegrees]
    /// Every unordered pair of populated layers, in layer order.
    public var layerPairs: [LayerPair]

    public func tables(in language: Language) -> [ReportTable] {
        let word = language.word
        let names = layers.map(\.name)
        func number(_ x: Double?) -> String { x.map { NumberText.table.string($0, in: language) } ?? "n/a" }
        return [
            ReportTable(name: "layers", title: word(.tableLayersTitle),
                        columns: [word(.tableLayer), word(.tableTypes), word(.tableNodes), word(.tableEdges), word(.tableNodePairs),
                                  word(.tableComponents), word(.tableArticulationPointsShort)],
                        rows: layers.map { [$0.name, $0.types.joined(separator: ","), "\($0.nodes)", "\($0.edges)", "\($0.pairs)",
                                            "\($0.components)", "\($0.articulationPoints)"] },
                        notes: [word(.tableLayersNote)]),
            ReportTable(name: "nodes", title: word(.tableDegreePerLayer),
                        columns: [word(.tableNode), word(.tableKind)] + names + [word(.tableOverlappingDegree), word(.tableParticipation)],
                        rows: nodes.map { n in
                            [n.id, n.kind] + names.map { "\(n.degree[$0] ?? 0)" } + ["\(n.overlappingDegree)", number(n.participation)]
                        },
                        notes: [language.format(.tableParticipationNote, "\(layers.count)")]),
            ReportTable(name: "layer-pairs", title: word(.tableLayerOverlap),
                        columns: [word(.tableLayersColumn), word(.tableSharedPairs), "Jaccard"],
                        rows: layerPairs.map { [$0.layers.joined(separator: " — "), "\($0.sharedPairs)", number($0.jaccard)] },
                        notes: [word(.tableJaccardNote)]),
        ]
    }
}

extension AnalysisView {
    /// Multiplex measures per layer, per node and per pair of layers (Battiston, Nicosia & Latora
    /// 2014, "Structural measures for multiplex networks", Phys. Rev. E 89, 032804).
    ///
    /// The layers are the view's populated layers (`AgencyModel.Network.populatedLayers`: built-in
    /// layers, declared layers, one layer per unclaimed custom type); M is their number. Conventions,
    /// whatever the view's direction and weights:
    /// - every edge is read **undirected** and unweighted; **self-loops are ignored**; several edges
    ///   between one pair in one layer (two types of the layer, or both directions) count once;
    /// - k_i^[α], the degree of node i in layer α, is its number of distinct neighbours in α;
    ///   o_i = Σ_α k_i^[α] is the overlapping degree (a neighbour linked in two layers counts twice);
    /// - P_i = M/(M−1) · (1 − Σ_α (k_i^[α]/o_i)²) is the multiplex participation coefficient: 0 when
    ///   all of i's ties are in one layer, 1 when they are spread evenly over all M layers. It is
    ///   undefined (`nil`) when o_i = 0 and, for every node, when M = 1 (the factor M/(M−1));
    /// - a layer's nodes are the nodes with k_i^[α] > 0; its components and articulation points are
    ///   those of the layer's undirected simple graph on those nodes;
    /// - for two layers, E_α is the set of unordered pairs {i, j}, i ≠ j, linked in α: `sharedPairs`
    ///   is |E_α ∩ E_β|, `jaccard` is |E_α ∩ E_β| / |E_α ∪ E_β| (`nil` when the union is empty).
    ///
    /// ```swift
    /// let report = try view.layerMeasures()
    /// report.layers.map(\.name)          // ["coordination", "structure", "policy"]
    /// report.nodes.first?.participation  // the most connected node's spread over layers
    /// ```
    /// - Throws: ``AnalysisError/graph(_:)`` if a layer's graph cannot be built (more nodes than Int32 ids).
    /// - Complexity: O(M (n + m)) for n nodes, m edges and M populated layers (one graph and one
    ///   articulation-point search per layer; pair sets are hashed, so the M(M−1)/2 overlaps take
    ///   O(M m) in all).
    public func layerMeasures() throws(AnalysisError) -> LayersReport {
        let layers = network.populatedLayers
        let n = ids.count
        var layerIndex: [EdgeType: Int] = [:]
        for (index, layer) in layers.enumerated() {
            for type in layer.types { layerIndex[type] = index }
        }
        var pairs = [Set<UInt64>](repeating: [], count: layers.count)
        var edgeCounts = [Int](repeating: 0, count: layers.count)
        for edge in network.edges {
            guard let index = layerIndex[edge.type], let u = dense(edge.from), let v = dense(edge.to) else { continue }
            edgeCounts[index] += 1
            if u != v { pairs[index].insert(Self.pairKey(u, v)) }
        }

        var degrees = [[Int]](repeating: [Int](repeating: 0, count: n), count: layers.count)
        var summaries: [LayersReport.LayerSummary] = []
        for (index, layer) in layers.enumerated() {
            var builder = GraphBuilder(nodeCount: n, directed: false, weighted: false, selfLoops: .drop, parallelEdges: .min)
            let graph: Graph
            let points: Int
            do {
                for key in pairs[index] {
                    let (u, v) = Self.pairEnds(key)
                    degrees[index][Int(u)] += 1
                    degrees[index][Int(v)] += 1
                    try builder.addEdge(u, v)
                }
                graph = try builder.build()
                points = try graph.articulationPoints().count
            } catch {
                throw .graph(error.description)
            }
            let members = degrees[index].filter { $0 > 0 }.count
            // Nodes without a tie in the layer are components of one node in `graph`: not counted.
            let components = graph.connectedComponents().count - (n - members)
            summaries.append(LayersReport.LayerSummary(
                name: layer.name, types: layer.types.map(\.rawValue), nodes: members, edges: edgeCounts[index],
                pairs: pairs[index].count, components: components, articulationPoints: points))
        }

        let m = layers.count
        var nodes: [LayersReport.NodeDegrees] = []
        nodes.reserveCapacity(n)
        for v in 0 ..< n {
            let ks = (0 ..< m).map { degrees[$0][v] }
            let o = ks.reduce(0, +)
            var participation: Double?
            if o > 0 && m > 1 {
                let sum = ks.reduce(0.0) { total, k in
                    let share = Double(k) / Double(o)
                    return total + share * share
                }
                participation = Double(m) / Double(m - 1) * (1 - sum)
            }
            var degree: [String: Int] = [:]
            for (index, layer) in layers.enumerated() { degree[layer.name] = ks[index] }
            let ref = ref(Int32(v))
            nodes.append(LayersReport.NodeDegrees(id: ref.id, label: ref.label, kind: ref.kind, degree: degree,
                                                  overlappingDegree: o, participation: participation))
        }
        nodes.sort { ($1.overlappingDegree, $0.id) < ($0.overlappingDegree, $1.id) }

        var overlaps: [LayersReport.LayerPair] = []
        for a in 0 ..< m {
            for b in (a + 1) ..< m {
                let (small, large) = pairs[a].count <= pairs[b].count ? (pairs[a], pairs[b]) : (pairs[b], pairs[a])
                let shared = small.reduce(0) { $0 + (large.contains($1) ? 1 : 0) }
                let union = pairs[a].count + pairs[b].count - shared
                overlaps.append(LayersReport.LayerPair(layers: [layers[a].name, layers[b].name], sharedPairs: shared,
                                                       jaccard: union == 0 ? nil : Double(shared) / Double(union)))
            }
        }
        return LayersReport(layers: summaries, nodes: nodes, layerPairs: overlaps)
    }

    /// The unordered pair {u, v} as one key (smaller id in the high half).
    private static func pairKey(_ u: Int32, _ v: Int32) -> UInt64 {
        let (low, high) = u < v ? (u, v) : (v, u)
        return UInt64(UInt32(low)) << 32 | UInt64(UInt32(high))
    }

    private static func pairEnds(_ key: UInt64) -> (Int32, Int32) {
        (Int32(truncatingIfNeeded: key >> 32), Int32(truncatingIfNeeded: key & 0xFFFF_FFFF))
    }
}

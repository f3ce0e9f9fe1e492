import AgencyModel
import AgencyRendering
import Foundation
import AgencyGraphTestSupport

/// Hand-made networks with known drawings.
enum Fixtures {
    static func text(_ fr: String, nl: String? = nil, en: String? = nil) -> LocalizedText {
        var t = ["fr": fr]
        if let nl { t["nl"] = nl }
        if let en { t["en"] = en }
        return LocalizedText(t)
    }

    /// Levels international (0) > eu (1) ⊃ eu_agencies (1, part_of eu) > federal (2) > local (4);
    /// agencies, a body, an instrument, an objective; edges of several types.
    static func small(ocamName: String = "Organe de Coordination pour l'analyse de la menace") -> Network {
        let levels = [
            Node(id: "international", kind: .level, name: text("niveau international", en: "international level"), rank: 0),
            Node(id: "eu", kind: .level, name: text("niveau européen", en: "EU level"), rank: 1),
            Node(id: "eu_agencies", kind: .level, name: text("agences de l'UE", en: "EU agencies"), rank: 1),
            Node(id: "federal", kind: .level, name: text("niveau fédéral", nl: "federaal niveau", en: "federal level"), rank: 2),
            Node(id: "local", kind: .level, name: text("niveau local", en: "local level"), rank: 4),
        ]
        let actors = [
            Node(id: "ocam", kind: .agency, name: LocalizedText(["fr": ocamName, "en": "Coordination Unit for Threat Analysis"]),
                 acronym: LocalizedText(["fr": "OCAM", "nl": "OCAD", "en": "CUTA"]), level: "federal",
                 provenance: [Provenance(ref: "seed", section: "Approche", excerpt: "coordonnée par l’OCAM")]),
            Node(id: "police", kind: .agency, name: text("Police fédérale"), level: "federal"),
            Node(id: "commune", kind: .agency, name: text("Communes", nl: "Gemeenten"), level: "local"),
            Node(id: "europol", kind: .agency, name: text("Europol"), level: "eu_agencies"),
            Node(id: "council", kind: .body, name: text("Conseil de l'UE", en: "Council of the EU"), level: "eu"),
            Node(id: "un", kind: .body, name: text("Nations unies", en: "United Nations"), acronym: LocalizedText(universal: "UN"), level: "international"),
            Node(id: "strategy", kind: .instrument, name: text("Stratégie", en: "Strategy"),
                 validity: ValidityPeriod(since: PartialDate(year: 2021, month: 9))),
            Node(id: "obj", kind: .objective, name: text("Prévenir la radicalisation", en: "Prevent radicalisation")),
        ]
        let edges = [
            Edge(from: "eu_agencies", to: "eu", type: .partOf),
            Edge(from: "ocam", to: "police", type: .coordinates),
            Edge(from: "ocam", to: "commune", type: .coordinates),
            Edge(from: "ocam", to: "europol", type: .informs),
            Edge(from: "ocam", to: "federal", type: .operatesAt),
            Edge(from: "police", to: "federal", type: .operatesAt),
            Edge(from: "police", to: "local", type: .operatesAt),
            Edge(from: "council", to: "strategy", type: .adopts),
            Edge(from: "strategy", to: "obj", type: .contributesTo),
            Edge(from: "un", to: "council", type: .cooperatesWith),
            Edge(from: "commune", to: "ocam", type: .reportsTo),
        ]
        return Network(id: "small", title: text("Petit réseau", en: "Small network"),
                       sources: [Source(id: "seed", title: "Terrorisme")], nodes: levels + actors, edges: edges)
    }

    /// The Belgian reference network.
    static func belgium() throws -> Network {
        try NetworkReader.loadValid(contentsOf: packageRoot.appendingPathComponent("graphs/belgium-counter-terrorism.yaml").path)
    }

    static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()

    /// Renders to SVG and parses it.
    static func svg(_ network: Network, context: Network? = nil, options: DiagramOptions = DiagramOptions()) throws -> (SVGElement, [UInt8]) {
        let out = try NetworkDiagram.render(network, context: context, options: options, format: .svg)
        return (try SVG.parse(out.data), out.data)
    }

    /// A synthetic network: `levels` ranked levels, `n` agencies spread over them, each
    /// coordinating a few others (seeded, deterministic).
    static func synthetic(nodes n: Int, edgesPerNode: Int = 2, seed: UInt64 = 42) -> Network {
        var state = seed
        func next() -> Int {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return Int(state >> 33)
        }
        let levels = (0..<5).map { (i: Int) -> Node in Node(id: "l\(i)", kind: .level, name: LocalizedText(universal: "Level \(i)"), rank: i) }
        var nodes = levels
        for i in 0..<max(0, n - 5) {
            nodes.append(Node(id: "a\(i)", kind: i % 7 == 0 ? .body : .agency,
                              name: LocalizedText(universal: "Agency number \(i)"), level: "l\(i % 5)"))
        }
        var edges: [Edge] = []
        let count = max(0, n - 5)
        if count > 1 {
            for i in 0..<count {
                for _ in 0..<edgesPerNode {
                    let j = next() % count
                    if j != i { edges.append(Edge(from: "a\(i)", to: "a\(j)", type: next() % 3 == 0 ? .informs : .coordinates)) }
                }
            }
        }
        return Network(id: "synthetic", title: LocalizedText(universal: "Synthetic \(n)"), nodes: nodes, edges: edges)
    }
}

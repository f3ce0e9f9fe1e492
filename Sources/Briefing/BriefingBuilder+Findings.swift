/// Findings ranked by consequence, as an analyst would order them: who is cut off and how many
/// (in which layer), then what rests on a single contributor, then what changed, then the
/// structure (who is central, how many single points of failure).
extension BriefingBuilder {
    /// How much a finding weighs: its tier first (lower is graver), then its number (larger first).
    enum Consequence: Int, Comparable {
        case cutOff = 0, singleContributor, change, structure

        static func < (a: Consequence, b: Consequence) -> Bool { a.rawValue < b.rawValue }
    }

    struct RankedFinding {
        var finding: BriefingDocument.Finding
        var consequence: Consequence
        var magnitude: Double
    }

    /// The findings in order of consequence; ties keep the order the sections produced them in.
    static func rank(_ findings: [RankedFinding]) -> [BriefingDocument.Finding] {
        findings.enumerated().sorted { a, b in
            (a.element.consequence, -a.element.magnitude, a.offset) < (b.element.consequence, -b.element.magnitude, b.offset)
        }.map(\.element.finding)
    }

    /// A finding about actors only: one whose subjects include a context node (a level, an
    /// objective, an instrument) is dropped.
    func add(_ findings: inout [RankedFinding], _ consequence: Consequence, _ magnitude: Double, _ finding: BriefingDocument.Finding) {
        guard !finding.subjects.contains(where: isContext) else { return }
        findings.append(RankedFinding(finding: finding, consequence: consequence, magnitude: magnitude))
    }

    /// Up to `limit` labels, then "…" and the count.
    func someLabels(_ ids: [String], limit: Int = 5) -> String {
        let shown = ids.prefix(limit).map(label)
        return ids.count > limit ? shown.joined(separator: ", ") + ", … (+\(ids.count - limit))" : lang.list(Array(shown))
    }
}

import TextKit
import AgencyAnalysis
import AgencyModel

/// A briefing as a value: sections of blocks, findings with evidence references, tables and
/// figures (SVG text). All text is plain (unescaped); the writers escape it for their format.
public struct BriefingDocument: Sendable, Codable, Equatable {
    public var title: String
    public var language: Language
    public var sections: [Section]
    /// The findings ranked below the ones shown (at most ``BriefingBuilder/shownFindings``): in the JSON only.
    public var moreFindings: [Finding] = []
    /// A link to the network's explorer page (docs/explorer.md), shown on the cover; `nil`: none.
    public var explorerLink: String?

    public struct Section: Sendable, Codable, Equatable {
        /// Anchor id, e.g. `summary`.
        public var id: String
        public var heading: String
        public var blocks: [Block]
    }

    /// One finding: a generated sentence, the evidence (a table or figure id) and the numbers it states.
    public struct Finding: Sendable, Codable, Equatable {
        public var id: String
        public var text: String
        public var evidence: [String]
        public var values: [String: Double]
        /// Node ids the finding is about (their excerpts appear in the method section).
        public var subjects: [String]
    }

    public struct Table: Sendable, Codable, Equatable {
        public var id: String
        public var number: Int
        public var caption: String
        public var columns: [String]
        public var rows: [[String]]
        /// For heatmaps: a value 0…1 per cell (same shape as rows); nil for plain tables.
        public var shading: [[Double?]]?
        public var notes: [String]
    }

    public struct Figure: Sendable, Codable, Equatable {
        public var id: String
        public var number: Int
        public var caption: String
        /// The `<svg>…</svg>` element (no XML declaration), or nil when omitted (see ``note``).
        public var svg: String?
        public var note: String?
        public var fileName: String { "figure-\(number).svg" }
    }

    public enum Block: Sendable, Codable, Equatable {
        case paragraph(String)
        case subheading(String)
        case list([String])
        case findings([Finding])
        case table(Table)
        case figure(Figure)
    }

    public var figures: [Figure] {
        sections.flatMap(\.blocks).compactMap { if case .figure(let f) = $0 { return f } else { return nil } }
    }
    public var tables: [Table] {
        sections.flatMap(\.blocks).compactMap { if case .table(let t) = $0 { return t } else { return nil } }
    }
    public var findings: [Finding] {
        sections.flatMap(\.blocks).flatMap { b -> [Finding] in if case .findings(let f) = b { return f } else { return [] } }
    }
}

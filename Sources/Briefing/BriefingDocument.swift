import TextKit
import AgencyAnalysis
import AgencyModel

/// A briefing as a value: sections of blocks, findings with evidence references, tables and
/// figures (SVG text). All text is plain (unescaped); the writers escape it for their format.
public struct BriefingDocument: Sendable, Codable, Equatable {
    /// The briefing's title.
    public var title: String
    /// The language it is written in.
    public var language: Language
    /// The sections, in reading order.
    public var sections: [Section]
    /// The findings ranked below the ones shown (at most ``BriefingBuilder/shownFindings``): in the JSON only.
    public var moreFindings: [Finding] = []
    /// A link to the network's explorer page (docs/explorer.md), shown on the cover; `nil`: none.
    public var explorerLink: String?

    /// A section: an anchor, a heading and its blocks.
    public struct Section: Sendable, Codable, Equatable {
        /// Anchor id, e.g. `summary`.
        public var id: String
        /// The heading text.
        public var heading: String
        /// The content, in order.
        public var blocks: [Block]
    }

    /// One finding: a generated sentence, the evidence (a table or figure id) and the numbers it states.
    public struct Finding: Sendable, Codable, Equatable {
        /// A stable id (the kind of finding), e.g. for tests and the JSON.
        public var id: String
        /// The sentence, in the briefing's language.
        public var text: String
        /// The ids of the tables and figures that back it.
        public var evidence: [String]
        /// The numbers the sentence states, by name.
        public var values: [String: Double]
        /// Node ids the finding is about (their excerpts appear in the method section).
        public var subjects: [String]
    }

    /// A numbered table with its caption, cells and notes.
    public struct Table: Sendable, Codable, Equatable {
        /// The anchor id.
        public var id: String
        /// The table's number, from 1 in reading order.
        public var number: Int
        /// The caption.
        public var caption: String
        /// The column headers.
        public var columns: [String]
        /// The rows of cells, each as many as ``columns``, numbers already formatted.
        public var rows: [[String]]
        /// For heatmaps: a value 0…1 per cell (same shape as rows); nil for plain tables.
        public var shading: [[Double?]]?
        /// Lines under the table (e.g. how many rows the full list has).
        public var notes: [String]
    }

    /// A numbered figure: an SVG drawing and its caption, or a note saying why it is omitted.
    public struct Figure: Sendable, Codable, Equatable {
        /// The anchor id.
        public var id: String
        /// The figure's number, from 1 in reading order.
        public var number: Int
        /// The caption.
        public var caption: String
        /// The `<svg>…</svg>` element (no XML declaration), or nil when omitted (see ``note``).
        public var svg: String?
        /// Why the figure is omitted (then ``svg`` is `nil`); `nil` when it is shown.
        public var note: String?
        /// Printed on a landscape page of its own (it is legible there, not in the portrait column).
        public var landscape: Bool = false
        /// The file the Markdown writer saves the SVG to, `figure-N.svg`.
        public var fileName: String { "figure-\(number).svg" }

        /// Creates a figure.
        /// 
        /// - Parameters:
        ///   - id: the anchor of the figure in the page (`figure-…`).
        ///   - number: its number in the document (Figure N).
        ///   - caption: the caption, in the document's language.
        ///   - svg: the `<svg>` element, or `nil` when the figure is omitted.
        ///   - note: why it is omitted (with `svg` nil), else `nil`.
        ///   - landscape: whether it is printed on a landscape page of its own.
        public init(id: String, number: Int, caption: String, svg: String?, note: String?, landscape: Bool = false) {
            self.id = id
            self.number = number
            self.caption = caption
            self.svg = svg
            self.note = note
            self.landscape = landscape
        }
    }

    /// One block of a section.
    public enum Block: Sendable, Codable, Equatable {
        /// A paragraph of plain text.
        case paragraph(String)
        /// A heading one level below the section's.
        case subheading(String)
        /// A bulleted list of plain-text items.
        case list([String])
        /// The findings, as a list.
        case findings([Finding])
        /// A table.
        case table(Table)
        /// A figure.
        case figure(Figure)
    }

    /// Every figure, in reading order.
    public var figures: [Figure] {
        sections.flatMap(\.blocks).compactMap { if case .figure(let f) = $0 { return f } else { return nil } }
    }
    /// Every table, in reading order.
    public var tables: [Table] {
        sections.flatMap(\.blocks).compactMap { if case .table(let t) = $0 { return t } else { return nil } }
    }
    /// Every finding shown, in reading order (``moreFindings`` are not included).
    public var findings: [Finding] {
        sections.flatMap(\.blocks).flatMap { b -> [Finding] in if case .findings(let f) = b { return f } else { return [] } }
    }
}

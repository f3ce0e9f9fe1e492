/// Where a fact comes from: an entry of the file's `sources`, optionally a section heading and a
/// short verbatim excerpt (at most ``Provenance/maximumExcerptLength`` characters).
public struct Provenance: Hashable, Sendable {
    /// The id of an entry in ``Network/sources``.
    public var ref: String
    /// A heading in the source under which the fact is stated.
    public var section: String?
    /// A verbatim passage of the source stating the fact.
    public var excerpt: String?

    /// The longest excerpt allowed, in characters (extended grapheme clusters).
    public static let maximumExcerptLength = 200

    /// Creates a provenance record.
    public init(ref: String, section: String? = nil, excerpt: String? = nil) {
        self.ref = ref
        self.section = section
        self.excerpt = excerpt
    }
}

/// A document a network is built from, listed in the file's `sources`.
public struct Source: Hashable, Sendable {
    /// The id provenance records refer to (`[a-z0-9_-]+`).
    public var id: String
    /// The document's title.
    public var title: String
    /// Who published it.
    public var publisher: String?
    /// Where it can be read (`http://` or `https://`).
    public var url: String?
    /// The language of the text, a BCP 47 tag.
    public var language: String?
    /// When it was read.
    public var accessed: PartialDate?

    /// Creates a source.
    public init(id: String, title: String, publisher: String? = nil, url: String? = nil,
                language: String? = nil, accessed: PartialDate? = nil) {
        self.id = id
        self.title = title
        self.publisher = publisher
        self.url = url
        self.language = language
        self.accessed = accessed
    }
}

/// The provenance a network gives every node and edge that states none of its own: the file's
/// top-level `defaults:` map (`defaults: {source: {ref: registry}}` or `defaults: {assumption: "…"}`).
///
/// Readers give each such element the defaults as its ``Node/provenance`` and
/// ``Node/assumption`` (so every consumer sees the provenance that applies), and the canonical
/// writer leaves out what equals the defaults, so a large imported network states its
/// provenance once instead of on every element.
public struct ProvenanceDefaults: Hashable, Sendable {
    /// The source records inherited.
    public var source: [Provenance]
    /// The assumption inherited.
    public var assumption: String?

    /// Creates defaults; at least one of the two should be given.
    public init(source: [Provenance] = [], assumption: String? = nil) {
        self.source = source
        self.assumption = assumption
    }

    /// Whether an element with this provenance states exactly the defaults (and so inherits them).
    public func matches(_ provenance: [Provenance], assumption: String?) -> Bool {
        provenance == source && assumption == self.assumption
    }
}

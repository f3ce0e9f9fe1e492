/// A small typed writer of XHTML-compatible HTML: elements, attributes and text, where every
/// text and attribute value is escaped by construction (``Escape/xml(_:)``).
///
/// - Element and attribute names are cases of ``Tag``, ``VoidTag`` and ``AttributeName``: the
///   program names them, data never can. There is no `script` tag.
/// - Void elements (``VoidTag``) have no children and are written self-closed, `<meta charset="utf-8"/>`,
///   so the page parses as XML as well as HTML.
/// - Markup is written as is through one entry point only, ``trustedMarkup(_:)``, for what this
///   program made itself (the renderer's inline SVG, the page's CSS); never for data.
///
/// Nothing is added between nodes: whitespace is a text node (`"\n"`), so the output is exactly
/// what the nodes say.
///
/// ```swift
/// let page = HTML.element(.p, .class("kicker")) { "Belgium's <network>" }
/// page.rendered   // <p class="kicker">Belgium&#39;s &lt;network&gt;</p>
/// ```
///
/// JohnSundell/Plot was evaluated for this role and not taken: docs/architecture.md, Decisions.
public enum HTML {
    /// The elements the project writes (non-void). Add a case when a page needs another one.
    public enum Tag: String, Sendable, CaseIterable {
        /// The document's structure: `html` (the root), `head` with its `title` and `style` sheet, `body`
        /// and its sections — `header`, `nav`, `main`, `section`, `article`, `footer` — and the generic
        /// block `div`, inline `span` and paragraph `p`.
        case html, head, title, style, body, header, nav, main, section, article, footer, div, span, p
        /// Headings `h1` to `h4`; ordered (`ol`) and unordered (`ul`) lists of `li` items; links (`a`);
        /// and the phrase elements `strong`, `em`, `code` and `small`.
        case h1, h2, h3, h4, ol, ul, li, a, strong, em, code, small
        /// Figures (`figure` with its `figcaption`) and tables: `table`, its `caption`, `thead` and `tbody`,
        /// rows (`tr`), header cells (`th`) and data cells (`td`).
        case figure, figcaption, table, caption, thead, tbody, tr, th, td
    }

    /// The void elements: no content, written self-closed.
    public enum VoidTag: String, Sendable, CaseIterable {
        /// `meta` (document metadata), `br` (a line break), `hr` (a thematic break), `img` (an image) and
        /// `link` (a linked resource such as a style sheet).
        case meta, br, hr, img, link
    }

    /// The attributes the project writes.
    public enum AttributeName: String, Sendable, CaseIterable {
        /// The attribute names: `id`, `class`, `href`, `lang`, `charset`, `style`, `xmlns`, `title`, `alt`,
        /// `src`, `name`, `content`, `colspan` and `rowspan`, written as spelled.
        case id, `class`, href, lang, charset, style, xmlns, title, alt, src, name, content, colspan, rowspan
    }

    /// One attribute: a known name and a value, escaped when written.
    public struct Attribute: Sendable, Equatable {
        /// Which attribute.
        public var name: AttributeName
        /// The value as given; it is escaped (``Escape/xml(_:)``) when the node is written.
        public var value: String

        /// Pairs a name with a value (escaped when written, so any text is safe here).
        public init(_ name: AttributeName, _ value: String) {
            self.name = name
            self.value = value
        }

        /// An `id` attribute.
        public static func id(_ value: String) -> Attribute { Attribute(.id, value) }
        /// A `class` attribute: one or more space-separated class names.
        public static func `class`(_ value: String) -> Attribute { Attribute(.class, value) }
        /// An `href` attribute. The value is escaped but not checked: pass only links the project made
        /// (fragments, relative file names).
        public static func href(_ value: String) -> Attribute { Attribute(.href, value) }
        /// A `lang` attribute: a BCP 47 language tag such as `fr`.
        public static func lang(_ value: String) -> Attribute { Attribute(.lang, value) }
        /// A `style` attribute: inline CSS declarations written by the project, never user text.
        public static func style(_ value: String) -> Attribute { Attribute(.style, value) }
        /// A `charset` attribute (on `meta`): the document's encoding, `utf-8`.
        public static func charset(_ value: String) -> Attribute { Attribute(.charset, value) }
        /// An `xmlns` attribute: the namespace of an inline SVG or XHTML root.
        public static func xmlns(_ value: String) -> Attribute { Attribute(.xmlns, value) }
    }

    /// A piece of a page: an element, a void element, text, or trusted markup.
    public struct Node: Sendable, Equatable {
        indirect enum Content: Sendable, Equatable {
            case element(Tag, [Attribute], [Node])
            case void(VoidTag, [Attribute])
            case text(String)
            case trusted(String)
        }

        let content: Content

        /// The node as HTML text.
        ///
        /// - Complexity: O(n) in the length of the output.
        public var rendered: String {
            var out = ""
            write(to: &out)
            return out
        }

        /// Appends the node's HTML to `out`.
        public func write(to out: inout String) {
            switch content {
            case .element(let tag, let attributes, let children):
                out += "<" + tag.rawValue
                HTML.write(attributes, to: &out)
                out += ">"
                for child in children { child.write(to: &out) }
                out += "</" + tag.rawValue + ">"
            case .void(let tag, let attributes):
                out += "<" + tag.rawValue
                HTML.write(attributes, to: &out)
                out += "/>"
            case .text(let text):
                out += Escape.xml(text)
            case .trusted(let markup):
                out += markup
            }
        }
    }

    /// An element with attributes and children.
    public static func element(_ tag: Tag, _ attributes: Attribute..., @Builder children: () -> [Node] = { [] }) -> Node {
        Node(content: .element(tag, attributes, children()))
    }

    /// An element whose attributes are computed (some present only in some cases).
    public static func element(_ tag: Tag, attributes: [Attribute], @Builder children: () -> [Node] = { [] }) -> Node {
        Node(content: .element(tag, attributes, children()))
    }

    /// A void element, written self-closed: `<meta charset="utf-8"/>`.
    public static func voidElement(_ tag: VoidTag, _ attributes: Attribute...) -> Node {
        Node(content: .void(tag, attributes))
    }

    /// Text, escaped when written (`& < > " '` as entities, non-text scalars as U+FFFD).
    public static func text(_ text: String) -> Node {
        Node(content: .text(text))
    }

    /// Markup written exactly as given: **only** for markup this program made itself and knows to
    /// be well-formed XML (an SVG from our renderer, a style sheet). Never pass data text here.
    public static func trustedMarkup(_ markup: String) -> Node {
        Node(content: .trusted(markup))
    }

    /// A whole page: `<!DOCTYPE html>`, a line feed, the root element and a final line feed.
    public static func document(_ root: Node) -> String {
        var out = "<!DOCTYPE html>\n"
        root.write(to: &out)
        out += "\n"
        return out
    }

    static func write(_ attributes: [Attribute], to out: inout String) {
        for attribute in attributes {
            out += " " + attribute.name.rawValue + "=\"" + Escape.xml(attribute.value) + "\""
        }
    }

    /// Builds a list of children: nodes, arrays of nodes, `String`s (as escaped text), `if`,
    /// `if`/`else` and `for`.
    @resultBuilder
    public enum Builder {
        /// One node as a list of one.
        public static func buildExpression(_ node: Node) -> [Node] { [node] }
        /// A list of nodes, spliced in order.
        public static func buildExpression(_ nodes: [Node]) -> [Node] { nodes }
        /// A string, as an escaped text node.
        public static func buildExpression(_ text: String) -> [Node] { [HTML.text(text)] }
        /// The statements of a block, concatenated in order.
        public static func buildBlock(_ parts: [Node]...) -> [Node] { parts.flatMap { $0 } }
        /// An `if` without `else`: its nodes, or none.
        public static func buildOptional(_ part: [Node]?) -> [Node] { part ?? [] }
        /// The `if` branch of an `if`/`else`.
        public static func buildEither(first part: [Node]) -> [Node] { part }
        /// The `else` branch of an `if`/`else`.
        public static func buildEither(second part: [Node]) -> [Node] { part }
        /// A `for` loop: the nodes of every iteration, in order.
        public static func buildArray(_ parts: [[Node]]) -> [Node] { parts.flatMap { $0 } }
    }
}

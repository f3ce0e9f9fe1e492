import AgencyAnalysis
import AgencyModel
import AgencyRendering
import Foundation
import Presentation
import TextKit

/// What an explorer page covers and how.
public struct ExplorerOptions: Sendable {
    /// The language the page opens in (the reader can switch between fr, nl, en and de), and of
    /// the drawing's labels and legend.
    public var language: Language
    /// The coordinator: the what-if measures who is cut off from it (else from the largest part).
    public var hub: String?
    /// The input's name as the user gave it (shown in the page's footer).
    public var inputName: String
    /// Every single removal is precomputed up to this many actors; above, the page says so and
    /// gives the command line instead.
    public var removalLimit: Int
    /// The command a reader can run for a removal the page has not precomputed (several nodes
    /// together, or above ``removalLimit``), `%1` standing for the removed ids joined by commas;
    /// `nil`: the page only says it is not precomputed. The front end words it in its own terms.
    public var whatIfCommand: String?
    /// Progress messages (`nil`: none).
    public var progress: (@Sendable (String) -> Void)?
    /// The largest view the page is written for (``SizeLimit/readable`` by default); a larger
    /// network is refused with ``ExplorerError/tooLarge(nodes:edges:limit:)`` before any work.
    /// `nil`: no limit (the page of a very large view takes long to write and a browser may not
    /// open it usefully).
    public var sizeLimit: SizeLimit?

    /// The size of a view (nodes and edges) above which a page is not written by default.
    public struct SizeLimit: Sendable, Equatable {
        /// At most this many nodes.
        public var nodes: Int
        /// At most this many edges.
        public var edges: Int

        /// A limit of `nodes` nodes and `edges` edges (a view at the limit is written).
        public init(nodes: Int, edges: Int) {
            self.nodes = nodes
            self.edges = edges
        }

        /// Whether a view of `nodes` nodes and `edges` edges is within the limit.
        public func admits(nodes: Int, edges: Int) -> Bool { nodes <= self.nodes && edges <= self.edges }

        /// The default: 3,000 nodes and 9,000 edges, the largest generated networks whose page still
        /// opens in headless Chromium within about 10 s on the 2-core development machine
        /// (docs/explorer.md, "Size and speed").
        public static let readable = SizeLimit(nodes: 3000, edges: 9000)
    }

    /// The default ``removalLimit``: 3,000 actors (docs/explorer.md has the measured cost).
    public static let defaultRemovalLimit = 3000

    /// Options for one page; every parameter has a default, so `ExplorerOptions()` writes an English page
    /// with no hub.
    ///
    /// - Parameters:
    ///   - language: The language the page opens in and the drawing's labels are written in (``language``).
    ///   - hub: The coordinator's node id, an actor of the network; `nil`: the what-if measures who is cut
    ///     off from the largest part (``hub``).
    ///   - inputName: The input's name as the user gave it, for the footer; empty: the footer names the
    ///     network's id (``inputName``).
    ///   - removalLimit: The number of actors up to which every single removal is precomputed
    ///     (``removalLimit``); 0 precomputes none.
    ///   - whatIfCommand: The command for a removal the page has not precomputed, `%1` standing for the
    ///     removed ids joined by commas; `nil`: the page only says it is not precomputed (``whatIfCommand``).
    ///   - progress: Called with a short message at each step of ``ExplorerDocument/build(network:context:options:)``
    ///     (`drawing`, `centrality`, `what-if 10% (200/2000 removals)`…); `nil`: no messages (``progress``).
    ///   - sizeLimit: The largest view written (``sizeLimit``); `nil`: no limit.
    public init(language: Language = .en, hub: String? = nil, inputName: String = "",
                removalLimit: Int = ExplorerOptions.defaultRemovalLimit, whatIfCommand: String? = nil,
                progress: (@Sendable (String) -> Void)? = nil, sizeLimit: SizeLimit? = .readable) {
        self.sizeLimit = sizeLimit
        self.whatIfCommand = whatIfCommand
        self.language = language
        self.hub = hub
        self.inputName = inputName
        self.removalLimit = removalLimit
        self.progress = progress
    }

    /// The options that can be wrong, for errors.
    public enum Field: String, Sendable, Equatable, CaseIterable, CustomStringConvertible {
        /// The hub (``ExplorerOptions/hub``): not an actor of the network.
        case hub
        /// The option's name as messages write it (`hub`).
        public var description: String { rawValue }
    }
}

/// Why an explorer page cannot be written, in the library's terms; the `agencygraph` tool maps
/// each case to its options and exit codes.
public enum ExplorerError: Error, Equatable, Sendable, CustomStringConvertible {
    /// An analysis refused the network or a value.
    case analysis(AnalysisError)
    /// The hub is not an actor of the network; with the closest id when there is one.
    case unknownNode(id: String, option: ExplorerOptions.Field, suggestion: String?)
    /// The drawing could not be made (the diagram's or Graphviz's message).
    case drawing(String)
    /// The drawing or the page failed TextKit's markup gate (`SafeSVG`); nothing should be written.
    case unsafeMarkup(String)
    /// The view is larger than ``ExplorerOptions/sizeLimit``: a page of it would take long to
    /// write and would not open usefully in a browser. Nothing was computed.
    case tooLarge(nodes: Int, edges: Int, limit: ExplorerOptions.SizeLimit)

    public var description: String {
        switch self {
        case .analysis(let error): return error.description
        case let .unknownNode(id, option, suggestion):
            return "\(option): '\(id)' is not an actor of the network" + (suggestion.map { "; did you mean '\($0)'?" } ?? "")
        case .drawing(let message): return "the drawing failed: \(message)"
        case .unsafeMarkup(let message): return "the page failed the markup safety check: \(message)"
        case let .tooLarge(nodes, edges, limit):
            return "the view has \(nodes) nodes and \(edges) edges, more than an explorer page opens usefully "
                + "(at most \(limit.nodes) nodes and \(limit.edges) edges): explore a part of it (a neighbourhood, "
                + "a layer, some kinds of node), or raise or lift sizeLimit"
        }
    }
}

/// One self-contained HTML page to explore a network: its drawing (Graphviz through our
/// binding, as `render` draws it), the data behind every element, and the analyses, computed
/// here and embedded as JSON; a small hand-written script only shows and filters.
///
/// ```swift
/// let page = try ExplorerDocument.build(network: network, options: ExplorerOptions(hub: "ocam"))
/// try page.html().write(to: url, atomically: true, encoding: .utf8)
/// ```
public struct ExplorerDocument: Sendable {
    /// Everything the page shows, as embedded.
    public var data: ExplorerData
    /// The drawing, inlined in the page (passed `SafeSVG`).
    public var svg: String

    /// Runs the analyses and draws the network.
    ///
    /// `network` is what the page shows: a whole network, or a view of one (`ViewFilter`), then
    /// given with the unfiltered network as `context`, which names the levels the view left out.
    /// A view larger than ``ExplorerOptions/sizeLimit`` is refused first, before any work
    /// (``ExplorerError/tooLarge(nodes:edges:limit:)``).
    ///
    /// Questions read the view that fits them, as in the briefing (`QuestionScope`): measures at
    /// each date the whole network, centrality, single points of failure, communities and the
    /// what-if the actors (coordination layer by default; the what-if reads every layer among
    /// them), coverage the policy layer.
    ///
    /// - Complexity: O(L² (n log n + m)) plus the size of the answers for the single removals of
    ///   up to ``ExplorerOptions/removalLimit`` actors over L layers (one search per layer,
    ///   `AnalysisView.singleRemovalImpacts(of:hub:progress:)`), plus O(n · m) for betweenness,
    ///   plus the layout (`dot` up to 150 nodes and 500 edges, else `sfdp`).
    public static func build(network: Network, context: Network? = nil,
                             options: ExplorerOptions = ExplorerOptions()) throws(ExplorerError) -> ExplorerDocument {
        if let limit = options.sizeLimit, !limit.admits(nodes: network.nodes.count, edges: network.edges.count) {
            throw .tooLarge(nodes: network.nodes.count, edges: network.edges.count, limit: limit)
        }
        var builder = ExplorerBuilder(network: network, context: context ?? network, options: options)
        return try builder.build()
    }

    /// The page: one HTML document, UTF-8, no external resource of any kind.
    public func html() -> String { ExplorerPage.html(self) }
}

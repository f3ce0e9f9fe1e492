import AgencyModel
import TextKit
import Graphviz

/// Turns a network (already filtered by a `AgencyModel.ViewFilter`) and its overlays into a
/// `Graph`, and renders it.
///
/// What the drawing shows (docs/rendering.md):
/// - a shape and fill per node kind (``KindAppearance``), a colour, line style and arrowhead per
///   edge type (``TypeAppearance``);
/// - labels in the chosen language: the acronym, else the name (wrapped), else the id; the full
///   names, kind, level, dates and provenance in the tooltip;
/// - boxes per governance level, nested where levels are `part_of` others; the level nodes are
///   the boxes, and an actor's `operates_at` edge to its own home level is shown by its box
///   rather than drawn; `operates_at` edges to another level point at that level's box;
/// - in `dot`, levels stacked by `rank` (international above EU above federal above
///   regional/community above local);
/// - a legend of the kinds and types drawn and of every overlay; a title and the view's date.
///
/// SVG ids and classes: nodes `node-ID` with classes `kind-KIND`, `level-LEVEL`; edges
/// `edge-FROM-TO-TYPE` (a `-2`, `-3` suffix on repeats) with `type-TYPE`; level boxes
/// `level-ID` with class `level-box`; the legend `legend`; overlays add their classes.
public enum NetworkDiagram {
    /// The Graphviz graph for `view`.
    ///
    /// - Parameters:
    ///   - view: the network to draw, already filtered.
    ///   - context: the unfiltered network, to name levels that the filter removed (e.g. with
    ///     `--kinds agency`, agencies are still boxed by level); `nil` when `view` is complete.
    ///   - options: language, boxes, title, overlays, legend and engine choice.
    ///   - engine: the engine the graph is for (ranks and boxes are only given to engines that
    ///     use them); `nil` uses ``engine(for:options:)``.
    /// - Throws: ``DiagramError`` for overlays naming what is not in the view.
    /// - Complexity: O((n + m) log(n + m)) for n nodes and m edges.
    public static func graph(for view: Network, context: Network? = nil, options: DiagramOptions = DiagramOptions(),
                             engine: LayoutEngine? = nil) throws(DiagramError) -> Graph {
        let engine = engine ?? self.engine(for: view, options: options)
        var builder = DiagramBuilder(view: view, context: context ?? view, options: options, engine: engine)
        do {
            return try builder.build()
        } catch let error as DiagramError {
            throw error
        } catch {
            throw .graphviz("\(error)")
        }
    }

    /// The engine a drawing of `view` uses: the one in `options`, else ``EngineChoice/automatic(nodeCount:edgeCount:)``.
    public static func engine(for view: Network, options: DiagramOptions) -> LayoutEngine {
        options.engine ?? EngineChoice.automatic(nodeCount: view.nodes.count, edgeCount: view.edges.count)
    }

    /// Draws `view` and renders it; SVG output gets a human title and a `<desc>` (see
    /// ``SVGAccessibility``).
    ///
    /// - Throws: ``DiagramError`` (including ``DiagramError/tooLarge(engine:nodes:limit:)`` for
    ///   `dot` above ``EngineChoice/dotHardLimit`` nodes), or `GraphvizError` from Graphviz.
    public static func render(_ view: Network, context: Network? = nil, options: DiagramOptions = DiagramOptions(),
                              format: OutputFormat = .svg) throws -> RenderOutput {
        let engine = self.engine(for: view, options: options)
        if engine == .dot, format.needsLayout, view.nodes.count > EngineChoice.dotHardLimit {
            throw DiagramError.tooLarge(engine: "dot", nodes: view.nodes.count, limit: EngineChoice.dotHardLimit)
        }
        let graph = try self.graph(for: view, context: context, options: options, engine: engine)
        var output = try Graphviz.render(graph, engine: engine, format: format)
        if format == .svg {
            let summary = DiagramSummary(view: view, context: context ?? view, options: options)
            output.data = SVGAccessibility.addTitleAndDescription(to: output.data, title: summary.title,
                                                                  description: summary.description)
        }
        return output
    }
}

/// The title and the one-paragraph description of a drawing.
struct DiagramSummary {
    let title: String
    let dateLine: String
    let description: String

    init(view: Network, context: Network, options: DiagramOptions) {
        let words = options.language
        let title = options.title ?? options.language.pick(view.title) ?? view.id
        self.title = title
        dateLine = view.asOf.map { "\(words.word(.legendSituationAt)) \($0)" } ?? words.word(.legendAllDates)
        let kinds = view.kinds.map { "\(view.countsByKind[$0] ?? 0) \(words.name(of: $0))" }.joined(separator: ", ")
        let types = view.countsByType.keys.sorted().map { "\(view.countsByType[$0] ?? 0) \(words.name(of: $0))" }.joined(separator: ", ")
        var text = "\(title). \(dateLine). " + words.format(.diagramCounts, String(view.nodes.count), kinds, String(view.edges.count), types) + "."
        for overlay in options.overlays {
            switch overlay {
            case .highlight(let h): text += " \(h.caption): \(h.nodes.joined(separator: ", "))."
            case .size(let s): text += " \(words.word(.legendNodeSize)): \(s.measure)."
            case .color(let c): text += " \(words.word(.legendColour)): \(c.title)."
            case .path(let p): text += " \(p.caption): \(p.nodes.joined(separator: " → "))."
            case .diff(let d): text += " \(words.word(.legendComparedWith)) \(d.baseName): " + words.format(.diagramDiffCounts, String(d.addedNodes.count), String(d.removedNodes.count), String(d.addedEdges.count), String(d.removedEdges.count)) + "."
            }
        }
        description = text
    }
}

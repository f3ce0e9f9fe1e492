import AgencyModel
import Foundation
import GraphCore

/// Reads what an analysis runs on: a network file (YAML/JSON, validated) or a plain edge list.
///
/// Edge lists (`.txt`, `.edges`: one `u v [weight]` a line, `#` comments) become networks whose
/// nodes are agencies (`kind: agency`, id = the token as written) and whose edges have the custom
/// type ``edgeListType`` (`x-edge`) and the weight given (weights must be > 0), so every question
/// runs on any graph.
public enum NetworkInput {
    /// The edge type given to edges read from an edge list.
    public static let edgeListType = EdgeType(rawValue: "x-edge")
    /// File extensions read as edge lists.
    public static let edgeListExtensions = ["txt", "edges"]

    /// Whether `path` is read as an edge list (by its extension).
    public static func isEdgeList(_ path: String) -> Bool {
        let ext = (path as NSString).pathExtension.lowercased()
        return edgeListExtensions.contains(ext)
    }

    /// Reads a network (validated; a file with errors is refused with every error) or an edge list.
    /// - Throws: ``AnalysisError/input(_:)`` with the file (and line for edge lists and errors).
    public static func load(_ path: String) throws(AnalysisError) -> Network {
        if isEdgeList(path) { return try loadEdgeList(path) }
        do {
            return try NetworkReader.loadValid(contentsOf: path)
        } catch {
            throw .input(error.description)
        }
    }

    /// Reads an edge list (`u v` or `u v weight` lines) as a network of agencies.
    public static func loadEdgeList(_ path: String) throws(AnalysisError) -> Network {
        let labeled: LabeledGraph
        do {
            do {
                labeled = try EdgeListReader.read(path: path, weighted: true)
            } catch let e as EdgeListError where e.reason.hasPrefix("missing weight") {
                labeled = try EdgeListReader.read(path: path, weighted: false)
            }
        } catch let e as EdgeListError {
            throw .input(e.description)
        } catch {
            throw .input("\(path): \(error)")
        }
        return try network(from: labeled, name: path)
    }

    /// Turns a labelled GraphCore graph into a network of agencies joined by `x-edge` edges.
    public static func network(from labeled: LabeledGraph, name: String) throws(AnalysisError) -> Network {
        let g = labeled.graph
        let nodes = labeled.labels.map { Node(id: $0, kind: .agency, assumption: "read from the edge list \(name)") }
        var edges: [Edge] = []
        edges.reserveCapacity(g.edgeCount)
        for e in 0 ..< g.edgeCount {
            let (u, v, w) = g.edge(e)
            if g.isWeighted && !(w > 0) {
                throw .input("\(name): edge '\(labeled.labels[Int(u)]) \(labeled.labels[Int(v)])' has weight \(w); weights must be > 0")
            }
            edges.append(Edge(from: labeled.labels[Int(u)], to: labeled.labels[Int(v)], type: edgeListType,
                              weight: g.isWeighted ? w : nil, assumption: "read from the edge list"))
        }
        let id = ((name as NSString).lastPathComponent as NSString).deletingPathExtension
        return Network(id: id, title: LocalizedText(universal: id), nodes: nodes, edges: edges)
    }
}

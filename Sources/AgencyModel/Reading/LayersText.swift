import TextKit

extension Layer {
    /// The declared layers as one line of JSON, `{"advice":["informs","x-advice"]}`: the form in
    /// which formats with graph attributes (GraphML, node-link JSON, DOT, Cypher) carry the
    /// top-level `layers:` map. Layers in the order given, types in their sorted order.
    ///
    /// - Complexity: O(total types).
    public static func json(_ layers: [Layer]) -> String {
        "{" + layers.map { layer in
            Escape.jsonString(layer.name) + ":[" + layer.types.map { Escape.jsonString($0.rawValue) }.joined(separator: ",") + "]"
        }.joined(separator: ",") + "}"
    }

    /// Reads declared layers from the text ``json(_:)`` writes (any JSON mapping from layer name
    /// to a list of edge types), with the rules of the top-level `layers:` key (docs/format.md,
    /// Layers): the same diagnostics, located in `text`, and only the layers that pass them.
    ///
    /// - Complexity: O(length of text).
    public static func read(json text: String, file: String) -> (layers: [Layer], diagnostics: [Diagnostic]) {
        switch DocumentReader.tape(text: text, file: file, format: .json) {
        case .failure(let diagnostic): return ([], [diagnostic])
        case .success(let (tape, root)):
            var decoder = NetworkDecoder(tape: tape)
            let layers = decoder.decodeLayers(root)
            return (layers, decoder.diagnostics.sorted())
        }
    }
}

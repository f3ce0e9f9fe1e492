import Foundation
@testable import AgencyModel

/// The whole reading pipeline as it was before issue 16 — bytes checked and copied into a
/// `String`, a full ``DocValue`` tree (libyaml events or the recursive JSON parser), the escaped
/// non-text check over the tree, then the tree decoder — kept frozen as the oracle of
/// `ReaderEquivalenceTests`.
enum TreeReader {
    static func read(data: Data, file: String, format: FileFormat) -> LoadResult {
        switch TextDecoding.text(of: data, file: file) {
        case .success(let text): return read(text: text, file: file, format: format)
        case .failure(let diagnostic): return LoadResult(loaded: nil, diagnostics: [diagnostic])
        }
    }

    static func read(text: String, file: String, format: FileFormat) -> LoadResult {
        let root: DocValue
        switch document(text: text, file: file, format: format) {
        case .success(let value): root = value
        case .failure(let diagnostic): return LoadResult(loaded: nil, diagnostics: [diagnostic])
        }
        var decoder = TreeNetworkDecoder(file: file)
        let network = decoder.decode(root)
        let diagnostics = decoder.diagnostics.sorted()
        guard let network else { return LoadResult(loaded: nil, diagnostics: diagnostics) }
        let hasComments = format == .yaml && text.utf8.contains(UInt8(ascii: "#"))
        let comments = hasComments ? CommentMap(text: text, map: decoder.map) : CommentMap()
        return LoadResult(loaded: LoadedNetwork(network: network, sourceMap: decoder.map, format: format, comments: comments),
                          diagnostics: diagnostics)
    }

    static func document(text: String, file: String, format: FileFormat) -> Result<DocValue, Diagnostic> {
        if text.utf8.count > InputLimits.maximumFileSize || text.utf8.contains(0) {
            switch TextDecoding.text(of: Data(text.utf8), file: file) {
            case .success: break
            case .failure(let diagnostic): return .failure(diagnostic)
            }
        }
        if let diagnostic = TextRule.checkRaw(text, file: file) { return .failure(diagnostic) }
        let parsed = LargeStack.run { () -> Result<DocValue, Diagnostic> in
            switch format {
            case .yaml: return TreeYAMLReader.read(text, file: file)
            case .json: return TreeJSONReader.read(text, file: file)
            }
        }
        if case .success(let root) = parsed, let diagnostic = TreeTextRule.checkDecoded(root) { return .failure(diagnostic) }
        return parsed
    }
}

/// `fmt`: the canonical text of a network file.
public enum NetworkFormatter {
    /// The outcome of formatting one file.
    public enum Outcome: Sendable {
        /// The canonical text, and whether it equals the original text.
        case formatted(text: String, unchanged: Bool)
        /// The file has structural errors (it cannot be rewritten without losing what is wrong);
        /// the diagnostics say what. Semantic problems (dangling ids, cycles) do not block `fmt`.
        case failed([Diagnostic])
    }

    /// Reads a file and formats it in the syntax its extension names.
    ///
    /// - Throws: ``NetworkFileError/notFound(path:)`` or ``NetworkFileError/unreadable(path:reason:)``.
    public static func format(contentsOf path: String) throws(NetworkFileError) -> Outcome {
        let text: String
        switch try NetworkReader.contents(of: path, file: path) {
        case .failure(let diagnostic): return .failed([diagnostic])
        case .success(let data):
            switch TextDecoding.text(of: data, file: path) {
            case .failure(let diagnostic): return .failed([diagnostic])
            case .success(let decoded): text = decoded
            }
        }
        return format(text: text, file: path, format: FileFormat(path: path))
    }

    /// Formats `text` (YAML or JSON, by `format`) into its canonical form in the same syntax.
    public static func format(text: String, file: String, format: FileFormat) -> Outcome {
        let result = NetworkReader.read(text: text, file: file, format: format)
        guard let loaded = result.loaded, !result.diagnostics.containsErrors else {
            return .failed(result.diagnostics.filter { $0.severity == .error })
        }
        let output = format == .json ? NetworkWriter.json(loaded.network)
                                     : NetworkWriter.yaml(loaded.network, comments: loaded.comments)
        return .formatted(text: output, unchanged: output == text)
    }
}

/// The whole-line comments of a YAML file that ``NetworkWriter`` keeps when it rewrites it.
///
/// Kept: the comment lines at the top of the file (the header, e.g. the
/// `# yaml-language-server: $schema=…` line), the comment lines directly above a top-level key,
/// directly above an item of `sources`, `nodes` or `edges`, and at the end of the file.
/// "Directly above" means only blank lines and comment lines in between, each comment indented
/// no deeper than the item's keys. Everything else — end-of-line comments and comments between
/// the keys of one item — is dropped (use `notes:` for remarks that must last).
public struct CommentMap: Sendable, Equatable {
    /// Comment lines before the first key, without the leading indentation.
    public var header: [String] = []
    /// Comment lines above each top-level key.
    public var topLevel: [String: [String]] = [:]
    /// Comment lines above each source, node and edge, by position.
    public var sources: [Int: [String]] = [:]
    /// Comment lines above each node, by position.
    public var nodes: [Int: [String]] = [:]
    /// Comment lines above each edge, by position.
    public var edges: [Int: [String]] = [:]
    /// Comment lines at the end of the file.
    public var footer: [String] = []

    /// An empty map.
    public init() {}

    /// Collects the comments of `text`, using the item positions recorded in `map`.
    public init(text: String, map: SourceMap) {
        // Split on every line break libyaml knows (\n, \r\n, \r, NEL, LS, PS): a Character "\r\n"
        // is one grapheme, so splitting on "\n" alone would miss Windows line endings.
        let lines = text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline)
        func indentation(_ line: Substring) -> Int { line.prefix { $0 == " " }.count }
        func isComment(_ line: Substring) -> Bool { line.drop { $0 == " " || $0 == "\t" }.hasPrefix("#") }
        func isBlank(_ line: Substring) -> Bool { line.allSatisfy { $0 == " " || $0 == "\t" } }
        /// Comment lines directly above line `line` (1-based) indented at most `maxIndent`.
        func above(line: Int, maxIndent: Int) -> [String] {
            var collected: [String] = []
            var index = min(line - 2, lines.count - 1)
            while index >= 0 {
                let candidate = lines[index]
                if isBlank(candidate) { index -= 1; continue }
                guard isComment(candidate), indentation(candidate) <= maxIndent else { break }
                collected.append(String(candidate.drop { $0 == " " || $0 == "\t" }))
                index -= 1
            }
            return collected.reversed()
        }
        let firstKeyLine = map.topLevelKeys.values.map(\.line).min() ?? (lines.count + 1)
        for (key, location) in map.topLevelKeys {
            let comments = location.line == firstKeyLine ? [] : above(line: location.line, maxIndent: 0)
            if !comments.isEmpty { topLevel[key] = comments }
        }
        header = lines.prefix(max(0, firstKeyLine - 1)).filter(isComment).map { String($0.drop { $0 == " " || $0 == "\t" }) }
        func items(_ list: [ElementLocations]) -> [Int: [String]] {
            var result: [Int: [String]] = [:]
            for (position, item) in list.enumerated() {
                let comments = above(line: item.start.line, maxIndent: item.start.column - 1)
                if !comments.isEmpty { result[position] = comments }
            }
            return result
        }
        sources = items(map.sources)
        nodes = items(map.nodes)
        edges = items(map.edges)
        var trailing: [String] = []
        for line in lines.reversed() {
            if isBlank(line) { continue }
            guard isComment(line), indentation(line) == 0 else { break }
            trailing.append(String(line))
        }
        footer = map.topLevelKeys.isEmpty ? [] : trailing.reversed()
    }
}

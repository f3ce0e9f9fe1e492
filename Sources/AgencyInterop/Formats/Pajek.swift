import AgencyModel

/// Pajek `.net`: `*Vertices n`, one `k "label"` line per vertex, then `*Arcs` lines
/// `u v weight l "type"` (the `l` pair is Pajek's line label, which NetworkX's `read_pajek`
/// reads as the attribute `l`).
///
/// Carried: node ids (as vertex labels), edge ends, weights (1 when none is written — Pajek needs
/// one before the label; a written weight of exactly 1 and no weight therefore read back the
/// same way, as none) and edge types. Dropped (reported): everything else — kinds, names, dates,
/// tags, notes, provenance, the graph's attributes.
public enum Pajek {
    /// The Pajek text of `network` (CRLF line ends, as Pajek writes), and what it cannot carry.
    /// - Complexity: O(n + m).
    public static func write(_ network: Network) -> WrittenText {
        var index: [String: Int] = [:]
        var out = "*Vertices \(network.nodes.count)\r\n"
        for (k, node) in network.nodes.enumerated() {
            index[node.id] = k + 1
            out += "\(k + 1) \"\(node.id)\"\r\n"
        }
        out += "*Arcs\r\n"
        for edge in network.edges {
            guard let u = index[edge.from], let v = index[edge.to] else { continue }
            out += "\(u) \(v) \(Flat.number(edge.weight ?? 1)) l \"\(edge.type.rawValue)\"\r\n"
        }
        var dropped = ["Pajek carries ids, edge types and weights only: node kinds, names, acronyms, levels, ranks, dates, tags, notes, provenance and the graph's attributes dropped"]
        if let layers = Flat.droppedLayers(network, format: "Pajek") { dropped.append(layers) }
        if network.edges.contains(where: { $0.id != nil }) { dropped.append("edge ids dropped") }
        if network.edges.contains(where: { $0.weight == 1 }) { dropped.append("weights of exactly 1 dropped (1 is Pajek's default)") }
        let dangling = network.edges.filter { index[$0.from] == nil || index[$0.to] == nil }.count
        if dangling > 0 { dropped.append("\(dangling) edges whose ends are not nodes dropped") }
        return WrittenText(text: out, dropped: dropped)
    }

    /// Splits a Pajek line into tokens: white space separates, `"…"` groups (no escapes in Pajek).
    static func tokens(_ line: Substring, file: String, lineNumber: Int) throws(InteropError) -> [String] {
        var out: [String] = []
        var current = ""
        var quoted = false, quoteColumn = 0, column = 0, inToken = false
        for c in line {
            column += 1
            if quoted {
                if c == "\"" { quoted = false; out.append(current); current = ""; inToken = false } else { current.append(c) }
            } else if c == "\"" {
                if inToken { out.append(current); current = "" }
                quoted = true; quoteColumn = column; inToken = true
            } else if c == " " || c == "\t" {
                if inToken { out.append(current); current = ""; inToken = false }
            } else {
                current.append(c); inToken = true
            }
        }
        if quoted { throw InteropError(file: file, line: lineNumber, column: quoteColumn, "the quoted label opened here is not closed on its line") }
        if inToken { out.append(current) }
        return out
    }

    /// Reads `*Vertices`, `*Arcs`, `*Edges`, `*Arcslist` and `*Edgeslist`; other sections and
    /// drawing parameters are reported as dropped. - Complexity: O(size of the text).
    public static func read(_ text: String, file: String) throws(InteropError) -> ImportResult {
        var raw = RawGraph()
        var labels: [String: String] = [:]
        var section = ""
        var dropped = Set<String>()
        for (offset, line) in text.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r\n" || $0 == "\r" }).enumerated() {
            let n = offset + 1
            let trimmed = line.drop { $0 == " " || $0 == "\t" }
            if trimmed.isEmpty || trimmed.hasPrefix("%") { continue }
            if trimmed.hasPrefix("*") {
                let word = trimmed.dropFirst().prefix { $0.isLetter }.lowercased()
                switch word {
                case "vertices":
                    section = "vertices"
                    // `*Vertices n` (or `*Vertices n m` for two-mode networks): n a whole number ≥ 0.
                    let afterWord = trimmed.dropFirst(1 + "vertices".count)
                    let counts = afterWord.split(whereSeparator: { $0 == " " || $0 == "\t" })
                    if let bad = counts.first(where: { Int($0).map { $0 < 0 } ?? true }) ?? (counts.isEmpty ? afterWord.prefix(0) : nil) {
                        let column = line.distance(from: line.startIndex, to: bad.startIndex) + 1
                        throw InteropError(file: file, line: n, column: column, bad.isEmpty
                            ? "*Vertices needs the number of vertices (a whole number, 0 or more)"
                            : "*Vertices needs the number of vertices (a whole number, 0 or more), not '\(bad)'")
                    }
                case "arcs", "edges": section = word
                    if word == "edges" { raw.directed = false }
                case "arcslist", "edgeslist": section = word
                case "network": section = ""
                default:
                    section = "skip"; dropped.insert("Pajek section *\(word) dropped")
                }
                continue
            }
            let t = try tokens(trimmed, file: file, lineNumber: n)
            switch section {
            case "vertices":
                guard let k = t.first, Int(k) != nil else { throw InteropError(file: file, line: n, column: 1, "a vertex line starts with its number") }
                let label = t.count > 1 ? t[1] : k
                labels[k] = label
                raw.nodes.append(RawGraph.Item(id: label, attributes: [], line: n))
                if t.count > 2 { dropped.insert("vertex coordinates and drawing parameters dropped") }
            case "arcs", "edges":
                guard t.count >= 2 else { throw InteropError(file: file, line: n, column: 1, "an arc line needs two vertex numbers") }
                var attrs: [(String, String)] = []
                if t.count > 2 {
                    guard let w = Double(t[2]) else { throw InteropError(file: file, line: n, column: 1, "'\(t[2])' is not a weight") }
                    if w != 1 { attrs.append(("weight", t[2])) }
                }
                var k = 3
                while k + 1 < t.count {
                    if t[k] == "l" { attrs.append(("type", t[k + 1])) } else { dropped.insert("arc drawing parameters ('\(t[k])') dropped") }
                    k += 2
                }
                guard let u = labels[t[0]] ?? (labels.isEmpty ? t[0] : nil), let v = labels[t[1]] ?? (labels.isEmpty ? t[1] : nil) else {
                    throw InteropError(file: file, line: n, column: 1, "an arc names a vertex number that is not in *Vertices")
                }
                raw.edges.append(RawGraph.Link(from: u, to: v, attributes: attrs, line: n))
            case "arcslist", "edgeslist":
                guard let first = t.first, let u = labels[first] else { throw InteropError(file: file, line: n, column: 1, "a list line names an unknown vertex") }
                for other in t.dropFirst() {
                    guard let v = labels[other] else { throw InteropError(file: file, line: n, column: 1, "a list line names an unknown vertex") }
                    raw.edges.append(RawGraph.Link(from: u, to: v, attributes: [], line: n))
                }
            case "skip": continue
            default: throw InteropError(file: file, line: n, column: 1, "a line before *Vertices: not a Pajek network")
            }
        }
        var importer = Importer(format: .pajek, file: file)
        let (network, warnings) = importer.network(from: raw)
        return ImportResult(network: network, warnings: dropped.sorted() + warnings)
    }
}

/// A plain edge list: one edge a line, `u v` or `u v w` (white space separated, `#` starts a
/// comment), as NetworkX's `read_edgelist`/`write_weighted_edgelist` and many tools use.
///
/// Carried: node ids and edge ends (only nodes with edges), weights. Dropped (reported):
/// everything else. Read edges get the type `x-link` (``NetworkInput/untypedEdgeType``), nodes the
/// kind `agency`; these are not reported as warnings, being what an edge list is.
public enum EdgeList {
    /// The edge list of `network`, and what it cannot carry. - Complexity: O(n + m).
    public static func write(_ network: Network) -> WrittenText {
        var out = ""
        for edge in network.edges {
            out += edge.from + " " + edge.to + (edge.weight.map { " " + Flat.number($0) } ?? "") + "\n"
        }
        var dropped = ["an edge list carries ends and weights only: node kinds, names, edge types, dates, tags, notes, provenance and the graph's attributes dropped"]
        if let layers = Flat.droppedLayers(network, format: "An edge list") { dropped.append(layers) }
        let linked = Set(network.edges.flatMap { [$0.from, $0.to] })
        let isolated = network.nodes.filter { !linked.contains($0.id) }.count
        if isolated > 0 { dropped.append("\(isolated) nodes without edges dropped") }
        return WrittenText(text: out, dropped: dropped)
    }

    /// Reads `u v` / `u v w` lines (white space or commas between, `#` comments). The one
    /// edge-list reader of networks (GraphCore's `EdgeListReader` is the engine's loader for
    /// benchmarks); files reach it through `InputText`, which refuses invalid UTF-8 and NUL
    /// bytes with their line and column. Errors are located at the offending field.
    /// - Complexity: O(size of the text).
    public static func read(_ text: String, file: String) throws(InteropError) -> ImportResult {
        var raw = RawGraph()
        raw.listsNodes = false
        var extra = 0
        for (offset, line) in text.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r\n" || $0 == "\r" }).enumerated() {
            let content = line.unicodeScalars.prefix { $0 != "#" }
            // Fields with their 1-based columns (in Unicode scalars).
            var fields: [(text: String, column: Int)] = []
            var current = String.UnicodeScalarView()
            var start = 0
            for (index, scalar) in content.enumerated() {
                if scalar == " " || scalar == "\t" || scalar == "," {
                    if !current.isEmpty { fields.append((String(current), start)); current = String.UnicodeScalarView() }
                } else {
                    if current.isEmpty { start = index + 1 }
                    current.append(scalar)
                }
            }
            if !current.isEmpty { fields.append((String(current), start)) }
            if fields.isEmpty { continue }
            guard fields.count >= 2 else {
                throw InteropError(file: file, line: offset + 1, column: fields[0].column, "an edge line needs two node names ('u v' or 'u v w')")
            }
            var attrs: [(String, String)] = []
            if fields.count >= 3 {
                guard Double(fields[2].text) != nil else {
                    throw InteropError(file: file, line: offset + 1, column: fields[2].column, "'\(fields[2].text)' is not a weight; an edge list line is 'u v' or 'u v w'")
                }
                attrs.append(("weight", fields[2].text))
                if fields.count > 3 { extra += 1 }
            }
            raw.edges.append(RawGraph.Link(from: fields[0].text, to: fields[1].text, attributes: attrs, line: offset + 1))
        }
        var importer = Importer(format: .edgelist, file: file)
        let (network, warnings) = importer.network(from: raw)
        return ImportResult(network: network, warnings: (extra > 0 ? ["columns after the weight on \(extra) lines dropped"] : []) + warnings)
    }
}

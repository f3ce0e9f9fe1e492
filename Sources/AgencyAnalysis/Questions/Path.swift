import AgencyModel
import GraphCore
import TextKit

/// Which paths ``AnalysisView/paths(from:to:mode:)`` returns.
public enum PathMode: Sendable, Equatable {
    /// One shortest path (the lexicographically smallest among ties).
    case shortest
    /// Every shortest path (at most `limit`).
    case allShortest(limit: Int)
    /// The `k` shortest simple paths (Yen), by increasing length.
    case kShortest(Int)
}

/// One step of a path: the node reached and the edge types of the hop that reached it.
public struct PathStep: Sendable, Codable, Equatable {
    /// The node reached.
    public var node: NodeRef
    /// Types of the edges from the previous node (empty for the first step), sorted.
    public var via: [String]
}

/// One path, its length and the chain of levels it crosses.
public struct FoundPath: Sendable, Codable, Equatable {
    /// The path's nodes in order, from the start to the end.
    public var steps: [PathStep]
    /// Hops, or the sum of edge lengths when weighted.
    public var length: Double
    /// The levels of the nodes along the path (see ``AnalysisView/levels(of:)``: the first level of
    /// each node, consecutive repeats merged, nodes without a level skipped).
    public var levels: [String]
}

/// The answer to "how does FROM reach TO": the paths, or why there is none.
public struct PathReport: TabularReport, Equatable {
    public static let schemaName = "path"
    /// The start of the paths.
    public var from: NodeRef
    /// The end of the paths.
    public var to: NodeRef
    /// Whether paths follow edge direction.
    public var directed: Bool
    /// Whether lengths are sums of edge lengths (`true`) or hop counts.
    public var weighted: Bool
    /// `shortest`, `all-shortest` or `k-shortest`.
    public var mode: String
    /// Empty when there is no path.
    public var paths: [FoundPath]
    /// When there is no path: the weakly connected component of each end (numbered by smallest
    /// dense id) and its size, and a sentence saying why.
    public var noPath: NoPath?

    /// Why there is no path: the components of the two ends.
    public struct NoPath: Sendable, Codable, Equatable {
        /// The weakly connected component of the start (numbered by smallest dense id).
        public var fromComponent: Int
        /// The number of nodes in the start's component.
        public var fromComponentSize: Int
        /// The weakly connected component of the end.
        public var toComponent: Int
        /// The number of nodes in the end's component.
        public var toComponentSize: Int
        /// A sentence saying why there is no path (different components, or edge direction).
        public var reason: String
    }

    /// Whether the ends are two nodes of one component that no path joins in the edges' direction:
    /// the same view read undirected (``AnalysisOptions/directed`` false) has a path.
    public var isBlockedByDirection: Bool {
        guard let noPath, directed else { return false }
        return noPath.fromComponent == noPath.toComponent && from.id != to.id
    }

    public func tables(in language: Language) -> [ReportTable] {
        [noPath.map { noPathTable($0, language) } ?? pathsTable(language)]
    }

    func noPathTable(_ noPath: NoPath, _ language: Language) -> ReportTable {
        let word = language.word
        return ReportTable(name: "paths", title: language.format(.tableNoPath, from.id, to.id),
                           columns: [word(.tableEnd), word(.tableId), word(.tableComponent), word(.tableComponentSize)],
                           rows: [[word(.tableFrom), from.id, "\(noPath.fromComponent)", "\(noPath.fromComponentSize)"],
                                  [word(.tableTo), to.id, "\(noPath.toComponent)", "\(noPath.toComponentSize)"]],
                           notes: [reason(noPath, language)])
    }

    /// Why there is no path, in `language`: ``NoPath/reason`` is the same sentence in English.
    /// Text a caller appended to `reason` (the command line's hint) is kept after the sentence.
    func reason(_ noPath: NoPath, _ language: Language) -> String {
        let (a, b) = (from.id, to.id)
        func sentence(_ language: Language) -> String {
            if noPath.fromComponent != noPath.toComponent {
                return language.format(.tableReasonComponents, a, b, "\(noPath.fromComponent)", "\(noPath.fromComponentSize)",
                                       "\(noPath.toComponent)", "\(noPath.toComponentSize)")
            }
            return language.format(a == b ? .tableReasonSameNode : .tableReasonDirection, a, b)
        }
        let english = sentence(.en)
        guard noPath.reason.hasPrefix(english) else { return noPath.reason }
        return sentence(language) + noPath.reason.dropFirst(english.count)
    }

    func pathsTable(_ language: Language) -> ReportTable {
        let word = language.word
        var rows: [[String]] = []
        for (i, p) in paths.enumerated() {
            let chain = p.steps.map { s in s.via.isEmpty ? s.node.label : "-[\(s.via.joined(separator: "|"))]-> \(s.node.label)" }
            rows.append(["\(i + 1)", language.number(p.length), chain.joined(separator: " "), p.levels.joined(separator: " > ")])
        }
        let modeWord: Word = switch mode {
        case "all-shortest": .tableModeAllShortest
        case "k-shortest": .tableModeKShortest
        default: .tableModeShortest
        }
        return ReportTable(name: "paths",
                           title: language.format(.tablePaths, from.id, to.id, word(modeWord), word(directed ? .tableDirected : .tableUndirected)),
                           columns: ["#", word(.tableLength), word(.tablePath), word(.tableLevelsCrossed)], rows: rows)
    }
}

extension AnalysisView {
    /// Shortest path(s) from `from` to `to` in the view, with the edge types of each hop and the
    /// chain of levels crossed. Restrict edge types through the view's filter (`--edge-types`).
    ///
    /// "No path" is an answer: ``PathReport/noPath`` says which component each end is in.
    /// - Throws: ``AnalysisError/unknownNode(id:parameter:suggestion:)`` for ids not in the view;
    ///   ``AnalysisError/outOfRange(_:value:allowed:)`` for a `k` below 1.
    /// - Complexity: shortest O((n + m) log n); k shortest O(k n (n + m) log n).
    public func paths(from: String, to: String, mode: PathMode = .shortest) throws(AnalysisError) -> PathReport {
        let s = try require(from, for: .from)
        let t = try require(to, for: .to)
        let weighted = options.weight != nil
        var raw: [([Int32], Double)] = []
        let modeName: String
        do {
            switch mode {
            case .shortest:
                modeName = "shortest"
                if let p = try graph.allShortestPaths(from: s, to: t, weighted: weighted, limit: 1).first {
                    raw = [(p, graph.pathLength(p, weighted: weighted) ?? Double(p.count - 1))]
                }
            case let .allShortest(limit):
                modeName = "all-shortest"
                raw = try graph.allShortestPaths(from: s, to: t, weighted: weighted, limit: limit).map {
                    ($0, graph.pathLength($0, weighted: weighted) ?? Double($0.count - 1))
                }
            case let .kShortest(k):
                modeName = "k-shortest"
                guard k >= 1 else { throw AnalysisError.outOfRange(.k, value: "\(k)", allowed: "1 or more") }
                raw = try graph.kShortestPaths(from: s, to: t, k: k, weighted: weighted).map { ($0.path, $0.length) }
            }
        } catch let e as AnalysisError {
            throw e
        } catch let e as GraphError {
            throw .graph(e.description)
        } catch {
            throw .graph("\(error)")
        }
        let found = raw.map { path, length in
            FoundPath(steps: path.enumerated().map { i, v in
                PathStep(node: ref(v), via: i == 0 ? [] : edgeTypes(from: path[i - 1], to: v).map(\.rawValue))
            }, length: length, levels: levelChain(path))
        }
        var noPath: PathReport.NoPath?
        if found.isEmpty {
            let c = graph.connectedComponents()
            let sizes = c.sizes
            let cs = Int(c.label[Int(s)]), ct = Int(c.label[Int(t)])
            let reason: String
            if cs != ct {
                reason = "\(from) and \(to) are in different components (\(cs), \(sizes[cs]) nodes; \(ct), \(sizes[ct]) nodes) of this view"
            } else if s == t {
                reason = "\(from) and \(to) are the same node"
            } else {
                reason = "\(from) and \(to) are in the same component, but no path follows the edges' direction from \(from) to \(to)"
            }
            noPath = .init(fromComponent: cs, fromComponentSize: sizes[cs], toComponent: ct, toComponentSize: sizes[ct], reason: reason)
        }
        return PathReport(from: ref(s), to: ref(t), directed: graph.isDirected, weighted: weighted,
                          mode: modeName, paths: found, noPath: noPath)
    }

    /// The chain of levels a path crosses: first level of each node, consecutive repeats merged.
    func levelChain(_ path: [Int32]) -> [String] {
        var chain: [String] = []
        for v in path {
            guard let level = homeLevel(of: ids[Int(v)]) else { continue }
            if chain.last != level { chain.append(level) }
        }
        return chain
    }
}

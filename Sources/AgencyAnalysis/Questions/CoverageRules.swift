import AgencyModel
import Foundation
import Yams

/// Expectations an analyst writes about a network, checked by `coverage --rules` (docs/cli.md,
/// "Rules files").
///
/// ```yaml
/// rules:
///   - id: intelligence-informs-ocam
///     description: "Every intelligence agency informs the OCAM."
///     every: {kind: agency, tag: intelligence}
///     has: {type: informs, to: ocam}            # an edge leaving the node
///   - id: level-has-coordinator
///     every: {kind: level}
///     has: {type: operates_at, from: {tag: coordinator}}   # an edge arriving at the node
///   - id: shared-objectives-redundant
///     every: {kind: objective, tag: shared-objective}
///     contributors: 2                            # distinct contributing actors, at least
/// ```
///
/// A selector (`every`, and `to`/`from` when a mapping) matches nodes by all of `id`, `kind`,
/// `tag` and `level` given (`level`: the node is at that level, home or `operates_at`); `to`/`from`
/// may also be a plain id. `has` may carry `min: N` (default 1) matching edges.
public struct CoverageRules: Sendable, Equatable {
    public struct Selector: Sendable, Equatable, Codable {
        public var id: String?
        public var kind: String?
        public var tag: String?
        public var level: String?
    }

    public struct EdgeRequirement: Sendable, Equatable, Codable {
        public var type: String?
        /// The other end when the edge leaves the node.
        public var to: Selector?
        /// The other end when the edge arrives at the node.
        public var from: Selector?
        public var min: Int
    }

    public struct Rule: Sendable, Equatable, Codable {
        public var id: String
        public var description: String?
        public var every: Selector
        public var has: EdgeRequirement?
        public var contributors: Int?
        /// Where the rule is written (`file:line:column`).
        public var location: String
    }

    public var rules: [Rule]

    public init(rules: [Rule]) { self.rules = rules }

    /// Reads a rules file. Errors are located: `FILE:LINE:COLUMN: message`.
    public static func load(_ path: String) throws(AnalysisError) -> CoverageRules {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw .input("\(path): cannot read the rules file")
        }
        return try parse(String(decoding: data, as: UTF8.self), file: path)
    }

    /// Parses rules from YAML text.
    public static func parse(_ text: String, file: String) throws(AnalysisError) -> CoverageRules {
        let root: Yams.Node?
        do {
            root = try Yams.compose(yaml: text)
        } catch {
            throw .input("\(file): error: not valid YAML: \(error)")
        }
        func at(_ node: Yams.Node?) -> String { "\(file):\(node?.mark?.line ?? 1):\(node?.mark?.column ?? 1)" }
        func fail(_ node: Yams.Node?, _ message: String) -> AnalysisError { .input("\(at(node)): error: \(message)") }
        func mapping(_ node: Yams.Node, _ what: String, keys: [String]) throws(AnalysisError) -> [(String, Yams.Node, Yams.Node)] {
            guard case let .mapping(m) = node else { throw fail(node, "\(what) must be a mapping") }
            var out: [(String, Yams.Node, Yams.Node)] = []
            for (k, v) in m {
                guard case let .scalar(s) = k else { throw fail(k, "keys must be plain text") }
                guard keys.contains(s.string) else {
                    let hint = IDSuggestion.closest(to: s.string, in: keys).map { " (did you mean '\($0)'?)" } ?? ""
                    throw fail(k, "unknown key '\(s.string)' in \(what)\(hint); use \(keys.joined(separator: ", "))")
                }
                out.append((s.string, k, v))
            }
            return out
        }
        func string(_ node: Yams.Node, _ key: String) throws(AnalysisError) -> String {
            guard case let .scalar(s) = node, !s.string.isEmpty else { throw fail(node, "'\(key)' must be text") }
            return s.string
        }
        func integer(_ node: Yams.Node, _ key: String) throws(AnalysisError) -> Int {
            guard case let .scalar(s) = node, let n = Int(s.string), n >= 0 else { throw fail(node, "'\(key)' must be a whole number >= 0") }
            return n
        }
        func selector(_ node: Yams.Node, _ what: String) throws(AnalysisError) -> Selector {
            if case let .scalar(s) = node { return Selector(id: s.string) }
            var sel = Selector()
            for (key, _, value) in try mapping(node, what, keys: ["id", "kind", "tag", "level"]) {
                let text = try string(value, key)
                switch key {
                case "id": sel.id = text
                case "kind": sel.kind = text
                case "tag": sel.tag = text
                default: sel.level = text
                }
            }
            return sel
        }
        guard let root else { throw .input("\(file): error: the rules file is empty") }
        var rulesNode: Yams.Node?
        for (_, _, value) in try mapping(root, "the rules file", keys: ["rules"]) { rulesNode = value }
        guard let rulesNode, case let .sequence(items) = rulesNode else { throw fail(rulesNode ?? root, "'rules' must be a list") }
        var rules: [Rule] = []
        var seen = Set<String>()
        for item in items {
            var id: String?, description: String?, every: Selector?, has: EdgeRequirement?, contributors: Int?
            for (key, _, value) in try mapping(item, "a rule", keys: ["id", "description", "every", "has", "contributors"]) {
                switch key {
                case "id": id = try string(value, key)
                case "description": description = try string(value, key)
                case "every": every = try selector(value, "'every'")
                case "contributors": contributors = try integer(value, key)
                default:
                    var req = EdgeRequirement(type: nil, to: nil, from: nil, min: 1)
                    for (k, _, v) in try mapping(value, "'has'", keys: ["type", "to", "from", "min"]) {
                        switch k {
                        case "type": req.type = try string(v, k)
                        case "to": req.to = try selector(v, "'to'")
                        case "from": req.from = try selector(v, "'from'")
                        default: req.min = try integer(v, k)
                        }
                    }
                    if req.to != nil && req.from != nil { throw fail(value, "'has' takes 'to' or 'from', not both") }
                    if let t = req.type, !EdgeType(rawValue: t).isKnown {
                        throw fail(value, "unknown edge type '\(t)'; use \(EdgeType.builtIn.map(\.rawValue).joined(separator: ", ")) or x-…")
                    }
                    has = req
                }
            }
            guard let id else { throw fail(item, "a rule needs an 'id'") }
            guard seen.insert(id).inserted else { throw fail(item, "rule id '\(id)' is used twice") }
            guard let every else { throw fail(item, "rule '\(id)' needs 'every' (which nodes it applies to)") }
            guard (has == nil) != (contributors == nil) else {
                throw fail(item, "rule '\(id)' needs exactly one of 'has' or 'contributors'")
            }
            rules.append(Rule(id: id, description: description, every: every, has: has, contributors: contributors, location: at(item)))
        }
        return CoverageRules(rules: rules)
    }
}

/// A node that does not meet a rule.
public struct RuleViolation: Sendable, Codable, Equatable {
    public var rule: String
    public var node: String
    public var message: String
}

extension AnalysisView {
    func matches(_ s: CoverageRules.Selector, _ node: AgencyModel.Node) -> Bool {
        if let id = s.id, node.id != id { return false }
        if let kind = s.kind, node.kind.rawValue != kind { return false }
        if let tag = s.tag, !node.tags.contains(tag) { return false }
        if let level = s.level, !levels(of: node.id).contains(level) { return false }
        return true
    }

    /// Checks every rule on every node of the view it applies to; violations sorted by rule, node.
    public func check(_ rules: CoverageRules) -> [RuleViolation] {
        var out: [RuleViolation] = []
        for rule in rules.rules {
            for node in network.nodes where matches(rule.every, node) {
                if let req = rule.has {
                    let type = req.type.map { EdgeType(rawValue: $0) }
                    var count = 0
                    if let from = req.from {
                        count = network.edges(to: node.id, type: type).filter { e in
                            network.node(withID: e.from).map { matches(from, $0) } ?? false
                        }.count
                        if type?.isSymmetric ?? false {
                            count += network.edges(from: node.id, type: type).filter { e in network.node(withID: e.to).map { matches(from, $0) } ?? false }.count
                        }
                    } else {
                        count = network.edges(from: node.id, type: type).filter { e in
                            req.to.map { s in network.node(withID: e.to).map { matches(s, $0) } ?? false } ?? true
                        }.count
                        if type?.isSymmetric ?? false {
                            count += network.edges(to: node.id, type: type).filter { e in
                                req.to.map { s in network.node(withID: e.from).map { matches(s, $0) } ?? false } ?? true
                            }.count
                        }
                    }
                    if count < req.min {
                        let other = req.from.map { "from \(describe($0))" } ?? req.to.map { "to \(describe($0))" } ?? ""
                        out.append(RuleViolation(rule: rule.id, node: node.id,
                                                 message: "has \(count) \(req.type ?? "any") edge\(count == 1 ? "" : "s") \(other), needs \(req.min)"))
                    }
                }
                if let need = rule.contributors {
                    let n = Set(contributions(to: node.id).map(\.actor)).count
                    if n < need {
                        out.append(RuleViolation(rule: rule.id, node: node.id, message: "has \(n) contributing actor\(n == 1 ? "" : "s"), needs \(need)"))
                    }
                }
            }
        }
        return out
    }

    private func describe(_ s: CoverageRules.Selector) -> String {
        [s.id, s.kind.map { "kind \($0)" }, s.tag.map { "tag \($0)" }, s.level.map { "level \($0)" }]
            .compactMap { $0 }.joined(separator: ", ")
    }
}

import AgencyModel
import Foundation

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
    /// Which nodes a rule is about: every condition given must hold; a selector with none matches
    /// every node.
    public struct Selector: Sendable, Equatable, Codable {
        /// The node's id.
        public var id: String?
        /// The node's kind (`agency`, `level`, …).
        public var kind: String?
        /// A tag the node carries.
        public var tag: String?
        /// A level the node is at: its home level or one it `operates_at`.
        public var level: String?
    }

    /// The edges a node must have: of a type, to or from nodes a selector matches, at least `min`.
    public struct EdgeRequirement: Sendable, Equatable, Codable {
        /// The edge type required, or `nil` for any type.
        public var type: String?
        /// The other end when the edge leaves the node.
        public var to: Selector?
        /// The other end when the edge arrives at the node.
        public var from: Selector?
        /// How many matching edges at least (default 1).
        public var min: Int
    }

    /// One expectation: every node matched by ``every`` has the edges of ``has`` and at least
    /// ``contributors`` contributing actors.
    public struct Rule: Sendable, Equatable, Codable {
        /// The rule's id, named in violations.
        public var id: String
        /// What the rule expects, in the analyst's words; shown with its violations.
        public var description: String?
        /// The nodes the rule applies to.
        public var every: Selector
        /// The edges each of them must have, or `nil`.
        public var has: EdgeRequirement?
        /// The distinct contributing actors each of them (an objective) must have at least, or `nil`.
        public var contributors: Int?
        /// Where the rule is written (`file:line:column`).
        public var location: String
    }

    /// The rules, in file order.
    public var rules: [Rule]

    /// Creates a rule set from rules built in code (files go through ``load(_:)``).
    public init(rules: [Rule]) { self.rules = rules }

    /// Reads a rules file (YAML, or JSON for `.json`) with the model's reader: the limits of
    /// network files (`InputLimits`), UTF-8 and NUL checks, aliases refused as keys, duplicate
    /// keys refused.
    /// - Throws: ``AnalysisError/input(_:)`` carrying the located diagnostic
    ///   (`FILE:LINE:COLUMN: error: message`) or the file error (`FILE: no such file`).
    /// - Complexity: O(size of the file), as ``parse(_:file:)``.
    public static func load(_ path: String) throws(AnalysisError) -> CoverageRules {
        let parsed: Result<DocValue, Diagnostic>
        do {
            parsed = try DocumentReader.read(contentsOf: path, format: FileFormat(path: path))
        } catch {
            switch error {
            case .notFound: throw .input("\(path): error: no such file")
            case .unreadable(_, let reason): throw .input("\(path): error: cannot read: \(reason)")
            case .invalid: throw .input(error.description)
            }
        }
        switch parsed {
        case .success(let root):
            do { return try decode(root, file: path) } catch { throw .input(error.description) }
        case .failure(let diagnostic):
            throw .input(diagnostic.description)
        }
    }

    /// Parses rules from YAML text.
    /// - Throws: the first problem, as a located `Diagnostic` (codes: those of the model's
    ///   reader for syntax, and `wrong-type`, `unknown-key`, `missing-key`, `duplicate-id`,
    ///   `unknown-type`, `rule-shape` for the rules themselves).
    /// - Complexity: O(size of the text).
    public static func parse(_ text: String, file: String) throws(Diagnostic) -> CoverageRules {
        switch DocumentReader.read(text: text, file: file, format: .yaml) {
        case .success(let root): return try decode(root, file: file)
        case .failure(let diagnostic): throw diagnostic
        }
    }

    /// The rules of a parsed document.
    static func decode(_ root: DocValue, file: String) throws(Diagnostic) -> CoverageRules {
        let decoder = RulesDecoder()
        var rulesValue: DocValue?
        for (_, entry) in try decoder.mapping(root, "the rules file", keys: ["rules"]) { rulesValue = entry.value }
        guard let rulesValue else { throw Diagnostic(.error, "missing-key", at: root.location, "the rules file needs 'rules' (a list of rules)") }
        guard case .sequence(let items) = rulesValue.content else {
            throw Diagnostic(.error, "wrong-type", at: rulesValue.location, "'rules' must be a list, found \(rulesValue.typeDescription)")
        }
        var rules: [Rule] = []
        var seen = Set<String>()
        for item in items {
            var id: String?, description: String?, every: Selector?, has: EdgeRequirement?, contributors: Int?
            for (key, entry) in try decoder.mapping(item, "a rule", keys: ["id", "description", "every", "has", "contributors"]) {
                let value = entry.value
                switch key {
                case "id": id = try decoder.text(value, key)
                case "description": description = try decoder.text(value, key)
                case "every": every = try decoder.selector(value, "'every'")
                case "contributors": contributors = try decoder.count(value, key)
                default: has = try decoder.requirement(value)
                }
            }
            guard let id else { throw Diagnostic(.error, "missing-key", at: item.location, "a rule needs an 'id'") }
            guard seen.insert(id).inserted else { throw Diagnostic(.error, "duplicate-id", at: item.location, "rule id '\(id)' is used twice") }
            guard let every else {
                throw Diagnostic(.error, "missing-key", at: item.location, "rule '\(id)' needs 'every' (which nodes it applies to)")
            }
            guard (has == nil) != (contributors == nil) else {
                throw Diagnostic(.error, "rule-shape", at: item.location, "rule '\(id)' needs exactly one of 'has' or 'contributors'")
            }
            rules.append(Rule(id: id, description: description, every: every, has: has, contributors: contributors,
                              location: item.location.description))
        }
        return CoverageRules(rules: rules)
    }
}

/// Reads the parts of a rules file from the model's located ``DocValue`` tree; every problem is a
/// located `Diagnostic`.
private struct RulesDecoder {
    func mapping(_ value: DocValue, _ what: String, keys: [String]) throws(Diagnostic) -> [(String, DocValue.Entry)] {
        guard case .mapping(let entries) = value.content else {
            throw Diagnostic(.error, "wrong-type", at: value.location, "\(what) must be a mapping, found \(value.typeDescription)")
        }
        var out: [(String, DocValue.Entry)] = []
        for entry in entries {
            guard keys.contains(entry.key) else {
                let hint = IDSuggestion.closest(to: entry.key, in: keys).map { " (did you mean '\($0)'?)" } ?? ""
                throw Diagnostic(.error, "unknown-key", at: entry.keyLocation,
                                 "unknown key '\(entry.key)' in \(what)\(hint); use \(keys.joined(separator: ", "))")
            }
            out.append((entry.key, entry))
        }
        return out
    }

    func text(_ value: DocValue, _ key: String) throws(Diagnostic) -> String {
        guard case .scalar(let scalar) = value.content, scalar.resolved != .null, !scalar.text.isEmpty else {
            throw Diagnostic(.error, "wrong-type", at: value.location, "'\(key)' must be text, found \(value.typeDescription)")
        }
        return scalar.text
    }

    func count(_ value: DocValue, _ key: String) throws(Diagnostic) -> Int {
        guard case .scalar(let scalar) = value.content, scalar.resolved == .int, let n = Int(scalar.text), n >= 0 else {
            throw Diagnostic(.error, "wrong-type", at: value.location, "'\(key)' must be a whole number >= 0, found \(value.typeDescription)")
        }
        return n
    }

    func selector(_ value: DocValue, _ what: String) throws(Diagnostic) -> CoverageRules.Selector {
        if case .scalar = value.content { return CoverageRules.Selector(id: try text(value, "id")) }
        var selector = CoverageRules.Selector()
        for (key, entry) in try mapping(value, what, keys: ["id", "kind", "tag", "level"]) {
            let text = try text(entry.value, key)
            switch key {
            case "id": selector.id = text
            case "kind": selector.kind = text
            case "tag": selector.tag = text
            default: selector.level = text
            }
        }
        return selector
    }

    func requirement(_ value: DocValue) throws(Diagnostic) -> CoverageRules.EdgeRequirement {
        var requirement = CoverageRules.EdgeRequirement(type: nil, to: nil, from: nil, min: 1)
        for (key, entry) in try mapping(value, "'has'", keys: ["type", "to", "from", "min"]) {
            switch key {
            case "type":
                let type = try text(entry.value, key)
                if !EdgeType(rawValue: type).isKnown {
                    throw Diagnostic(.error, "unknown-type", at: entry.value.location,
                                     "unknown edge type '\(type)'; use \(EdgeType.builtIn.map(\.rawValue).joined(separator: ", ")) or x-…")
                }
                requirement.type = type
            case "to": requirement.to = try selector(entry.value, "'to'")
            case "from": requirement.from = try selector(entry.value, "'from'")
            default: requirement.min = try count(entry.value, key)
            }
        }
        if requirement.to != nil && requirement.from != nil {
            throw Diagnostic(.error, "rule-shape", at: value.location, "'has' takes 'to' or 'from', not both")
        }
        return requirement
    }
}

/// A node that does not meet a rule.
public struct RuleViolation: Sendable, Codable, Equatable {
    /// The id of the rule broken.
    public var rule: String
    /// The id of the node that breaks it.
    public var node: String
    /// What is missing, in words a person can act on.
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
    /// - Complexity: O(r · (n + Σ d)) for r rules: each rule's selector over every node, and the
    ///   matching nodes' edges of the required type (plus the contributions for `contributors`);
    ///   then sorting the violations.
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

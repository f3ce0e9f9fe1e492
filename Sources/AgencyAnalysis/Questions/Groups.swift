import AgencyModel

/// How nodes are grouped for brokerage and for the reference partition of communities.
public enum GroupBy: String, Sendable, Codable, CaseIterable {
    /// The node's home level (``AnalysisView/homeLevel(of:)``); a level node is its own group;
    /// nodes without a level form the group `(none)`.
    case level
    /// The node's kind.
    case kind
}

extension AnalysisView {
    /// A group name per dense id, and the groups in first-seen order.
    /// - Complexity: O(n) by kind; by level O(n) plus ``homeLevel(of:)`` for nodes without a `level:`.
    public func groups(by groupBy: GroupBy) -> (names: [String], label: [Int]) {
        var index: [String: Int] = [:]
        var names: [String] = []
        var label: [Int] = []
        for id in ids {
            let name: String
            switch groupBy {
            case .level: name = homeLevel(of: id) ?? "(none)"
            case .kind: name = network.node(withID: id)?.kind.rawValue ?? "(none)"
            }
            if index[name] == nil {
                index[name] = names.count
                names.append(name)
            }
            label.append(index[name]!)
        }
        return (names, label)
    }
}

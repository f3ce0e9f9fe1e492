/// The kind of a node in an agency network.
///
/// Six kinds are built in; any kind whose raw value starts with `x-` is a custom kind and is
/// kept as written. Custom kinds count as *actors* for the endpoint rules of edge types.
///
/// ```swift
/// let kind = NodeKind(rawValue: "agency")   // .agency
/// kind.isActor                              // true
/// ```
public struct NodeKind: RawRepresentable, Hashable, Comparable, Sendable, CustomStringConvertible {
    /// The kind as written in files, e.g. `agency` or `x-court`.
    public let rawValue: String

    /// Creates a kind from its written form. Any string is accepted; use ``isKnown`` to check it.
    public init(rawValue: String) { self.rawValue = rawValue }

    /// A government body or service.
    public static let agency = NodeKind(rawValue: "agency")
    /// A governance level (federal, regional, community, local, EU, international), ordered by `rank`.
    public static let level = NodeKind(rawValue: "level")
    /// An international body, organisation or forum, or a state acting as a member.
    public static let body = NodeKind(rawValue: "body")
    /// A working group, task force or council inside a body.
    public static let group = NodeKind(rawValue: "group")
    /// A shared goal.
    public static let objective = NodeKind(rawValue: "objective")
    /// A strategy, plan, declaration, agenda, resolution or convention.
    public static let instrument = NodeKind(rawValue: "instrument")

    /// The built-in kinds, in the order used by documentation and reports.
    public static let builtIn: [NodeKind] = [.agency, .level, .body, .group, .objective, .instrument]

    /// Whether this is a custom kind (`x-` followed by at least one character of `[a-z0-9_-]`).
    public var isCustom: Bool { Identifier.isCustomName(rawValue) }

    /// Whether the kind is built in or a well-formed custom kind.
    public var isKnown: Bool { NodeKind.builtIn.contains(self) || isCustom }

    /// Whether nodes of this kind are actors: agencies, bodies, groups and custom kinds.
    public var isActor: Bool { self == .agency || self == .body || self == .group || isCustom }

    public var description: String { rawValue }

    public static func < (lhs: NodeKind, rhs: NodeKind) -> Bool {
        let l = builtIn.firstIndex(of: lhs) ?? builtIn.count
        let r = builtIn.firstIndex(of: rhs) ?? builtIn.count
        return l != r ? l < r : lhs.rawValue < rhs.rawValue
    }
}

/// Rules for identifiers used in files: node, edge and source ids, tags and custom names.
public enum Identifier {
    /// Whether `text` is a valid id: one or more of `a-z`, `0-9`, `_`, `-`.
    public static func isValid(_ text: String) -> Bool {
        !text.isEmpty && text.utf8.allSatisfy { c in
            (c >= 0x61 && c <= 0x7A) || (c >= 0x30 && c <= 0x39) || c == 0x5F || c == 0x2D
        }
    }

    /// Whether `text` names a custom kind or type: `x-` followed by a valid id.
    public static func isCustomName(_ text: String) -> Bool {
        text.hasPrefix("x-") && text.count > 2 && isValid(text)
    }

    /// Whether `text` looks like a BCP 47 language tag (`fr`, `nl-BE`, `zh-Hant`), checked by shape only.
    public static func isLanguageTag(_ text: String) -> Bool {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard let first = parts.first, (2...3).contains(first.count),
              first.unicodeScalars.allSatisfy({ $0.isASCII && $0.properties.isAlphabetic }) else { return false }
        return parts.dropFirst().allSatisfy { part in
            (1...8).contains(part.count) && part.unicodeScalars.allSatisfy {
                $0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0))
            }
        }
    }
}

/// A parsed YAML or JSON value with the location of each part: the common tree that the decoder
/// reads, whichever syntax the file used.
struct DocValue: Sendable {
    enum Content: Sendable {
        case scalar(Scalar)
        case sequence([DocValue])
        case mapping([Entry])
    }

    /// A scalar and what it resolves to (YAML 1.2 core schema for plain YAML scalars; the JSON
    /// token type for JSON).
    struct Scalar: Sendable {
        enum Resolved: Sendable { case string, int, float, bool, null }
        var text: String
        var resolved: Resolved
    }

    struct Entry: Sendable {
        var key: String
        var keyLocation: SourceLocation
        var value: DocValue
    }

    var content: Content
    var location: SourceLocation

    /// A short description of the value's type for messages: "a string", "a list", …
    var typeDescription: String {
        switch content {
        case .sequence: return "a list"
        case .mapping: return "a mapping"
        case .scalar(let scalar):
            switch scalar.resolved {
            case .string: return "a string"
            case .int, .float: return "the number \(scalar.text)"
            case .bool: return "the boolean \(scalar.text)"
            case .null: return "an empty value"
            }
        }
    }
}

extension DocValue.Scalar.Resolved {
    /// Resolves a plain (unquoted) YAML scalar with the YAML 1.2 core schema. Unlike YAML 1.1,
    /// `no`, `on`, `2021-09-01` and `1:20` stay strings.
    static func resolvePlain(_ text: String) -> Self {
        switch text {
        case "", "~", "null", "Null", "NULL": return .null
        case "true", "True", "TRUE", "false", "False", "FALSE": return .bool
        case ".inf", ".Inf", ".INF", "+.inf", "+.Inf", "+.INF", "-.inf", "-.Inf", "-.INF",
             ".nan", ".NaN", ".NAN": return .float
        default: break
        }
        var bytes = Substring(text).utf8[...]
        if let first = bytes.first, first == 0x2B || first == 0x2D { bytes = bytes.dropFirst() }
        guard !bytes.isEmpty else { return .string }
        if bytes.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }) { return .int }
        // float: (\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?
        var digitsBefore = 0, digitsAfter = 0, sawDot = false
        var rest = bytes
        while let c = rest.first, c >= 0x30 && c <= 0x39 { digitsBefore += 1; rest = rest.dropFirst() }
        if rest.first == 0x2E {
            sawDot = true
            rest = rest.dropFirst()
            while let c = rest.first, c >= 0x30 && c <= 0x39 { digitsAfter += 1; rest = rest.dropFirst() }
        }
        guard digitsBefore + digitsAfter > 0, digitsBefore > 0 || sawDot else { return .string }
        if let e = rest.first, e == 0x65 || e == 0x45 {
            rest = rest.dropFirst()
            if let sign = rest.first, sign == 0x2B || sign == 0x2D { rest = rest.dropFirst() }
            guard !rest.isEmpty, rest.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }) else { return .string }
            return .float
        }
        return rest.isEmpty && sawDot ? .float : .string
    }
}

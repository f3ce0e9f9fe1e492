@testable import AgencyModel
import TextKit

/// The check of escaped non-text scalars before issue 16 (frozen copy, part of the oracle).
enum TreeTextRule {
    /// The first key or string scalar of the tree holding a non-text scalar (necessarily written
    /// as an escape, since ``checkRaw(_:file:)`` passed), located at the key or value.
    /// - Complexity: O(size of the tree), iterative.
    static func checkDecoded(_ root: DocValue) -> Diagnostic? {
        func firstBad(_ s: String) -> Unicode.Scalar? { s.unicodeScalars.first { !Escape.isText($0) } }
        var stack: [DocValue] = [root]
        while let value = stack.popLast() {
            switch value.content {
            case .scalar(let scalar):
                if let bad = firstBad(scalar.text) { return Diagnostic(.error, TextRule.code, at: value.location, TextRule.message(bad, escaped: true)) }
            case .sequence(let items):
                stack.append(contentsOf: items.reversed())
            case .mapping(let entries):
                for entry in entries.reversed() {
                    stack.append(entry.value)
                }
                if let entry = entries.first(where: { firstBad($0.key) != nil }), let bad = firstBad(entry.key) {
                    return Diagnostic(.error, TextRule.code, at: entry.keyLocation, TextRule.message(bad, escaped: true))
                }
            }
        }
        return nil
    }
}

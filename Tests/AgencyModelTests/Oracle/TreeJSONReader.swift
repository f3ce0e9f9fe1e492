@testable import AgencyModel
/// A strict JSON (RFC 8259) parser producing a located ``DocValue`` tree.
///
/// Written here rather than going through YAML because JSON is not quite YAML 1.1 (surrogate-pair
/// escapes, tabs) and because error locations must be exact. Lines are 1-based; columns count
/// Unicode scalars from 1, like libyaml's. Duplicate keys are errors. Nesting is limited to
/// ``InputLimits/maximumNesting``.
struct TreeJSONReader {
    private let bytes: [UInt8]
    private let file: String
    private var position = 0
    private var line = 1
    private var column = 1
    private var depth = 0

    enum Failure: Error { case at(Diagnostic) }

    static func read(_ text: String, file: String) -> Result<DocValue, Diagnostic> {
        var reader = TreeJSONReader(bytes: Array(text.utf8), file: file)
        do {
            reader.skipWhitespace()
            if reader.position == reader.bytes.count {
                return .failure(Diagnostic(.error, "empty-file", at: reader.here, "file has no JSON value (only whitespace)"))
            }
            let value = try reader.parseValue()
            reader.skipWhitespace()
            if reader.position < reader.bytes.count {
                throw reader.failure("invalid JSON: unexpected \(reader.describeCurrent()) after the top-level value")
            }
            return .success(value)
        } catch Failure.at(let diagnostic) {
            return .failure(diagnostic)
        } catch {
            return .failure(Diagnostic(.error, "syntax", at: reader.here, "invalid JSON: \(error)"))
        }
    }

    private init(bytes: [UInt8], file: String) {
        self.bytes = bytes
        self.file = file
    }

    private var here: SourceLocation { SourceLocation(file: file, line: line, column: column) }

    private func failure(_ message: String, code: String = "syntax", at location: SourceLocation? = nil) -> Failure {
        .at(Diagnostic(.error, code, at: location ?? here, message))
    }

    private var current: UInt8? { position < bytes.count ? bytes[position] : nil }

    private mutating func advance() {
        guard position < bytes.count else { return }
        let byte = bytes[position]
        position += 1
        if byte == 0x0A {
            line += 1
            column = 1
        } else if byte & 0xC0 != 0x80 {
            // One column per Unicode scalar: count lead bytes, not continuation bytes.
            column += 1
        }
    }

    private func describeCurrent() -> String {
        guard let byte = current else { return "end of file" }
        if byte < 0x80, byte >= 0x20 { return "'\(Character(Unicode.Scalar(byte)))'" }
        return "character"
    }

    private mutating func skipWhitespace() {
        while let byte = current, byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D { advance() }
    }

    private mutating func parseValue() throws -> DocValue {
        skipWhitespace()
        let start = here
        guard let byte = current else { throw failure("invalid JSON: unexpected end of file, expected a value") }
        switch byte {
        case UInt8(ascii: "{"): return try parseObject(start)
        case UInt8(ascii: "["): return try parseArray(start)
        case UInt8(ascii: "\""):
            return DocValue(content: .scalar(.init(text: try parseString(), resolved: .string)), location: start)
        case UInt8(ascii: "t"): try expectWord("true"); return scalar("true", .bool, start)
        case UInt8(ascii: "f"): try expectWord("false"); return scalar("false", .bool, start)
        case UInt8(ascii: "n"): try expectWord("null"); return scalar("null", .null, start)
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): return try parseNumber(start)
        default: throw failure("invalid JSON: unexpected \(describeCurrent()), expected a value")
        }
    }

    private func scalar(_ text: String, _ resolved: DocValue.Scalar.Resolved, _ at: SourceLocation) -> DocValue {
        DocValue(content: .scalar(.init(text: text, resolved: resolved)), location: at)
    }

    private mutating func expectWord(_ word: String) throws {
        for expected in word.utf8 {
            guard current == expected else { throw failure("invalid JSON: unexpected \(describeCurrent()) (expected '\(word)')") }
            advance()
        }
    }

    private mutating func enter(_ start: SourceLocation) throws {
        depth += 1
        if depth > InputLimits.maximumNesting {
            throw failure("invalid JSON: nesting deeper than \(InputLimits.maximumNesting) levels", code: "too-deep", at: start)
        }
    }

    private mutating func parseObject(_ start: SourceLocation) throws -> DocValue {
        try enter(start)
        defer { depth -= 1 }
        advance()
        var entries: [DocValue.Entry] = []
        var seen: Set<String> = []
        skipWhitespace()
        if current == UInt8(ascii: "}") { advance(); return DocValue(content: .mapping([]), location: start) }
        while true {
            skipWhitespace()
            let keyLocation = here
            guard current == UInt8(ascii: "\"") else { throw failure("invalid JSON: expected a string key, found \(describeCurrent())") }
            let key = try parseString()
            if !seen.insert(key).inserted {
                throw failure("duplicate key '\(key)' in a mapping", code: "duplicate-key", at: keyLocation)
            }
            skipWhitespace()
            guard current == UInt8(ascii: ":") else { throw failure("invalid JSON: expected ':' after a key, found \(describeCurrent())") }
            advance()
            let value = try parseValue()
            entries.append(.init(key: key, keyLocation: keyLocation, value: value))
            skipWhitespace()
            if current == UInt8(ascii: ",") { advance(); continue }
            if current == UInt8(ascii: "}") { advance(); break }
            throw failure("invalid JSON: expected ',' or '}' in an object, found \(describeCurrent())")
        }
        return DocValue(content: .mapping(entries), location: start)
    }

    private mutating func parseArray(_ start: SourceLocation) throws -> DocValue {
        try enter(start)
        defer { depth -= 1 }
        advance()
        var items: [DocValue] = []
        skipWhitespace()
        if current == UInt8(ascii: "]") { advance(); return DocValue(content: .sequence([]), location: start) }
        while true {
            items.append(try parseValue())
            skipWhitespace()
            if current == UInt8(ascii: ",") { advance(); continue }
            if current == UInt8(ascii: "]") { advance(); break }
            throw failure("invalid JSON: expected ',' or ']' in an array, found \(describeCurrent())")
        }
        return DocValue(content: .sequence(items), location: start)
    }

    private mutating func parseNumber(_ start: SourceLocation) throws -> DocValue {
        let from = position
        var isInteger = true
        if current == UInt8(ascii: "-") { advance() }
        func digits(_ reader: inout TreeJSONReader) -> Int {
            var count = 0
            while let byte = reader.current, byte >= 0x30, byte <= 0x39 { reader.advance(); count += 1 }
            return count
        }
        if current == UInt8(ascii: "0") {
            advance()
        } else if digits(&self) == 0 {
            throw failure("invalid JSON: expected a digit, found \(describeCurrent())")
        }
        if current == UInt8(ascii: ".") {
            isInteger = false
            advance()
            guard digits(&self) > 0 else { throw failure("invalid JSON: expected a digit after '.', found \(describeCurrent())") }
        }
        if current == UInt8(ascii: "e") || current == UInt8(ascii: "E") {
            isInteger = false
            advance()
            if current == UInt8(ascii: "+") || current == UInt8(ascii: "-") { advance() }
            guard digits(&self) > 0 else { throw failure("invalid JSON: expected a digit in the exponent, found \(describeCurrent())") }
        }
        let text = String(decoding: bytes[from..<position], as: UTF8.self)
        return scalar(text, isInteger ? .int : .float, start)
    }

    private mutating func parseString() throws -> String {
        advance() // opening quote
        var result: [UInt8] = []
        while true {
            guard let byte = current else { throw failure("invalid JSON: unterminated string") }
            switch byte {
            case UInt8(ascii: "\""):
                advance()
                return String(decoding: result, as: UTF8.self)
            case UInt8(ascii: "\\"):
                advance()
                guard let escape = current else { throw failure("invalid JSON: unterminated string") }
                let simple: [UInt8: UInt8] = [0x22: 0x22, 0x5C: 0x5C, 0x2F: 0x2F, 0x62: 0x08, 0x66: 0x0C, 0x6E: 0x0A, 0x72: 0x0D, 0x74: 0x09]
                if let replacement = simple[escape] {
                    result.append(replacement)
                    advance()
                } else if escape == UInt8(ascii: "u") {
                    advance()
                    var value = try hex4()
                    if (0xD800...0xDBFF).contains(value) {
                        guard current == UInt8(ascii: "\\") else { throw failure("invalid JSON: unpaired surrogate in a \\u escape") }
                        advance()
                        guard current == UInt8(ascii: "u") else { throw failure("invalid JSON: unpaired surrogate in a \\u escape") }
                        advance()
                        let low = try hex4()
                        guard (0xDC00...0xDFFF).contains(low) else { throw failure("invalid JSON: unpaired surrogate in a \\u escape") }
                        value = 0x10000 + ((value - 0xD800) << 10) + (low - 0xDC00)
                    } else if (0xDC00...0xDFFF).contains(value) {
                        throw failure("invalid JSON: unpaired surrogate in a \\u escape")
                    }
                    guard let scalar = Unicode.Scalar(value), value != 0 else {
                        throw failure("invalid JSON: \\u0000 and invalid code points are not allowed in strings")
                    }
                    result.append(contentsOf: Array(String(Character(scalar)).utf8))
                } else {
                    throw failure("invalid JSON: unknown escape '\\\(Character(Unicode.Scalar(escape)))'")
                }
            case 0x00..<0x20:
                throw failure("invalid JSON: control character in a string (escape it, e.g. \\n)")
            default:
                result.append(byte)
                advance()
            }
        }
    }

    private mutating func hex4() throws -> UInt32 {
        var value: UInt32 = 0
        for _ in 0..<4 {
            guard let byte = current, let digit = TreeJSONReader.hexValue(byte) else {
                throw failure("invalid JSON: expected four hex digits after \\u")
            }
            value = value * 16 + digit
            advance()
        }
        return value
    }

    private static func hexValue(_ byte: UInt8) -> UInt32? {
        switch byte {
        case 0x30...0x39: return UInt32(byte - 0x30)
        case 0x41...0x46: return UInt32(byte - 0x41 + 10)
        case 0x61...0x66: return UInt32(byte - 0x61 + 10)
        default: return nil
        }
    }
}

/// A strict JSON (RFC 8259) reader feeding a ``TapeBuilder``.
///
/// Written here rather than going through YAML because JSON is not quite YAML 1.1 (surrogate-pair
/// escapes, tabs) and because error locations must be exact. Lines are 1-based; columns count
/// Unicode scalars from 1, like libyaml's. Duplicate keys are errors. Nesting is limited to
/// ``InputLimits/maximumNesting``. Iterative (an explicit stack of open containers), and columns
/// are counted only where a value, a key or an error needs one, from the last place counted.
///
/// - Complexity: O(size of the text).
struct JSONReader<Sink: TapeSink> {
    private let bytes: UnsafeBufferPointer<UInt8>
    private let file: String
    private var position = 0
    private var line = 1
    /// A place whose column is known, on the current line: columns are counted from there.
    private var markPosition = 0
    private var markColumn = 1
    /// Open containers, innermost last: `true` for objects.
    private var objects: [Bool] = []

    /// Parses `text` into `builder`. Returns `false` for text of only white space.
    static func parse(_ text: UnsafeBufferPointer<UInt8>, file: String, into builder: inout TapeBuilder<Sink>) throws(ReadFailure) -> Bool {
        var reader = JSONReader(bytes: text, file: file)
        reader.skipWhitespace()
        if reader.position == reader.bytes.count {
            throw .diagnostic(Diagnostic(.error, "empty-file", at: reader.here, "file has no JSON value (only whitespace)"))
        }
        try reader.run(&builder)
        reader.skipWhitespace()
        if reader.position < reader.bytes.count {
            throw reader.failure("invalid JSON: unexpected \(reader.describeCurrent()) after the top-level value")
        }
        return true
    }

    private init(bytes: UnsafeBufferPointer<UInt8>, file: String) {
        self.bytes = bytes
        self.file = file
    }

    // MARK: Positions

    /// The column of the current position (counting lead bytes since the mark).
    private mutating func column() -> Int {
        if position < markPosition {
            // Not reached: positions only move forward. Count from the line's start to be safe.
            var start = position
            while start > 0, bytes[start - 1] != 0x0A { start -= 1 }
            markPosition = start
            markColumn = 1
        }
        var column = markColumn
        var index = markPosition
        while index < position {
            if bytes[index] & 0xC0 != 0x80 { column += 1 }
            index += 1
        }
        markPosition = position
        markColumn = column
        return column
    }

    private var here: SourceLocation {
        mutating get { SourceLocation(file: file, line: line, column: column()) }
    }

    private mutating func failure(_ message: String, code: String = "syntax", at location: SourceLocation? = nil) -> ReadFailure {
        .diagnostic(Diagnostic(.error, code, at: location ?? here, message))
    }

    private var current: UInt8? { position < bytes.count ? bytes[position] : nil }

    private func describeCurrent() -> String {
        guard let byte = current else { return "end of file" }
        if byte < 0x80, byte >= 0x20 { return "'\(Character(Unicode.Scalar(byte)))'" }
        return "character"
    }

    private mutating func skipWhitespace() {
        while position < bytes.count {
            let byte = bytes[position]
            if byte == 0x20 || byte == 0x09 || byte == 0x0D {
                position += 1
            } else if byte == 0x0A {
                position += 1
                line += 1
                markPosition = position
                markColumn = 1
            } else {
                return
            }
        }
    }

    // MARK: Values

    private enum Expecting { case value, key, next }

    private mutating func run(_ builder: inout TapeBuilder<Sink>) throws(ReadFailure) {
        var expecting = Expecting.value
        while true {
            switch expecting {
            case .value:
                skipWhitespace()
                let startLine = line, startColumn = column()
                guard let byte = current else { throw failure("invalid JSON: unexpected end of file, expected a value") }
                switch byte {
                case UInt8(ascii: "{"), UInt8(ascii: "["):
                    let isObject = byte == UInt8(ascii: "{")
                    if objects.count + 1 > InputLimits.maximumNesting {
                        throw failure("invalid JSON: nesting deeper than \(InputLimits.maximumNesting) levels", code: "too-deep",
                                      at: SourceLocation(file: file, line: startLine, column: startColumn))
                    }
                    position += 1
                    builder.open(mapping: isObject, block: false, line: startLine, column: startColumn)
                    objects.append(isObject)
                    skipWhitespace()
                    if current == UInt8(ascii: isObject ? "}" : "]") {
                        position += 1
                        objects.removeLast()
                        try builder.close()
                        expecting = .next
                    } else {
                        expecting = isObject ? .key : .value
                    }
                    continue
                case UInt8(ascii: "\""):
                    let offset = builder.tape.bytes.count
                    try parseString(into: builder.tape)
                    try builder.scalar(.string, textFrom: offset, line: startLine, column: startColumn)
                case UInt8(ascii: "t"):
                    try expectWord("true")
                    try builder.scalar(.bool, Self.trueText, line: startLine, column: startColumn)
                case UInt8(ascii: "f"):
                    try expectWord("false")
                    try builder.scalar(.bool, Self.falseText, line: startLine, column: startColumn)
                case UInt8(ascii: "n"):
                    try expectWord("null")
                    try builder.scalar(.null, Self.nullText, line: startLine, column: startColumn)
                case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"):
                    let from = position
                    let isInteger = try parseNumber()
                    try builder.scalar(isInteger ? .int : .float, UnsafeBufferPointer(rebasing: bytes[from ..< position]),
                                       line: startLine, column: startColumn)
                default:
                    throw failure("invalid JSON: unexpected \(describeCurrent()), expected a value")
                }
                expecting = .next
            case .key:
                skipWhitespace()
                let keyLine = line, keyColumn = column()
                guard current == UInt8(ascii: "\"") else { throw failure("invalid JSON: expected a string key, found \(describeCurrent())") }
                let offset = builder.tape.bytes.count
                try parseString(into: builder.tape)
                if builder.key(textFrom: offset, line: keyLine, column: keyColumn) != nil {
                    let key = builder.tape.text(builder.tape.nodes.count - 1)
                    throw failure("duplicate key '\(key)' in a mapping", code: "duplicate-key",
                                  at: SourceLocation(file: file, line: keyLine, column: keyColumn))
                }
                skipWhitespace()
                guard current == UInt8(ascii: ":") else { throw failure("invalid JSON: expected ':' after a key, found \(describeCurrent())") }
                position += 1
                expecting = .value
            case .next:
                guard let isObject = objects.last else { return }
                skipWhitespace()
                if current == UInt8(ascii: ",") {
                    position += 1
                    expecting = isObject ? .key : .value
                } else if current == UInt8(ascii: isObject ? "}" : "]") {
                    position += 1
                    objects.removeLast()
                    try builder.close()
                    expecting = .next
                } else if isObject {
                    throw failure("invalid JSON: expected ',' or '}' in an object, found \(describeCurrent())")
                } else {
                    throw failure("invalid JSON: expected ',' or ']' in an array, found \(describeCurrent())")
                }
            }
        }
    }

    private static var trueText: UnsafeBufferPointer<UInt8> { permanent("true") }
    private static var falseText: UnsafeBufferPointer<UInt8> { permanent("false") }
    private static var nullText: UnsafeBufferPointer<UInt8> { permanent("null") }

    private static func permanent(_ word: StaticString) -> UnsafeBufferPointer<UInt8> {
        UnsafeBufferPointer(start: word.utf8Start, count: word.utf8CodeUnitCount)
    }

    private mutating func expectWord(_ word: StaticString) throws(ReadFailure) {
        let expected = Self.permanent(word)
        for byte in expected {
            guard current == byte else { throw failure("invalid JSON: unexpected \(describeCurrent()) (expected '\(word)')") }
            position += 1
        }
    }

    /// Reads a number; returns whether it is an integer.
    private mutating func parseNumber() throws(ReadFailure) -> Bool {
        var isInteger = true
        if current == UInt8(ascii: "-") { position += 1 }
        func digits(_ reader: inout JSONReader) -> Int {
            var count = 0
            while let byte = reader.current, byte >= 0x30, byte <= 0x39 { reader.position += 1; count += 1 }
            return count
        }
        if current == UInt8(ascii: "0") {
            position += 1
        } else if digits(&self) == 0 {
            throw failure("invalid JSON: expected a digit, found \(describeCurrent())")
        }
        if current == UInt8(ascii: ".") {
            isInteger = false
            position += 1
            guard digits(&self) > 0 else { throw failure("invalid JSON: expected a digit after '.', found \(describeCurrent())") }
        }
        if current == UInt8(ascii: "e") || current == UInt8(ascii: "E") {
            isInteger = false
            position += 1
            if current == UInt8(ascii: "+") || current == UInt8(ascii: "-") { position += 1 }
            guard digits(&self) > 0 else { throw failure("invalid JSON: expected a digit in the exponent, found \(describeCurrent())") }
        }
        return isInteger
    }

    /// Reads a string (at its opening quote) and appends its decoded text to the tape's bytes.
    private mutating func parseString(into tape: Tape) throws(ReadFailure) {
        position += 1 // opening quote
        while true {
            // Copy the run of plain bytes at once.
            let runStart = position
            while position < bytes.count {
                let byte = bytes[position]
                if byte == 0x22 || byte == 0x5C || byte < 0x20 { break }
                position += 1
            }
            if position > runStart { tape.bytes.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart ..< position])) }
            guard let byte = current else { throw failure("invalid JSON: unterminated string") }
            switch byte {
            case UInt8(ascii: "\""):
                position += 1
                return
            case UInt8(ascii: "\\"):
                position += 1
                guard let escape = current else { throw failure("invalid JSON: unterminated string") }
                if let replacement = Self.simpleEscape(escape) {
                    tape.bytes.append(replacement)
                    position += 1
                } else if escape == UInt8(ascii: "u") {
                    position += 1
                    var value = try hex4()
                    if (0xD800...0xDBFF).contains(value) {
                        guard current == UInt8(ascii: "\\") else { throw failure("invalid JSON: unpaired surrogate in a \\u escape") }
                        position += 1
                        guard current == UInt8(ascii: "u") else { throw failure("invalid JSON: unpaired surrogate in a \\u escape") }
                        position += 1
                        let low = try hex4()
                        guard (0xDC00...0xDFFF).contains(low) else { throw failure("invalid JSON: unpaired surrogate in a \\u escape") }
                        value = 0x10000 + ((value - 0xD800) << 10) + (low - 0xDC00)
                    } else if (0xDC00...0xDFFF).contains(value) {
                        throw failure("invalid JSON: unpaired surrogate in a \\u escape")
                    }
                    guard let scalar = Unicode.Scalar(value), value != 0 else {
                        throw failure("invalid JSON: \\u0000 and invalid code points are not allowed in strings")
                    }
                    tape.bytes.append(contentsOf: UTF8.encode(scalar)!)
                } else {
                    throw failure("invalid JSON: unknown escape '\\\(Character(Unicode.Scalar(escape)))'")
                }
            default:
                throw failure("invalid JSON: control character in a string (escape it, e.g. \\n)")
            }
        }
    }

    private static func simpleEscape(_ byte: UInt8) -> UInt8? {
        switch byte {
        case 0x22: return 0x22
        case 0x5C: return 0x5C
        case 0x2F: return 0x2F
        case 0x62: return 0x08
        case 0x66: return 0x0C
        case 0x6E: return 0x0A
        case 0x72: return 0x0D
        case 0x74: return 0x09
        default: return nil
        }
    }

    private mutating func hex4() throws(ReadFailure) -> UInt32 {
        var value: UInt32 = 0
        for _ in 0..<4 {
            guard let byte = current, let digit = Self.hexValue(byte) else {
                throw failure("invalid JSON: expected four hex digits after \\u")
            }
            value = value * 16 + digit
            position += 1
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

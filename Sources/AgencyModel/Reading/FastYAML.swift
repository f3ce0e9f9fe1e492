/// A hand-written scanner for the subset of YAML that network files are written in, feeding a
/// ``TapeBuilder`` with exactly the calls that ``YAMLEvents`` makes from libyaml's events (same
/// texts, kinds, lines, columns, block/flow styles), at several times libyaml's speed.
///
/// The subset: block mappings and sequences (indentless sequences under a key included),
/// compact mappings in sequence items (`- id: x`), flow mappings and sequences (on one line or
/// several), plain scalars on one line, single- and double-quoted scalars on one line (every
/// escape libyaml knows), comments, blank lines, one `---` line at the start. Indentation is
/// spaces only, lines end with `\n`.
///
/// Anything else, or anything it is not sure libyaml reads the same way, makes it **give up**:
/// anchors, aliases, tags, block scalars (`|`, `>`), multi-line scalars, empty values, complex
/// keys, directives, document end markers, tabs, carriage returns, control characters,
/// U+0085/U+2028/U+2029 (libyaml's line breaks), a byte-order mark, duplicate keys, any syntax
/// error, any error of the builder or its sink (limits). The caller then throws the builder
/// away and reads the whole text with libyaml (``DocumentReader/parse(_:format:into:)``), so
/// every error message and location is libyaml's, as before, and nothing the scanner streamed
/// reaches the result. Whether it gives up depends only on the text.
///
/// Checked against libyaml by ``FastYAMLCheck`` (the differential tests and the `yaml-fast`
/// fuzz target): whenever the scanner accepts a text, libyaml accepts it too and builds the
/// same tape.
///
/// - Complexity: O(size of the text); recursion is bounded (it gives up beyond 64 levels).
struct FastYAML<Sink: TapeSink> {
    /// Why the scanner stopped: always "not sure", never an error of the text as such.
    struct GiveUp: Error {}

    /// A scalar read but not yet handed to the builder (a key or a value, told by what follows).
    private struct Scalar {
        var line: Int
        var column: Int
        /// The text's bytes in the input (`decoded == false`) or in the scratch buffer.
        var start: Int
        var end: Int
        var decoded: Bool
        var plain: Bool
        /// Where the scalar starts in the input (for the key length rule).
        var source: Int
    }

    private let base: UnsafePointer<UInt8>
    private let count: Int
    private var position = 0
    private var line = 1
    private var lineStart = 0
    /// A place whose column is known, on the current line: columns are counted from there.
    private var markPosition = 0
    private var markColumn = 1
    /// The indentation (spaces) of the current content line; meaningful unless `atEnd`.
    private var indent = 0
    private var atEnd = false
    private var depth = 0
    /// Decoded text of quoted scalars with escapes.
    private var scratch: UnsafeMutablePointer<UInt8>
    private var scratchCapacity = 256
    private var scratchCount = 0

    /// The deepest nesting the scanner reads (libyaml's limit is far higher; deeper texts go to libyaml).
    private static var maximumDepth: Int { 64 }
    /// libyaml forgets a possible simple key 1024 characters after its start; keys longer than
    /// this many bytes go to libyaml.
    private static var maximumKeyBytes: Int { 1000 }

    /// Reads `text` into `builder`. Returns `false` when it gave up: `builder` is then in an
    /// unspecified state and must be thrown away.
    static func parse(_ text: UnsafeBufferPointer<UInt8>, into builder: inout TapeBuilder<Sink>) -> Bool {
        read(text, into: &builder) == nil
    }

    /// ``parse(_:into:)``, telling the line where the scanner gave up (`nil` when it read the text).
    static func read(_ text: UnsafeBufferPointer<UInt8>, into builder: inout TapeBuilder<Sink>) -> Int? {
        guard let base = text.baseAddress, !text.isEmpty else { return 1 }
        var scanner = FastYAML(base: base, count: text.count)
        defer { scanner.scratch.deallocate() }
        do throws(GiveUp) {
            try scanner.document(&builder)
        } catch {
            return scanner.line
        }
        return builder.root != nil && builder.depth == 0 ? nil : scanner.line
    }

    private init(base: UnsafePointer<UInt8>, count: Int) {
        self.base = base
        self.count = count
        self.scratch = .allocate(capacity: 256)
    }

    // MARK: Bytes

    private static var space: UInt8 { 0x20 }
    private static var newline: UInt8 { 0x0A }

    /// Whether the byte at `index` is a space, a line feed or the end (libyaml's "blankz"; tabs
    /// and carriage returns make the scanner give up elsewhere).
    @inline(__always)
    private func blankOrEnd(_ index: Int) -> Bool {
        index >= count || base[index] == Self.space || base[index] == Self.newline
    }

    @inline(__always)
    private static func isAlphanumeric(_ byte: UInt8) -> Bool {
        (byte >= 0x30 && byte <= 0x39) || (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A)
    }

    /// The length of the UTF-8 character at `index` when libyaml reads it as an ordinary
    /// printable character; gives up on anything else (invalid UTF-8, C1 controls, NEL, LS, PS,
    /// the byte-order mark, U+FFFE, U+FFFF).
    private func multibyte(_ index: Int) throws(GiveUp) -> Int {
        let lead = base[index]
        @inline(__always) func continuation(_ offset: Int) -> UInt8 {
            let at = index + offset
            return at < count && base[at] & 0xC0 == 0x80 ? base[at] : 0
        }
        switch lead {
        case 0xC2:
            guard continuation(1) >= 0xA0 else { throw GiveUp() }
            return 2
        case 0xC3 ... 0xDF:
            guard continuation(1) != 0 else { throw GiveUp() }
            return 2
        case 0xE0 ... 0xEF:
            let second = continuation(1), third = continuation(2)
            guard second != 0, third != 0 else { throw GiveUp() }
            if lead == 0xE0 && second < 0xA0 { throw GiveUp() }
            if lead == 0xED && second >= 0xA0 { throw GiveUp() }
            if lead == 0xE2 && second == 0x80 && (third == 0xA8 || third == 0xA9) { throw GiveUp() }
            if lead == 0xEF && ((second == 0xBB && third == 0xBF) || (second == 0xBF && third >= 0xBE)) { throw GiveUp() }
            return 3
        case 0xF0 ... 0xF4:
            let second = continuation(1)
            guard second != 0, continuation(2) != 0, continuation(3) != 0 else { throw GiveUp() }
            if lead == 0xF0 && second < 0x90 { throw GiveUp() }
            if lead == 0xF4 && second >= 0x90 { throw GiveUp() }
            return 4
        default:
            throw GiveUp()
        }
    }

    /// The column (1-based, in Unicode scalars) of `index` on the current line.
    private mutating func column(at index: Int) -> Int {
        if markPosition < lineStart || markPosition > index {
            markPosition = lineStart
            markColumn = 1
        }
        var column = markColumn
        var at = markPosition
        while at < index {
            if base[at] & 0xC0 != 0x80 { column += 1 }
            at += 1
        }
        markPosition = index
        markColumn = column
        return column
    }

    @inline(__always)
    private mutating func newLine(after index: Int) {
        line += 1
        lineStart = index + 1
        position = index + 1
    }

    // MARK: Lines

    /// From `#`, skips a comment and the line feed that ends it.
    private mutating func skipComment() throws(GiveUp) {
        var at = position + 1
        while at < count {
            let byte = base[at]
            if byte == Self.newline {
                newLine(after: at)
                return
            }
            if byte < 0x20 || byte == 0x7F { throw GiveUp() }
            at += byte < 0x80 ? 1 : try multibyte(at)
        }
        position = at
    }

    /// After the content of a line: spaces, maybe a comment, then the line's end.
    private mutating func finishLine() throws(GiveUp) {
        var at = position
        while at < count && base[at] == Self.space { at += 1 }
        guard at < count else {
            position = at
            return
        }
        if base[at] == Self.newline {
            newLine(after: at)
            return
        }
        if base[at] == UInt8(ascii: "#") && at > position {
            position = at
            try skipComment()
            return
        }
        throw GiveUp()
    }

    /// From the start of a line, skips blank and comment lines: `position` is left at the first
    /// character of the next content line, `indent` its indentation, or `atEnd` is set.
    private mutating func nextContentLine(documentStart: Bool = false) throws(GiveUp) {
        var documentStart = documentStart
        while true {
            var at = position
            while at < count && base[at] == Self.space { at += 1 }
            guard at < count else {
                position = at
                atEnd = true
                return
            }
            let byte = base[at]
            if byte == Self.newline {
                newLine(after: at)
                continue
            }
            if byte == UInt8(ascii: "#") {
                position = at
                try skipComment()
                continue
            }
            if byte < 0x20 || byte == 0x7F { throw GiveUp() }
            if at == lineStart, byte == UInt8(ascii: "-") || byte == UInt8(ascii: "."),
               at + 2 < count, base[at + 1] == byte, base[at + 2] == byte, blankOrEnd(at + 3) {
                // `---` alone on the first content line starts the document; any other marker goes to libyaml.
                guard documentStart, byte == UInt8(ascii: "-"), at + 3 >= count || base[at + 3] == Self.newline else { throw GiveUp() }
                documentStart = false
                if at + 3 >= count {
                    position = at + 3
                } else {
                    newLine(after: at + 3)
                }
                continue
            }
            position = at
            indent = at - lineStart
            return
        }
    }

    // MARK: Block structure

    private mutating func document(_ builder: inout TapeBuilder<Sink>) throws(GiveUp) {
        try nextContentLine(documentStart: true)
        guard !atEnd else { throw GiveUp() }
        try blockNode(&builder, parent: -1, fresh: true)
        guard atEnd else { throw GiveUp() }
    }

    /// A node in the block context starting at `position`: on a line of its own (`fresh`) or
    /// after `- `. `parent` is the indentation of the enclosing block collection (libyaml's
    /// `indent`). Leaves the scanner at the next content line.
    private mutating func blockNode(_ builder: inout TapeBuilder<Sink>, parent: Int, fresh: Bool) throws(GiveUp) {
        depth += 1
        defer { depth -= 1 }
        if depth > Self.maximumDepth { throw GiveUp() }
        let start = position
        // Only spaces and `- ` precede: the byte offset is the column.
        let column = start - lineStart
        let byte = base[start]
        if byte == UInt8(ascii: "-") && blankOrEnd(start + 1) {
            guard fresh else { throw GiveUp() }
            try blockSequence(&builder, indent: column, indentless: false)
            return
        }
        if byte == UInt8(ascii: "{") || byte == UInt8(ascii: "[") {
            try flowNode(&builder, blockIndent: parent)
            try afterFlowInBlock()
            return
        }
        let scalar = try self.scalar(flow: false)
        var at = position
        while at < count && base[at] == Self.space { at += 1 }
        if at < count && base[at] == UInt8(ascii: ":") && blankOrEnd(at + 1) {
            if at - scalar.source > Self.maximumKeyBytes { throw GiveUp() }
            position = at
            try blockMapping(&builder, indent: column, first: scalar)
            return
        }
        try value(scalar, &builder)
        try finishLine()
        try nextContentLine()
    }

    /// After a flow collection in the block context: the end of the line (a `:` would make it a
    /// complex key), then the next content line.
    private mutating func afterFlowInBlock() throws(GiveUp) {
        try finishLine()
        try nextContentLine()
    }

    /// A block mapping whose first key has been read; `position` is at its `:`.
    private mutating func blockMapping(_ builder: inout TapeBuilder<Sink>, indent mappingIndent: Int, first: Scalar) throws(GiveUp) {
        builder.open(mapping: true, block: true, line: first.line, column: first.column)
        var key = first
        while true {
            try self.key(key, &builder)
            position += 1
            var at = position
            while at < count && base[at] == Self.space { at += 1 }
            if at >= count || base[at] == Self.newline || base[at] == UInt8(ascii: "#") {
                // The value is on the next lines (or empty: libyaml's business).
                try finishLine()
                try nextContentLine()
                guard !atEnd else { throw GiveUp() }
                if indent > mappingIndent {
                    try blockNode(&builder, parent: mappingIndent, fresh: true)
                } else if indent == mappingIndent && base[position] == UInt8(ascii: "-") && blankOrEnd(position + 1) {
                    try blockSequence(&builder, indent: mappingIndent, indentless: true)
                } else {
                    throw GiveUp()
                }
            } else {
                position = at
                try inlineValue(&builder, blockIndent: mappingIndent)
            }
            if atEnd || indent < mappingIndent { break }
            guard indent == mappingIndent else { throw GiveUp() }
            key = try scalar(flow: false)
            at = position
            while at < count && base[at] == Self.space { at += 1 }
            guard at < count, base[at] == UInt8(ascii: ":"), blankOrEnd(at + 1), at - key.source <= Self.maximumKeyBytes else { throw GiveUp() }
            position = at
        }
        try close(&builder)
    }

    /// A mapping's value on the key's line.
    private mutating func inlineValue(_ builder: inout TapeBuilder<Sink>, blockIndent: Int) throws(GiveUp) {
        let byte = base[position]
        if byte == UInt8(ascii: "{") || byte == UInt8(ascii: "[") {
            try flowNode(&builder, blockIndent: blockIndent)
            try afterFlowInBlock()
            return
        }
        if byte == UInt8(ascii: ">") {
            // The canonical writer's folded text: `>-` alone at the end of the line.
            guard position + 2 < count, base[position + 1] == UInt8(ascii: "-"), base[position + 2] == Self.newline else { throw GiveUp() }
            try foldedScalar(&builder, blockIndent: blockIndent)
            return
        }
        let scalar = try self.scalar(flow: false)
        var at = position
        while at < count && base[at] == Self.space { at += 1 }
        // `a: b: c` is an error for libyaml.
        if at < count && base[at] == UInt8(ascii: ":") { throw GiveUp() }
        try value(scalar, &builder)
        try finishLine()
        try nextContentLine()
    }

    /// A block sequence whose first `-` is at `position` (column `sequenceIndent`); an
    /// indentless one (under a key, at the key's indentation) ends at a line that is not an item.
    private mutating func blockSequence(_ builder: inout TapeBuilder<Sink>, indent sequenceIndent: Int, indentless: Bool) throws(GiveUp) {
        builder.open(mapping: false, block: true, line: line, column: sequenceIndent + 1)
        while true {
            position += 1
            var at = position
            while at < count && base[at] == Self.space { at += 1 }
            if at >= count || base[at] == Self.newline || base[at] == UInt8(ascii: "#") {
                try finishLine()
                try nextContentLine()
                guard !atEnd, indent > sequenceIndent else { throw GiveUp() }
                try blockNode(&builder, parent: sequenceIndent, fresh: true)
            } else {
                position = at
                try blockNode(&builder, parent: sequenceIndent, fresh: false)
            }
            if atEnd || indent < sequenceIndent { break }
            guard indent == sequenceIndent else { throw GiveUp() }
            if base[position] == UInt8(ascii: "-") && blankOrEnd(position + 1) { continue }
            guard indentless else { throw GiveUp() }
            break
        }
        try close(&builder)
    }

    /// A folded block scalar with the strip indicator (`>-`), as the canonical writer folds long
    /// texts: lines at one indentation (that of the first, more than the mapping's), joined by
    /// spaces; blank lines may only follow the last line (strip drops them). A blank line between
    /// lines, a more indented line or a line of spaces goes to libyaml. `position` is at `>`.
    private mutating func foldedScalar(_ builder: inout TapeBuilder<Sink>, blockIndent: Int) throws(GiveUp) {
        let scalarLine = line, scalarColumn = column(at: position)
        newLine(after: position + 2)
        scratchCount = 0
        var contentIndent = -1
        var sawBreak = false
        while position < count {
            var at = position
            while at < count && base[at] == Self.space { at += 1 }
            let spaces = at - lineStart
            if at >= count {
                // Spaces without a line feed at the end of the text.
                guard contentIndent >= 0, spaces <= contentIndent else { throw GiveUp() }
                position = at
                break
            }
            if base[at] == Self.newline {
                guard contentIndent >= 0, spaces <= contentIndent else { throw GiveUp() }
                sawBreak = true
                newLine(after: at)
                continue
            }
            if contentIndent < 0 {
                guard spaces > blockIndent else { throw GiveUp() }
                contentIndent = spaces
            } else if spaces < contentIndent {
                position = lineStart
                break
            } else if spaces > contentIndent || sawBreak {
                throw GiveUp()
            } else {
                appendScratch(Self.space)
            }
            var end = at
            while end < count && base[end] != Self.newline {
                let byte = base[end]
                if byte < 0x20 || byte == 0x7F { throw GiveUp() }
                end += byte < 0x80 ? 1 : try multibyte(end)
            }
            appendScratch(from: at, to: end)
            if end >= count {
                position = end
                break
            }
            newLine(after: end)
        }
        guard contentIndent >= 0 else { throw GiveUp() }
        try value(Scalar(line: scalarLine, column: scalarColumn, start: 0, end: scratchCount, decoded: true, plain: false, source: 0), &builder)
        try nextContentLine()
    }

    // MARK: Flow structure

    /// White space inside a flow collection, line breaks included; continuation lines must be
    /// indented more than the enclosing block collection. Comments make it give up.
    private mutating func flowSpace(blockIndent: Int) throws(GiveUp) {
        while true {
            guard position < count else { throw GiveUp() }
            let byte = base[position]
            if byte == Self.space {
                position += 1
            } else if byte == Self.newline {
                newLine(after: position)
                var at = position
                while at < count && base[at] == Self.space { at += 1 }
                if at < count && base[at] != Self.newline {
                    if at - lineStart <= blockIndent { throw GiveUp() }
                    // A document marker at the start of a line ends a flow collection for libyaml.
                    if at == lineStart && (base[at] == UInt8(ascii: "-") || base[at] == UInt8(ascii: ".")) { throw GiveUp() }
                }
                position = at
            } else if byte < 0x20 || byte == UInt8(ascii: "#") || byte == 0x7F {
                throw GiveUp()
            } else {
                return
            }
        }
    }

    /// A flow mapping or sequence at `position` (`{` or `[`).
    private mutating func flowNode(_ builder: inout TapeBuilder<Sink>, blockIndent: Int) throws(GiveUp) {
        depth += 1
        defer { depth -= 1 }
        if depth > Self.maximumDepth { throw GiveUp() }
        let isMapping = base[position] == UInt8(ascii: "{")
        let closer = isMapping ? UInt8(ascii: "}") : UInt8(ascii: "]")
        builder.open(mapping: isMapping, block: false, line: line, column: column(at: position))
        position += 1
        try flowSpace(blockIndent: blockIndent)
        if base[position] == closer {
            position += 1
            try close(&builder)
            return
        }
        while true {
            if isMapping {
                let byte = base[position]
                if byte == UInt8(ascii: "{") || byte == UInt8(ascii: "[") { throw GiveUp() }
                let key = try scalar(flow: true)
                var at = position
                while at < count && base[at] == Self.space { at += 1 }
                guard at + 1 < count, base[at] == UInt8(ascii: ":"), base[at + 1] == Self.space || base[at + 1] == Self.newline,
                      at - key.source <= Self.maximumKeyBytes else { throw GiveUp() }
                try self.key(key, &builder)
                position = at + 1
                try flowSpace(blockIndent: blockIndent)
            }
            try flowValue(&builder, blockIndent: blockIndent)
            try flowSpace(blockIndent: blockIndent)
            let byte = base[position]
            if byte == UInt8(ascii: ",") {
                position += 1
                try flowSpace(blockIndent: blockIndent)
                // A trailing or doubled comma: libyaml's business.
                if base[position] == closer || base[position] == UInt8(ascii: ",") { throw GiveUp() }
                continue
            }
            guard byte == closer else { throw GiveUp() }
            position += 1
            try close(&builder)
            return
        }
    }

    /// A value inside a flow collection.
    private mutating func flowValue(_ builder: inout TapeBuilder<Sink>, blockIndent: Int) throws(GiveUp) {
        let byte = base[position]
        if byte == UInt8(ascii: "{") || byte == UInt8(ascii: "[") {
            try flowNode(&builder, blockIndent: blockIndent)
            return
        }
        let scalar = try self.scalar(flow: true)
        if scalar.plain {
            // A plain scalar goes on over a line break in the flow context.
            var at = position
            while at < count && base[at] == Self.space { at += 1 }
            if at >= count || base[at] == Self.newline || base[at] == UInt8(ascii: "#") { throw GiveUp() }
        }
        try value(scalar, &builder)
    }

    // MARK: Scalars

    /// Reads a plain or quoted scalar at `position` (on one line); `position` is left after it
    /// (after the last non-space character of a plain scalar).
    private mutating func scalar(flow: Bool) throws(GiveUp) -> Scalar {
        let start = position
        let first = base[start]
        let column = self.column(at: start)
        if first == UInt8(ascii: "\"") { return try doubleQuoted(column: column) }
        if first == UInt8(ascii: "'") { return try singleQuoted(column: column) }
        switch first {
        case UInt8(ascii: "-"):
            // `-1`, `-x`: anything else starting with `-` goes to libyaml.
            guard start + 1 < count, Self.isAlphanumeric(base[start + 1]) || base[start + 1] == UInt8(ascii: ".") else { throw GiveUp() }
        case UInt8(ascii: "?"), UInt8(ascii: ":"), UInt8(ascii: ","), UInt8(ascii: "["), UInt8(ascii: "]"), UInt8(ascii: "{"),
             UInt8(ascii: "}"), UInt8(ascii: "#"), UInt8(ascii: "&"), UInt8(ascii: "*"), UInt8(ascii: "!"), UInt8(ascii: "|"),
             UInt8(ascii: ">"), UInt8(ascii: "%"), UInt8(ascii: "@"), UInt8(ascii: "`"):
            throw GiveUp()
        default:
            if first <= 0x20 || first == 0x7F { throw GiveUp() }
        }
        var at = start
        var end = start
        scan: while at < count {
            let byte = base[at]
            switch byte {
            case Self.space:
                var next = at + 1
                while next < count && base[next] == Self.space { next += 1 }
                if next >= count { break scan }
                let following = base[next]
                if following == Self.newline || following == UInt8(ascii: "#") { break scan }
                if flow && (following == UInt8(ascii: ",") || following == UInt8(ascii: "]") || following == UInt8(ascii: "}")
                            || following == UInt8(ascii: "[") || following == UInt8(ascii: "{")) { break scan }
                at = next
            case Self.newline:
                break scan
            case UInt8(ascii: ":"):
                if blankOrEnd(at + 1) { break scan }
                // In the flow context `:` before `,?[]{}` is an error for libyaml; keep to the plain cases.
                if flow && !(Self.isAlphanumeric(base[at + 1]) || base[at + 1] == UInt8(ascii: "/")) { throw GiveUp() }
                at += 1
                end = at
            case UInt8(ascii: ","), UInt8(ascii: "["), UInt8(ascii: "]"), UInt8(ascii: "{"), UInt8(ascii: "}"):
                if flow { break scan }
                at += 1
                end = at
            default:
                if byte < 0x20 || byte == 0x7F { throw GiveUp() }
                at += byte < 0x80 ? 1 : try multibyte(at)
                end = at
            }
        }
        position = end
        return Scalar(line: line, column: column, start: start, end: end, decoded: false, plain: true, source: start)
    }

    private mutating func appendScratch(_ byte: UInt8) {
        if scratchCount == scratchCapacity {
            let grown = UnsafeMutablePointer<UInt8>.allocate(capacity: scratchCapacity * 2)
            grown.initialize(from: scratch, count: scratchCount)
            scratch.deallocate()
            scratch = grown
            scratchCapacity *= 2
        }
        scratch[scratchCount] = byte
        scratchCount += 1
    }

    private mutating func appendScratch(from start: Int, to end: Int) {
        var at = start
        while at < end {
            appendScratch(base[at])
            at += 1
        }
    }

    private mutating func appendScalarValue(_ value: UInt32) {
        if value <= 0x7F {
            appendScratch(UInt8(value))
        } else if value <= 0x7FF {
            appendScratch(UInt8(0xC0 + (value >> 6)))
            appendScratch(UInt8(0x80 + (value & 0x3F)))
        } else if value <= 0xFFFF {
            appendScratch(UInt8(0xE0 + (value >> 12)))
            appendScratch(UInt8(0x80 + ((value >> 6) & 0x3F)))
            appendScratch(UInt8(0x80 + (value & 0x3F)))
        } else {
            appendScratch(UInt8(0xF0 + (value >> 18)))
            appendScratch(UInt8(0x80 + ((value >> 12) & 0x3F)))
            appendScratch(UInt8(0x80 + ((value >> 6) & 0x3F)))
            appendScratch(UInt8(0x80 + (value & 0x3F)))
        }
    }

    /// A double-quoted scalar on one line, with libyaml's escapes.
    private mutating func doubleQuoted(column: Int) throws(GiveUp) -> Scalar {
        let source = position
        let start = position + 1
        var at = start
        var decoded = false
        scratchCount = 0
        while true {
            guard at < count else { throw GiveUp() }
            let byte = base[at]
            if byte == UInt8(ascii: "\"") { break }
            if byte == UInt8(ascii: "\\") {
                if !decoded {
                    decoded = true
                    appendScratch(from: start, to: at)
                }
                guard at + 1 < count else { throw GiveUp() }
                let escape = base[at + 1]
                at += 2
                var digits = 0
                switch escape {
                case UInt8(ascii: "0"): appendScratch(0)
                case UInt8(ascii: "a"): appendScratch(0x07)
                case UInt8(ascii: "b"): appendScratch(0x08)
                case UInt8(ascii: "t"): appendScratch(0x09)
                case UInt8(ascii: "n"): appendScratch(0x0A)
                case UInt8(ascii: "v"): appendScratch(0x0B)
                case UInt8(ascii: "f"): appendScratch(0x0C)
                case UInt8(ascii: "r"): appendScratch(0x0D)
                case UInt8(ascii: "e"): appendScratch(0x1B)
                case UInt8(ascii: " "), UInt8(ascii: "\""), UInt8(ascii: "/"), UInt8(ascii: "\\"): appendScratch(escape)
                case UInt8(ascii: "N"): appendScalarValue(0x85)
                case UInt8(ascii: "_"): appendScalarValue(0xA0)
                case UInt8(ascii: "L"): appendScalarValue(0x2028)
                case UInt8(ascii: "P"): appendScalarValue(0x2029)
                case UInt8(ascii: "x"): digits = 2
                case UInt8(ascii: "u"): digits = 4
                case UInt8(ascii: "U"): digits = 8
                default: throw GiveUp()
                }
                if digits > 0 {
                    guard at + digits <= count else { throw GiveUp() }
                    var value: UInt32 = 0
                    for offset in 0 ..< digits {
                        let digit = base[at + offset]
                        let nibble: UInt32
                        switch digit {
                        case 0x30 ... 0x39: nibble = UInt32(digit - 0x30)
                        case 0x41 ... 0x46: nibble = UInt32(digit - 0x41 + 10)
                        case 0x61 ... 0x66: nibble = UInt32(digit - 0x61 + 10)
                        default: throw GiveUp()
                        }
                        value = value << 4 + nibble
                    }
                    if (value >= 0xD800 && value <= 0xDFFF) || value > 0x10FFFF { throw GiveUp() }
                    appendScalarValue(value)
                    at += digits
                }
                continue
            }
            // Line breaks (multi-line scalars), tabs and control characters go to libyaml.
            if byte < 0x20 || byte == 0x7F { throw GiveUp() }
            let length = byte < 0x80 ? 1 : try multibyte(at)
            if decoded { appendScratch(from: at, to: at + length) }
            at += length
        }
        position = at + 1
        return decoded
            ? Scalar(line: line, column: column, start: 0, end: scratchCount, decoded: true, plain: false, source: source)
            : Scalar(line: line, column: column, start: start, end: at, decoded: false, plain: false, source: source)
    }

    /// A single-quoted scalar on one line (`''` is a quote).
    private mutating func singleQuoted(column: Int) throws(GiveUp) -> Scalar {
        let source = position
        let start = position + 1
        var at = start
        var decoded = false
        scratchCount = 0
        while true {
            guard at < count else { throw GiveUp() }
            let byte = base[at]
            if byte == UInt8(ascii: "'") {
                guard at + 1 < count, base[at + 1] == UInt8(ascii: "'") else { break }
                if !decoded {
                    decoded = true
                    appendScratch(from: start, to: at)
                }
                appendScratch(byte)
                at += 2
                continue
            }
            if byte < 0x20 || byte == 0x7F { throw GiveUp() }
            let length = byte < 0x80 ? 1 : try multibyte(at)
            if decoded { appendScratch(from: at, to: at + length) }
            at += length
        }
        position = at + 1
        return decoded
            ? Scalar(line: line, column: column, start: 0, end: scratchCount, decoded: true, plain: false, source: source)
            : Scalar(line: line, column: column, start: start, end: at, decoded: false, plain: false, source: source)
    }

    // MARK: Builder calls

    private func text(_ scalar: Scalar) -> UnsafeBufferPointer<UInt8> {
        scalar.decoded
            ? UnsafeBufferPointer(start: scratch, count: scalar.end)
            : UnsafeBufferPointer(start: base + scalar.start, count: scalar.end - scalar.start)
    }

    /// A key, as ``YAMLEvents`` hands it over; a duplicate key goes to libyaml (which reports it).
    private mutating func key(_ scalar: Scalar, _ builder: inout TapeBuilder<Sink>) throws(GiveUp) {
        if builder.key(text(scalar), line: scalar.line, column: scalar.column) != nil { throw GiveUp() }
    }

    /// A value: plain scalars resolved with the core schema, quoted ones strings.
    private mutating func value(_ scalar: Scalar, _ builder: inout TapeBuilder<Sink>) throws(GiveUp) {
        let text = self.text(scalar)
        let kind: Tape.Kind = scalar.plain ? .resolvePlain(text) : .string
        do throws(ReadFailure) {
            try builder.scalar(kind, text, line: scalar.line, column: scalar.column)
        } catch {
            throw GiveUp()
        }
    }

    private mutating func close(_ builder: inout TapeBuilder<Sink>) throws(GiveUp) {
        do throws(ReadFailure) {
            try builder.close()
        } catch {
            throw GiveUp()
        }
    }
}

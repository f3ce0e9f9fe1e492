/// The fast YAML scanner (``FastYAML``) against libyaml (``YAMLEvents``) on one text, for the
/// differential tests and the `yaml-fast` fuzz target: both front ends feed a builder that keeps
/// the whole document and records every container's style; when the fast scanner accepts the
/// text, libyaml must accept it too and the two tapes (every node's kind, line, column, extent,
/// item count and text), roots, styles and first non-text scalar must be equal.
@_spi(Testing)
public enum FastYAMLCheck {
    /// What comparing the front ends on a text found.
    public enum Outcome: Equatable, Sendable {
        /// The text is refused before parsing (size, encoding, NUL, non-text characters).
        case notParsed
        /// The fast scanner gave up: libyaml alone reads the text.
        case gaveUp
        /// The fast scanner accepted the text and built what libyaml builds.
        case same
        /// The fast scanner accepted the text and built something else (or libyaml refused it).
        case different(String)
    }

    /// Records the style of every container opened.
    struct RecordingSink: TapeSink {
        var opened: [String] = []
        mutating func item(of list: StreamedList, at index: Int) throws(ReadFailure) {}
        func restarted(on tape: Tape) -> Self { RecordingSink() }
        mutating func opened(_ node: Int, mapping: Bool, block: Bool) {
            opened.append("\(node) \(mapping ? "mapping" : "sequence") \(block ? "block" : "flow")")
        }
    }

    /// Compares the front ends on `bytes`, checked first as ``NetworkReader/read(data:file:format:)`` checks them.
    public static func compare(_ bytes: [UInt8]) -> Outcome {
        if bytes.count > InputLimits.maximumFileSize { return .notParsed }
        return bytes.withUnsafeBufferPointer { all -> Outcome in
            var text = all
            if text.count >= 3, text[0] == 0xEF, text[1] == 0xBB, text[2] == 0xBF { text = UnsafeBufferPointer(rebasing: text[3...]) }
            if text.isEmpty { return .notParsed }
            if !InputText.isClean(text), InputText.firstProblem(in: text, file: "check") != nil { return .notParsed }
            return compareParsed(text)
        }
    }

    /// Compares the front ends on text already checked.
    static func compareParsed(_ text: UnsafeBufferPointer<UInt8>) -> Outcome {
        var fast = TapeBuilder(tape: Tape(file: "check"), sink: RecordingSink(), streams: false)
        guard FastYAML.parse(text, into: &fast) else { return .gaveUp }
        var slow = TapeBuilder(tape: Tape(file: "check"), sink: RecordingSink(), streams: false)
        do throws(ReadFailure) {
            _ = try YAMLEvents.parse(text, into: &slow)
        } catch {
            return .different("libyaml refused what the fast scanner read: \(YAMLReader.diagnostic(for: error, file: "check", text: text))")
        }
        return difference(fast, slow).map { .different($0) } ?? .same
    }

    /// The first difference between what two builders built, if any.
    static func difference(_ fast: TapeBuilder<RecordingSink>, _ slow: TapeBuilder<RecordingSink>) -> String? {
        if fast.root != slow.root { return "root \(String(describing: fast.root)) vs libyaml's \(String(describing: slow.root))" }
        let a = fast.tape.nodes, b = slow.tape.nodes
        if a.count != b.count { return "\(a.count) nodes vs libyaml's \(b.count)" }
        for index in a.indices {
            let x = a[index], y = b[index]
            let scalar = x.kind.rawValue < Tape.Kind.sequence.rawValue
            let sameText = !scalar || fast.tape.text(index).utf8.elementsEqual(slow.tape.text(index).utf8)
            if x.kind != y.kind || x.line != y.line || x.column != y.column || !sameText || (!scalar && (x.a != y.a || x.b != y.b)) {
                return "node \(index): \(x.kind) at \(x.line):\(x.column) \(scalar ? "'\(fast.tape.text(index))'" : "\(x.a) \(x.b)") vs libyaml's "
                    + "\(y.kind) at \(y.line):\(y.column) \(scalar ? "'\(slow.tape.text(index))'" : "\(y.a) \(y.b)")"
            }
        }
        if fast.sink.opened != slow.sink.opened { return "styles \(fast.sink.opened) vs libyaml's \(slow.sink.opened)" }
        if fast.firstNonText?.description != slow.firstNonText?.description {
            return "non-text \(String(describing: fast.firstNonText)) vs libyaml's \(String(describing: slow.firstNonText))"
        }
        return nil
    }

    /// Whether the fast scanner reads `text` (without comparing): for tests that it is really used.
    public static func accepts(_ text: String) -> Bool { giveUpLine(text) == nil }

    /// The line where the fast scanner gives up on `text`, or `nil` when it reads it.
    public static func giveUpLine(_ text: String) -> Int? {
        var text = text
        return text.withUTF8 { bytes in
            var builder = TapeBuilder(tape: Tape(file: "check"), sink: WholeDocument(), streams: false)
            return FastYAML.read(bytes, into: &builder)
        }
    }
}

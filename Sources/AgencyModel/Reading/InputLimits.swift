import Foundation
import Synchronization

/// The limits the readers enforce so that no input can exhaust time, memory or stack.
public enum InputLimits {
    /// The size limit when nothing sets another: 50 MiB.
    public static let defaultMaximumFileSize = 50 * 1024 * 1024
    /// The environment variable that sets the size limit, in MiB (`AGENCYGRAPH_MAX_FILE_SIZE=200`).
    public static let maximumFileSizeVariable = "AGENCYGRAPH_MAX_FILE_SIZE"

    private static let fileSizeOverride = Mutex<Int?>(nil)

    /// The largest file read, in bytes. Larger files get a `file-too-large` error before they are
    /// read. In order: the value set with ``setMaximumFileSize(_:)`` (the CLI's option), else
    /// `AGENCYGRAPH_MAX_FILE_SIZE` (a whole number of MiB, at least 1), else 50 MiB.
    ///
    /// Reading costs 8–18× the file size in memory (docs/performance.md), so the limit (with
    /// ``maximumNodes`` and ``maximumEdges``) is what keeps a mistaken input from exhausting
    /// memory; raise it for large imported networks.
    public static var maximumFileSize: Int {
        if let set = fileSizeOverride.withLock({ $0 }) { return set }
        if let text = ProcessInfo.processInfo.environment[maximumFileSizeVariable], let megabytes = Int(text), megabytes > 0,
           megabytes <= Int.max / 1_048_576 {
            return megabytes * 1_048_576
        }
        return defaultMaximumFileSize
    }

    /// Sets the size limit for this process, in bytes (`nil`: back to the environment or the default).
    public static func setMaximumFileSize(_ bytes: Int?) {
        fileSizeOverride.withLock { $0 = bytes.map { max(1, $0) } }
    }
    /// The deepest nesting of lists and mappings: 1000 levels (libyaml's own limit, applied to
    /// JSON too). Deeper input gets a `syntax` (YAML) or `too-deep` (JSON) error.
    public static let maximumNesting = 1000
    /// The most values YAML aliases may add to a document, counting every scalar, list and mapping
    /// an alias repeats, each time it is used: 1,000,000. Defeats "billion laughs". Values written
    /// out in the file do not count (the file size and the element limits bound them).
    public static let maximumValues = 1_000_000

    /// The node limit when nothing sets another: 1,000,000.
    public static let defaultMaximumNodes = 1_000_000
    /// The edge limit when nothing sets another: 2,000,000.
    public static let defaultMaximumEdges = 2_000_000
    /// The environment variable that sets the node limit (`AGENCYGRAPH_MAX_NODES=3000000`).
    public static let maximumNodesVariable = "AGENCYGRAPH_MAX_NODES"
    /// The environment variable that sets the edge limit (`AGENCYGRAPH_MAX_EDGES=10000000`).
    public static let maximumEdgesVariable = "AGENCYGRAPH_MAX_EDGES"

    private static let elementOverrides = Mutex<(nodes: Int?, edges: Int?)>((nil, nil))

    /// The most items a network's `nodes` list may have. Checked while the file is read: the
    /// item after the last allowed one gets a `too-many-nodes` error at its line, without reading
    /// further. In order: ``setMaximumNodes(_:)`` (the CLI's option), else
    /// `AGENCYGRAPH_MAX_NODES`, else 1,000,000.
    ///
    /// With the file size, the element limits bound what reading can cost in memory (about
    /// 1 KB per node or edge read, file bytes included; docs/performance.md); raise them for
    /// large imported networks.
    public static var maximumNodes: Int {
        elementOverrides.withLock { $0.nodes } ?? environmentCount(maximumNodesVariable) ?? defaultMaximumNodes
    }

    /// The most items a network's `edges` list may have (`too-many-edges`); as
    /// ``maximumNodes``: ``setMaximumEdges(_:)``, else `AGENCYGRAPH_MAX_EDGES`, else 2,000,000.
    public static var maximumEdges: Int {
        elementOverrides.withLock { $0.edges } ?? environmentCount(maximumEdgesVariable) ?? defaultMaximumEdges
    }

    /// Sets the node limit for this process (`nil`: back to the environment or the default).
    public static func setMaximumNodes(_ count: Int?) {
        elementOverrides.withLock { $0.nodes = count.map { max(0, $0) } }
    }

    /// Sets the edge limit for this process (`nil`: back to the environment or the default).
    public static func setMaximumEdges(_ count: Int?) {
        elementOverrides.withLock { $0.edges = count.map { max(0, $0) } }
    }

    private static func environmentCount(_ name: String) -> Int? {
        guard let text = ProcessInfo.processInfo.environment[name], let count = Int(text), count >= 0 else { return nil }
        return count
    }
}

/// Checks raw bytes before parsing: size, emptiness, binary content, UTF-8.
enum TextDecoding {
    static func tooLarge(size: Int, file: String) -> Diagnostic {
        let megabytes = Double(size) / 1_048_576
        return Diagnostic(.error, "file-too-large", at: SourceLocation(file: file, line: 1, column: 1),
            "file is \(String(format: "%.1f", megabytes)) MiB, over the limit of \(limitText(InputLimits.maximumFileSize))")
    }

    /// "50 MiB", or "1.5 MiB" for a limit that is not a whole number of MiB.
    static func limitText(_ bytes: Int) -> String {
        bytes % 1_048_576 == 0 ? "\(bytes / 1_048_576) MiB" : String(format: "%.1f MiB", Double(bytes) / 1_048_576)
    }

    /// The text of `data` without a UTF-8 byte order mark, or the diagnostic that explains why
    /// it is not a text file the readers accept.
    static func text(of data: Data, file: String) -> Result<String, Diagnostic> {
        let start = SourceLocation(file: file, line: 1, column: 1)
        if data.count > InputLimits.maximumFileSize { return .failure(tooLarge(size: data.count, file: file)) }
        var bytes = [UInt8](data)
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }
        if bytes.isEmpty {
            return .failure(Diagnostic(.error, "empty-file", at: start, "file is empty"))
        }
        if let problem = encodingProblem(in: bytes, file: file) { return .failure(problem) }
        return .success(String(decoding: bytes, as: UTF8.self))
    }

    /// The first NUL or invalid UTF-8 sequence, located by decoding scalar by scalar.
    static func encodingProblem(in bytes: some Sequence<UInt8>, file: String) -> Diagnostic? {
        var line = 1, column = 1
        var decoder = UTF8()
        var iterator = bytes.makeIterator()
        while true {
            switch decoder.decode(&iterator) {
            case .scalarValue(let scalar):
                if scalar.value == 0 {
                    return Diagnostic(.error, "binary-file", at: SourceLocation(file: file, line: line, column: column),
                        "file contains a NUL byte; it looks like a binary file, not YAML or JSON text")
                }
                if scalar == "\n" { line += 1; column = 1 } else { column += 1 }
            case .emptyInput:
                return nil
            case .error:
                return Diagnostic(.error, "not-utf8", at: SourceLocation(file: file, line: line, column: column),
                    "file is not valid UTF-8 text (binary file, or another encoding such as Latin-1?)")
            }
        }
    }
}

/// The checks of text before parsing, fast: one pass over the bytes says whether they are clean
/// (valid UTF-8, no NUL, no character that TextKit's rule refuses); only text that is not gets
/// the slower scalar-by-scalar pass that locates the first problem.
enum InputText {
    /// Whether `bytes` are valid UTF-8 without NUL, C0 controls other than tab, line feed and
    /// carriage return, DEL, C1 controls, U+FFFE or U+FFFF.
    /// - Complexity: O(n), eight ASCII bytes at a time.
    static func isClean(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let base = bytes.baseAddress else { return true }
        let count = bytes.count
        var index = 0
        while index < count {
            if index + 8 <= count {
                let word = UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self)
                let high: UInt64 = 0x8080_8080_8080_8080
                if word & high == 0 {
                    // Any byte below 0x20, or equal to 0x7F (exact tests for "some byte").
                    let below = (word &- 0x2020_2020_2020_2020) & ~word & high
                    let flipped = word ^ 0x7F7F_7F7F_7F7F_7F7F
                    let del = (flipped &- 0x0101_0101_0101_0101) & ~flipped & high
                    if below == 0 && del == 0 {
                        index += 8
                        continue
                    }
                }
            }
            // Byte by byte up to the next eight.
            let stop = min(count, index + 8)
            while index < stop {
                let byte = base[index]
                if byte < 0x80 {
                    if byte < 0x20 && byte != 0x09 && byte != 0x0A && byte != 0x0D { return false }
                    if byte == 0x7F { return false }
                    index += 1
                    continue
                }
                func continuation(_ offset: Int) -> UInt8? {
                    guard index + offset < count else { return nil }
                    let next = base[index + offset]
                    return next & 0xC0 == 0x80 ? next : nil
                }
                if byte < 0xC2 { return false }
                if byte < 0xE0 {
                    guard let first = continuation(1) else { return false }
                    if byte == 0xC2 && first < 0xA0 { return false } // C1 controls
                    index += 2
                } else if byte < 0xF0 {
                    guard let first = continuation(1), let second = continuation(2) else { return false }
                    if byte == 0xE0 && first < 0xA0 { return false } // overlong
                    if byte == 0xED && first > 0x9F { return false } // surrogates
                    if byte == 0xEF && first == 0xBF && second >= 0xBE { return false } // U+FFFE, U+FFFF
                    index += 3
                } else if byte < 0xF5 {
                    guard let first = continuation(1), continuation(2) != nil, continuation(3) != nil else { return false }
                    if byte == 0xF0 && first < 0x90 { return false } // overlong
                    if byte == 0xF4 && first > 0x8F { return false } // above U+10FFFF
                    index += 4
                } else {
                    return false
                }
            }
        }
        return true
    }

    /// The first problem of text that is not clean, located: a NUL (`binary-file`), invalid
    /// UTF-8 (`not-utf8`) or a non-text character (`not-text`).
    static func firstProblem(in bytes: UnsafeBufferPointer<UInt8>, file: String) -> Diagnostic? {
        if let problem = TextDecoding.encodingProblem(in: bytes, file: file) { return problem }
        return TextRule.checkRaw(String(decoding: bytes, as: UTF8.self), file: file)
    }
}

/// Runs work on a thread with a large stack, so that deeply nested input (up to
/// ``InputLimits/maximumNesting``) cannot overflow the caller's stack, whatever thread it is on.
enum LargeStack {
    private final class Box<T>: @unchecked Sendable {
        var value: T?
    }

    static func run<T>(_ body: @escaping () -> T) -> T {
        let box = Box<T>()
        nonisolated(unsafe) let body = body
        let done = DispatchSemaphore(value: 0)
        let work: @Sendable () -> Void = { [box] in
            box.value = body()
            done.signal()
        }
        let thread = Thread(block: work)
        thread.stackSize = 256 << 20
        thread.start()
        done.wait()
        guard let value = box.value else { fatalError("LargeStack: the worker thread produced no value") }
        return value
    }
}

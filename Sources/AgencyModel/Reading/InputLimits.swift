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
    /// Reading costs about 10× the file size in memory (docs/performance.md), so the limit is
    /// what keeps a mistaken input from exhausting memory; raise it for large imported networks.
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
    /// out in the file do not count (the file size bounds them).
    public static let maximumValues = 1_000_000
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
        // Decode scalar by scalar to locate the first NUL or invalid sequence.
        var line = 1, column = 1
        var decoder = UTF8()
        var iterator = bytes.makeIterator()
        loop: while true {
            switch decoder.decode(&iterator) {
            case .scalarValue(let scalar):
                if scalar.value == 0 {
                    return .failure(Diagnostic(.error, "binary-file", at: SourceLocation(file: file, line: line, column: column),
                        "file contains a NUL byte; it looks like a binary file, not YAML or JSON text"))
                }
                if scalar == "\n" { line += 1; column = 1 } else { column += 1 }
            case .emptyInput:
                break loop
            case .error:
                return .failure(Diagnostic(.error, "not-utf8", at: SourceLocation(file: file, line: line, column: column),
                    "file is not valid UTF-8 text (binary file, or another encoding such as Latin-1?)"))
            }
        }
        return .success(String(decoding: bytes, as: UTF8.self))
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

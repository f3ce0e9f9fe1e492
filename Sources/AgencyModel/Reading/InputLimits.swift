import Foundation

/// The limits the readers enforce so that no input can exhaust time, memory or stack.
public enum InputLimits {
    /// The largest file read: 50 MiB. Larger files get a `file-too-large` error.
    public static let maximumFileSize = 50 * 1024 * 1024
    /// The deepest nesting of lists and mappings: 1000 levels (libyaml's own limit, applied to
    /// JSON too). Deeper input gets a `syntax` (YAML) or `too-deep` (JSON) error.
    public static let maximumNesting = 1000
    /// The most values a document may expand to, counting every scalar, list and mapping reached
    /// (so YAML aliases count each time they are used): 1,000,000. Defeats "billion laughs".
    public static let maximumValues = 1_000_000
}

/// Checks raw bytes before parsing: size, emptiness, binary content, UTF-8.
enum TextDecoding {
    static func tooLarge(size: Int, file: String) -> Diagnostic {
        let megabytes = Double(size) / 1_048_576
        return Diagnostic(.error, "file-too-large", at: SourceLocation(file: file, line: 1, column: 1),
            "file is \(String(format: "%.1f", megabytes)) MiB, over the limit of \(InputLimits.maximumFileSize / 1_048_576) MiB")
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

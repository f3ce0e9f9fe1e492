#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Seconds on the monotonic clock (`CLOCK_MONOTONIC`), for differences only.
func monotonicSeconds() -> Double {
    var ts = timespec()
    clock_gettime(CLOCK_MONOTONIC, &ts)
    return Double(ts.tv_sec) + Double(ts.tv_nsec) * 1e-9
}

/// A field of `/proc/self/status` given in kB (`VmHWM`, `VmRSS`), in bytes; nil where absent
/// (not Linux).
func procStatusBytes(_ field: String) -> Int? {
    guard let f = fopen("/proc/self/status", "r") else { return nil }
    defer { fclose(f) }
    var line = [CChar](repeating: 0, count: 512)
    let prefix = field + ":"
    while fgets(&line, Int32(line.count), f) != nil {
        let s = String(decoding: line.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
        if s.hasPrefix(prefix) {
            let digits = s.dropFirst(prefix.count).filter { $0.isNumber }
            if let kb = Int(digits) { return kb * 1024 }
        }
    }
    return nil
}

/// Hands free heap pages back to the OS so that `VmRSS` measures live data (glibc only),
/// as scripts/bench/peers.py does for the peers.
/// glibc's `malloc_trim` is not in the Swift Glibc module: it is looked up at run time.
func trimHeap() {
    #if canImport(Glibc)
    typealias Trim = @convention(c) (Int) -> Int32
    if let handle = dlopen(nil, RTLD_NOW), let sym = dlsym(handle, "malloc_trim") {
        _ = unsafeBitCast(sym, to: Trim.self)(0)
    }
    #endif
}

/// Writes all of `bytes` to file descriptor `fd` (1 = stdout, 2 = stderr).
func writeFD(_ fd: Int32, _ bytes: [UInt8]) {
    bytes.withUnsafeBufferPointer { buf in
        var done = 0
        while done < buf.count {
            let k = write(fd, buf.baseAddress! + done, buf.count - done)
            if k < 0 {
                if errno == EINTR { continue }
                return
            }
            done += k
        }
    }
}

/// Writes a line to standard error.
func printError(_ s: String) {
    writeFD(2, Array((s + "\n").utf8))
}

/// A growable byte buffer for writing JSON quickly.
struct JSONWriter {
    private(set) var bytes: [UInt8] = []

    init(capacity: Int = 1 << 16) { bytes.reserveCapacity(capacity) }

    mutating func raw(_ s: String) { bytes.append(contentsOf: s.utf8) }

    mutating func byte(_ b: UInt8) { bytes.append(b) }

    /// A JSON string literal.
    mutating func string(_ s: String) {
        bytes.append(UInt8(ascii: "\""))
        for b in s.utf8 {
            switch b {
            case UInt8(ascii: "\""): raw("\\\"")
            case UInt8(ascii: "\\"): raw("\\\\")
            case 0x0A: raw("\\n")
            case 0x0D: raw("\\r")
            case 0x09: raw("\\t")
            case 0 ..< 0x20:
                let hex = Array("0123456789abcdef".utf8)
                raw("\\u00")
                bytes.append(hex[Int(b >> 4)])
                bytes.append(hex[Int(b & 15)])
            default: bytes.append(b)
            }
        }
        bytes.append(UInt8(ascii: "\""))
    }

    mutating func int(_ v: Int) {
        if v == 0 { bytes.append(UInt8(ascii: "0")); return }
        var x = v.magnitude
        var tmp: [UInt8] = []
        while x > 0 { tmp.append(UInt8(ascii: "0") + UInt8(x % 10)); x /= 10 }
        if v < 0 { bytes.append(UInt8(ascii: "-")) }
        bytes.append(contentsOf: tmp.reversed())
    }

    /// A finite double in the shortest form that reads back exactly; integral values stay
    /// integral-looking (`3.0`). Non-finite values are not JSON: callers must not pass them.
    mutating func double(_ v: Double) {
        precondition(v.isFinite, "JSON has no \(v)")
        raw(v.description)
    }

    func write(toPath path: String) throws(BenchError) {
        guard let f = fopen(path, "wb") else {
            throw BenchError.io("cannot write \(path): \(String(cString: strerror(errno)))")
        }
        let written = bytes.withUnsafeBufferPointer { fwrite($0.baseAddress, 1, $0.count, f) }
        let closed = fclose(f)
        if written != bytes.count || closed != 0 {
            throw BenchError.io("cannot write \(path): \(String(cString: strerror(errno)))")
        }
    }
}

/// Errors that end the bench with a message and a non-zero exit status.
enum BenchError: Error, CustomStringConvertible {
    case usage(String)
    case io(String)
    case input(String)
    case unsupported(String)

    var description: String {
        switch self {
        case .usage(let s), .io(let s), .input(let s), .unsupported(let s): return s
        }
    }

    /// 2 for usage and input errors, 1 for I/O, 3 for "no such algorithm for this input"
    /// (the same code scripts/bench/peers.py uses for a peer that lacks a task).
    var exitCode: Int32 {
        switch self {
        case .usage, .input: return 2
        case .io: return 1
        case .unsupported: return 3
        }
    }
}

/// Online cores, as GraphCore's parallel measures use them.
func benchCoreCount() -> Int { max(1, Int(sysconf(Int32(_SC_NPROCESSORS_ONLN)))) }

import CGraphviz
import Foundation

/// The one process-wide lock around every call into the Graphviz C library.
///
/// Graphviz keeps global state (error buffers, the string dictionary, plugin tables) and is not
/// thread-safe even with one `GVC_t` per render: concurrent renders crash. Every C call this
/// module makes runs inside `GraphvizLock.withLock(_:)`.
enum GraphvizLock {
    private static let lock = NSLock()

    /// Runs `body` while holding the process-wide Graphviz lock.
    static func withLock<T>(_ body: () throws -> T) rethrows -> T {
        lock.lock()
        defer { lock.unlock() }
        return try body()
    }
}

/// Facts about the Graphviz library this module is linked against.
public enum GraphvizLibrary {
    /// The version of the Graphviz headers the module was compiled against, e.g. `2.43.0`.
    public static var headerVersion: String { String(cString: cgv_header_version()) }
}

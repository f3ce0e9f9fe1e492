import Dispatch

/// Runs a per-source computation over fixed chunks of sources, in parallel, and sums the chunk
/// results in chunk order, so the result does not depend on the number of threads.
///
/// The chunking depends only on the number of sources and the width of the result, never on the
/// number of cores: chunk `c` always covers the same sources, accumulates them in the same order
/// into its own row, and rows are added in chunk order at the end.
enum SourceParallel {
    /// At most this many chunk rows of partial sums (memory: chunks × width doubles).
    static func chunkCount(sources: Int, width: Int) -> Int {
        if sources <= 1 { return max(sources, 1) }
        let byMemory = max(1, (1 << 24) / max(width, 1))  // ≤ 128 MiB of partial sums
        return max(1, min(sources, 64, byMemory))
    }

    /// Whether to fan out: `threads == nil` means all cores.
    static func workers(_ threads: Int?) -> Int {
        if let t = threads { return max(1, t) }
        return max(1, activeProcessorCount())
    }

    /// Calls `body(chunk, sourcesOfChunk, row)` for every chunk, `row` being that chunk's zeroed
    /// partial-sum row of `width` doubles; returns the sum of rows in chunk order.
    /// `makeWorkspace` is called once per chunk (per-chunk buffers, nothing shared but read-only data).
    static func accumulate<W>(
        sources: [Int32], width: Int, threads: Int?,
        makeWorkspace: () -> W,
        body: (inout W, ArraySlice<Int32>, UnsafeMutableBufferPointer<Double>) -> Void
    ) -> [Double] {
        let chunks = chunkCount(sources: sources.count, width: width)
        var result = [Double](repeating: 0, count: width)
        if sources.isEmpty || width == 0 { return result }
        let rows = UnsafeMutableBufferPointer<Double>.allocate(capacity: chunks * width)
        rows.initialize(repeating: 0)
        defer { rows.deallocate() }
        let per = (sources.count + chunks - 1) / chunks
        let runChunk = { (c: Int) in
            let lo = min(c * per, sources.count), hi = min(lo + per, sources.count)
            var ws = makeWorkspace()
            body(&ws, sources[lo ..< hi], UnsafeMutableBufferPointer(rebasing: rows[(c * width) ..< ((c + 1) * width)]))
        }
        forEach(chunks, threads: threads, runChunk)
        result.withUnsafeMutableBufferPointer { r in
            for c in 0 ..< chunks {
                let base = c * width
                for i in 0 ..< width { r[i] += rows[base + i] }
            }
        }
        return result
    }

    /// Runs `body(i)` for `i in 0 ..< count`, on all cores unless `threads == 1`.
    static func forEach(_ count: Int, threads: Int?, _ body: (Int) -> Void) {
        if workers(threads) == 1 || count <= 1 {
            for c in 0 ..< count { body(c) }
        } else {
            withoutActuallyEscaping(body) { f in
                let box = UncheckedSendable(f)
                DispatchQueue.concurrentPerform(iterations: count) { c in box.value(c) }
            }
        }
    }
}

/// Wraps a value the caller guarantees is used safely across threads (disjoint writes only).
struct UncheckedSendable<T>: @unchecked Sendable {
    let value: T
    init(_ value: T) { self.value = value }
}

#if canImport(Glibc)
import Glibc
func activeProcessorCount() -> Int { Int(sysconf(Int32(_SC_NPROCESSORS_ONLN))) }
#elseif canImport(Musl)
import Musl
func activeProcessorCount() -> Int { Int(sysconf(Int32(_SC_NPROCESSORS_ONLN))) }
#elseif canImport(Darwin)
import Darwin
func activeProcessorCount() -> Int { Int(sysconf(Int32(_SC_NPROCESSORS_ONLN))) }
#else
func activeProcessorCount() -> Int { 1 }
#endif

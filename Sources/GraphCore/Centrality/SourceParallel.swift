import Dispatch

/// Runs a per-source computation over fixed chunks of sources, in parallel, and sums the chunk
/// results in chunk order, so the result does not depend on the number of threads.
///
/// The chunking depends only on the number of sources and the width of the result, never on the
/// number of cores: chunk `c` always covers the same sources, accumulates them in the same order
/// into its own row, and rows are added in chunk order at the end.
enum SourceParallel {
    /// The number of chunks: at most 64, whatever the number of cores.
    static func chunkCount(sources: Int) -> Int {
        max(1, min(sources, 64))
    }

    /// Whether to fan out: `threads == nil` means all cores.
    static func workers(_ threads: Int?) -> Int {
        if let t = threads { return max(1, t) }
        return max(1, activeProcessorCount())
    }

    /// Calls `body(chunk, sourcesOfChunk, row)` for every chunk, `row` being that chunk's zeroed
    /// partial-sum row of `width` doubles; returns the sum of rows in chunk order.
    /// `makeWorkspace` is called once per chunk (per-chunk buffers, nothing shared but read-only data).
    ///
    /// Memory: a chunk's row is added into the result as soon as every earlier chunk's has been
    /// (``OrderedFold``), then freed, so only about one row per worker is alive at a time.
    static func accumulate<W>(
        sources: [Int32], width: Int, threads: Int?,
        makeWorkspace: () -> W,
        body: (inout W, ArraySlice<Int32>, UnsafeMutableBufferPointer<Double>) -> Void
    ) -> [Double] {
        let chunks = chunkCount(sources: sources.count)
        var result = [Double](repeating: 0, count: width)
        if sources.isEmpty || width == 0 { return result }
        let per = (sources.count + chunks - 1) / chunks
        result.withUnsafeMutableBufferPointer { r in
            let fold = OrderedFold(into: r)
            let runChunk = { (c: Int) in
                let lo = min(c * per, sources.count), hi = min(lo + per, sources.count)
                let row = UnsafeMutableBufferPointer<Double>.allocate(capacity: width)
                row.initialize(repeating: 0)
                var ws = makeWorkspace()
                body(&ws, sources[lo ..< hi], row)
                fold.add(chunk: c, row)
            }
            forEach(chunks, threads: threads, runChunk)
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

/// Adds partial-sum rows into a result strictly in chunk order (0, 1, 2, ...), whatever order the
/// chunks finish in: a row that arrives early waits until all earlier rows have been added. Each
/// row is freed once added. The serial queue is taken once per chunk, never inside a computation.
final class OrderedFold: @unchecked Sendable {
    private let queue = DispatchQueue(label: "GraphCore.SourceParallel.OrderedFold")
    private let result: UnsafeMutableBufferPointer<Double>
    private var waiting: [Int: UnsafeMutableBufferPointer<Double>] = [:]
    private var next = 0

    init(into result: UnsafeMutableBufferPointer<Double>) { self.result = result }

    /// Hands over chunk `c`'s row (allocated by the caller; freed here).
    func add(chunk c: Int, _ row: UnsafeMutableBufferPointer<Double>) {
        queue.sync {
            waiting[c] = row
            while let r = waiting.removeValue(forKey: next) {
                for i in 0 ..< result.count { result[i] += r[i] }
                r.deallocate()
                next += 1
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

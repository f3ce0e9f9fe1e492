/// Python's `random.Random(seed).sample(range(n), k)`, bit for bit: MT19937 seeded as CPython
/// seeds an integer (`init_by_array` over the 32-bit words of `|seed|`), `_randbelow` by rejection
/// on `getrandbits`, and `sample`'s pool / set strategies. This is how NetworkX picks the `k`
/// sources of `betweenness_centrality(G, k=k, seed=seed)` on a graph whose nodes are `0 ..< n`
/// in order, so the same `k` and `seed` select the same sources here.
///
/// - Complexity: O(n) for the pool strategy, O(k) expected otherwise.
public struct PythonRandom: Sendable {
    private var mt = [UInt32](repeating: 0, count: 624)
    private var index = 625

    /// A generator seeded like `random.Random(seed)` with an integer seed.
    public init(seed: Int) {
        var key: [UInt32] = []
        var m = seed.magnitude
        while m > 0 { key.append(UInt32(truncatingIfNeeded: m)); m >>= 32 }
        if key.isEmpty { key = [0] }
        initGenrand(19_650_218)
        var i = 1, j = 0
        for _ in 0 ..< max(624, key.count) {
            mt[i] = (mt[i] ^ ((mt[i - 1] ^ (mt[i - 1] >> 30)) &* 1_664_525)) &+ key[j] &+ UInt32(j)
            i += 1; j += 1
            if i >= 624 { mt[0] = mt[623]; i = 1 }
            if j >= key.count { j = 0 }
        }
        for _ in 0 ..< 623 {
            mt[i] = (mt[i] ^ ((mt[i - 1] ^ (mt[i - 1] >> 30)) &* 1_566_083_941)) &- UInt32(i)
            i += 1
            if i >= 624 { mt[0] = mt[623]; i = 1 }
        }
        mt[0] = 0x8000_0000
        index = 624
    }

    private mutating func initGenrand(_ s: UInt32) {
        mt[0] = s
        for i in 1 ..< 624 {
            mt[i] = 1_812_433_253 &* (mt[i - 1] ^ (mt[i - 1] >> 30)) &+ UInt32(i)
        }
        index = 624
    }

    /// The next 32-bit output (`genrand_uint32`).
    public mutating func next32() -> UInt32 {
        if index >= 624 {
            for k in 0 ..< 624 {
                let y = (mt[k] & 0x8000_0000) | (mt[(k + 1) % 624] & 0x7FFF_FFFF)
                mt[k] = mt[(k + 397) % 624] ^ (y >> 1) ^ ((y & 1) != 0 ? 0x9908_B0DF : 0)
            }
            index = 0
        }
        var y = mt[index]; index += 1
        y ^= y >> 11
        y ^= (y << 7) & 0x9D2C_5680
        y ^= (y << 15) & 0xEFC6_0000
        y ^= y >> 18
        return y
    }

    /// `random._randbelow(n)` for `1 <= n < 2^32`.
    public mutating func below(_ n: Int) -> Int {
        precondition(n >= 1 && n < (1 << 32))
        let k = Int.bitWidth - n.leadingZeroBitCount
        var r = Int(next32() >> UInt32(32 - k))
        while r >= n { r = Int(next32() >> UInt32(32 - k)) }
        return r
    }

    /// `random.sample(range(n), k)`.
    /// - Complexity: O(n) when `n` is at most about 3k to 12k (Python copies the pool), else O(k) expected
    ///   (a set of the picks, re-drawn on repeats).
    public mutating func sample(n: Int, k: Int) -> [Int32] {
        precondition(k >= 0 && k <= n)
        var result: [Int32] = []
        result.reserveCapacity(k)
        var setsize = 21
        if k > 5 {
            var p = 1
            while p < 3 * k { p *= 4 }  // 4 ** ceil(log(3k, 4)); 3k is never a power of 4
            setsize += p
        }
        if n <= setsize {
            var pool = (0 ..< n).map { Int32($0) }
            for i in 0 ..< k {
                let j = below(n - i)
                result.append(pool[j])
                pool[j] = pool[n - i - 1]
            }
        } else {
            var selected = Set<Int>()
            for _ in 0 ..< k {
                var j = below(n)
                while selected.contains(j) { j = below(n) }
                selected.insert(j)
                result.append(Int32(j))
            }
        }
        return result
    }
}

/// How to choose the next node to remove in a robustness (attack) simulation.
public enum RemovalStrategy: Sendable, Equatable {
    /// Remove nodes in exactly this order (it may be shorter than the node count; ids must be distinct).
    case order([Int32])
    /// Highest degree first (degree as NetworkX counts it: self-loops twice, parallel edges each,
    /// in + out when directed); ties go to the lowest id. `adaptive`: recompute degrees on the
    /// remaining graph after every removal; otherwise use the initial degrees.
    case degree(adaptive: Bool)
    /// Highest betweenness first (``Graph/betweennessCentrality(normalized:weighted:endpoints:threads:)``, unweighted),
    /// ties to the lowest id. `adaptive` recomputes it on the remaining graph after every removal.
    case betweenness(adaptive: Bool)
    /// Highest betweenness first, recomputed on the remaining graph after every `step` removals:
    /// between two computations the next nodes are taken from the last one, highest first, ties to
    /// the lowest id. `step` 1 is `.betweenness(adaptive: true)`; a larger step bounds the cost at
    /// ⌈count / step⌉ betweenness computations, at the price of an order that no longer reacts to
    /// each single removal (an approximation of the adaptive attack). Values below 1 count as 1.
    case betweennessEvery(step: Int)
    /// A uniformly random order from a seeded generator (SplitMix64), reproducible across runs.
    case random(seed: UInt64)
}

/// The size of the largest component while nodes are removed one by one.
public struct RobustnessCurve: Sendable, Equatable {
    /// The number of nodes of the intact graph.
    public var nodeCount: Int
    /// Nodes in removal order.
    public var removed: [Int32]
    /// `largestComponent[q]`: nodes in the largest (weakly) connected component after removing the
    /// first `q` nodes of ``removed``; `largestComponent[0]` is the intact graph.
    public var largestComponent: [Int]

    /// Schneider et al.'s robustness R = (1/n) Σ_{q=1}^{n} s(q), with s(q) the largest component's
    /// fraction of the original n after q removals (PNAS 108:3838, 2011). In [0, 1/2) for a full
    /// curve; for a partial curve the missing tail counts as 0. 0 for the empty graph.
    public var schneiderR: Double {
        guard nodeCount > 0 else { return 0 }
        var total = 0
        for q in 1 ..< largestComponent.count { total += largestComponent[q] }
        return Double(total) / (Double(nodeCount) * Double(nodeCount))
    }
}

/// SplitMix64 (Steele, Lea, Flood 2014): a small seeded generator for reproducible random orders.
public struct SplitMix64Generator: RandomNumberGenerator, Sendable {
    /// The current state; the sequence is fully determined by it.
    public var state: UInt64
    /// A generator whose sequence is determined by `seed`.
    public init(seed: UInt64) { state = seed }
    /// The next 64 random bits.
    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

extension Graph {
    /// Simulates an attack: removes nodes by `strategy` and records the largest component's size.
    ///
    /// Conventions: components are weakly connected when directed. The curve is computed by adding
    /// nodes back in reverse order with a union–find, so a given order costs O((n + m) α(n)).
    ///
    /// - Parameter strategy: how the next node to remove is chosen.
    /// - Parameter count: how many nodes to remove (default: all).
    /// - Throws: ``GraphError/invalidArgument(_:)`` for an `order` with repeated ids;
    ///   ``GraphError/nodeOutOfRange(_:nodeCount:)``.
    /// - Complexity: static degree, random, order: O(n log n + m α(n)); adaptive degree:
    ///   O((n + m) log n); static betweenness: O(n m); adaptive betweenness: O(n² m) (less once
    ///   every remaining node has betweenness 0); betweenness every `step`: O(⌈n / step⌉ n m).
    public func robustnessCurve(strategy: RemovalStrategy, count: Int? = nil) throws(GraphError) -> RobustnessCurve {
        let n = nodeCount
        let k = min(max(count ?? n, 0), n)
        let order: [Int32]
        switch strategy {
        case let .order(list):
            var seen = [Bool](repeating: false, count: n)
            for v in list {
                try checkNode(v)
                if seen[Int(v)] { throw GraphError.invalidArgument("node \(v) appears twice in the removal order") }
                seen[Int(v)] = true
            }
            order = Array(list.prefix(k))
        case .degree(adaptive: false):
            let deg = nodes.map { degree(of: $0) }
            order = Array(nodes.sorted { deg[Int($0)] != deg[Int($1)] ? deg[Int($0)] > deg[Int($1)] : $0 < $1 }.prefix(k))
        case .degree(adaptive: true):
            order = adaptiveDegreeOrder(count: k)
        case .betweenness(adaptive: false):
            let b = try betweennessCentrality(normalized: false)
            order = Array(nodes.sorted { b[Int($0)] != b[Int($1)] ? b[Int($0)] > b[Int($1)] : $0 < $1 }.prefix(k))
        case .betweenness(adaptive: true):
            order = try adaptiveBetweennessOrder(count: k)
        case let .betweennessEvery(step):
            order = try adaptiveBetweennessOrder(count: k, step: max(1, step))
        case let .random(seed):
            var rng = SplitMix64Generator(seed: seed)
            var all = Array(nodes)
            // Fisher–Yates with our own generator so the order is stable across platforms.
            if n > 1 {
                for i in stride(from: n - 1, to: 0, by: -1) {
                    let j = Int(rng.next() % UInt64(i + 1))
                    all.swapAt(i, j)
                }
            }
            order = Array(all.prefix(k))
        }
        return RobustnessCurve(nodeCount: n, removed: order, largestComponent: largestComponentCurve(order))
    }

    /// Schneider's R for a strategy: ``robustnessCurve(strategy:count:)`` over all nodes, then
    /// ``RobustnessCurve/schneiderR``.
    /// - Complexity: as ``robustnessCurve(strategy:count:)`` with every node removed.
    public func schneiderR(strategy: RemovalStrategy = .degree(adaptive: true)) throws(GraphError) -> Double {
        try robustnessCurve(strategy: strategy).schneiderR
    }

    /// Largest component sizes after removing 0, 1, …, order.count nodes (reverse union–find:
    /// nodes are added back in reverse removal order, union by size, path halving).
    func largestComponentCurve(_ order: [Int32]) -> [Int] {
        let n = nodeCount
        var present = [Bool](repeating: true, count: n)
        for v in order { present[Int(v)] = false }
        var parent = (0 ..< n).map { Int32($0) }
        var size = [Int32](repeating: 1, count: n)
        var curve = [Int](repeating: 0, count: order.count + 1)
        let directed = isDirected
        present.withUnsafeMutableBufferPointer { present in
            parent.withUnsafeMutableBufferPointer { parent in
                size.withUnsafeMutableBufferPointer { size in
                    outOffset.withUnsafeBufferPointer { oo in
                        outNeighbor.withUnsafeBufferPointer { on in
                            inOffset.withUnsafeBufferPointer { io in
                                inNeighbor.withUnsafeBufferPointer { inn in
                                    var best: Int32 = 0
                                    @inline(__always) func find(_ x0: Int) -> Int {
                                        var x = x0
                                        while Int(parent[x]) != x {
                                            let g = parent[Int(parent[x])]
                                            parent[x] = g
                                            x = Int(g)
                                        }
                                        return x
                                    }
                                    @inline(__always) func join(_ a: Int, _ b: Int) {
                                        var ra = find(a), rb = find(b)
                                        if ra == rb { return }
                                        if size[ra] < size[rb] { swap(&ra, &rb) }
                                        parent[rb] = Int32(truncatingIfNeeded: ra)
                                        size[ra] += size[rb]
                                        if size[ra] > best { best = size[ra] }
                                    }
                                    @inline(__always) func attach(_ v: Int) {
                                        if best < 1 { best = 1 }
                                        for p in oo[v] ..< oo[v + 1] where present[Int(on[p])] { join(v, Int(on[p])) }
                                        if directed {
                                            for p in io[v] ..< io[v + 1] where present[Int(inn[p])] { join(v, Int(inn[p])) }
                                        }
                                    }
                                    for v in 0 ..< n where present[v] { attach(v) }
                                    curve[order.count] = Int(best)
                                    for q in stride(from: order.count - 1, through: 0, by: -1) {
                                        let v = Int(order[q])
                                        present[v] = true
                                        attach(v)
                                        curve[q] = Int(best)
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
        return curve
    }

    /// Highest current degree first, ties to the lowest id. A tournament (segment) tree over the
    /// node ids keeps the best node at the root; each degree decrement updates one leaf-to-root path.
    /// - Complexity: O((n + m) log n), no allocation per step.
    func adaptiveDegreeOrder(count k: Int) -> [Int32] {
        let n = nodeCount
        if n == 0 || k == 0 { return [] }
        var deg = nodes.map { Int32(degree(of: $0)) }
        var size = 1
        while size < n { size <<= 1 }
        var tree = [Int32](repeating: -1, count: 2 * size)
        var order: [Int32] = []
        order.reserveCapacity(k)
        deg.withUnsafeMutableBufferPointer { deg in
            tree.withUnsafeMutableBufferPointer { tree in
                @inline(__always) func best(_ a: Int32, _ b: Int32) -> Int32 {
                    if a < 0 { return b }
                    if b < 0 { return a }
                    let da = deg[Int(a)], db = deg[Int(b)]
                    return da > db || (da == db && a < b) ? a : b
                }
                // Only v's key got worse: above the first level where v was not the winner and
                // the winner did not change, nothing changes.
                @inline(__always) func update(_ v: Int) {
                    var i = (size + v) >> 1
                    let node = Int32(truncatingIfNeeded: v)
                    while i >= 1 {
                        let old = tree[i]
                        let new = best(tree[2 * i], tree[2 * i + 1])
                        if new == old && old != node { break }
                        tree[i] = new
                        i >>= 1
                    }
                }
                for v in 0 ..< n { tree[size + v] = Int32(truncatingIfNeeded: v) }
                for i in stride(from: size - 1, through: 1, by: -1) { tree[i] = best(tree[2 * i], tree[2 * i + 1]) }
                while order.count < k {
                    let v = tree[1]
                    if v < 0 { break }
                    order.append(v)
                    tree[size + Int(v)] = -1
                    update(Int(v))
                    forEachNeighbor(of: v, .both) { w, _ in
                        let wi = Int(w)
                        if tree[size + wi] >= 0 {
                            deg[wi] -= 1
                            update(wi)
                        }
                    }
                }
            }
        }
        return order
    }

    /// Highest betweenness first on the remaining graph, recomputed after every `step` removals
    /// (ties to the lowest id). Once every remaining node has betweenness 0, every component is a
    /// complete graph and stays one as nodes go, so betweenness stays 0 and the rest of the order is
    /// by increasing id without further computation (the order an adaptive attack gives then too).
    /// - Complexity: O(⌈k / step⌉ · n m).
    func adaptiveBetweennessOrder(count k: Int, step: Int = 1) throws(GraphError) -> [Int32] {
        var alive = [Bool](repeating: true, count: nodeCount)
        var order: [Int32] = []
        order.reserveCapacity(k)
        while order.count < k {
            let (sub, original) = inducedSubgraph(keeping: alive)
            let b = try sub.betweennessCentrality(normalized: false)
            var best = 0
            for i in 1 ..< max(b.count, 1) where b[i] > b[best] { best = i }
            if b.isEmpty || b[best] == 0 {
                // All zero: the rest by increasing id (ids of `sub` follow original order).
                for v in original where order.count < k { order.append(v) }
                break
            }
            if step == 1 {
                let v = original[best]  // ids of `sub` follow original order, so ties go to the lowest id
                order.append(v)
                alive[Int(v)] = false
                continue
            }
            let take = min(step, k - order.count)
            let ranked = (0 ..< b.count).sorted { b[$0] != b[$1] ? b[$0] > b[$1] : $0 < $1 }
            for i in ranked.prefix(take) {
                order.append(original[i])
                alive[Int(original[i])] = false
            }
        }
        return order
    }

    /// The adaptive betweenness order as first written (one full computation per removal, no
    /// shortcut): the reference the shortcut above is tested against.
    func adaptiveBetweennessOrderByRecomputing(count k: Int) throws(GraphError) -> [Int32] {
        var alive = [Bool](repeating: true, count: nodeCount)
        var order: [Int32] = []
        while order.count < k {
            let (sub, original) = inducedSubgraph(keeping: alive)
            let b = try sub.betweennessCentrality(normalized: false)
            var best = 0
            for i in 1 ..< max(b.count, 1) where b[i] > b[best] { best = i }
            let v = original[best]
            order.append(v)
            alive[Int(v)] = false
        }
        return order
    }
}

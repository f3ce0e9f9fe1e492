/// The dominator tree of a flow graph from a root.
public struct DominatorTree: Sendable, Equatable {
    /// The root.
    public var root: Int32
    /// `immediateDominator[v]`: the closest node other than `v` on every path from the root to `v`;
    /// `-1` for the root itself and for nodes the root does not reach.
    public var immediateDominator: [Int32]

    /// Every dominator of `v` from `v`'s immediate dominator up to the root (empty for the root and
    /// unreachable nodes). These are the single nodes every path from the root to `v` must pass.
    /// - Complexity: O(depth of `v` in the dominator tree).
    public func dominators(of v: Int32) -> [Int32] {
        var out: [Int32] = []
        var x = immediateDominator[Int(v)]
        while x >= 0 {
            out.append(x)
            x = immediateDominator[Int(x)]
        }
        return out
    }

    /// Children lists of the dominator tree, each sorted.
    public var children: [[Int32]] {
        var c = [[Int32]](repeating: [], count: immediateDominator.count)
        for (v, d) in immediateDominator.enumerated() where d >= 0 { c[Int(d)].append(Int32(v)) }
        return c
    }
}

extension Graph {
    /// The dominator tree from `root` by the iterative algorithm of Cooper, Harvey and Kennedy
    /// ("A Simple, Fast Dominance Algorithm", 2001) over a reverse postorder.
    ///
    /// Matches NetworkX `immediate_dominators(G, root)` (which omits the root and unreachable
    /// nodes; here they get `-1`). Edges are followed in their direction; an undirected graph is
    /// treated as symmetric. Self-loops and parallel edges do not matter.
    /// - Complexity: O(n + m) per pass, a few passes in practice (O(n · m) worst case); iterative.
    public func dominatorTree(root: Int32) throws(GraphError) -> DominatorTree {
        try checkNode(root)
        let n = nodeCount
        let post = try depthFirstSearch(from: root).postorder
        var rank = [Int32](repeating: -1, count: n)  // postorder number
        for (i, v) in post.enumerated() { rank[Int(v)] = Int32(i) }
        var idom = [Int32](repeating: -1, count: n)
        idom[Int(root)] = root
        func intersect(_ a0: Int32, _ b0: Int32) -> Int32 {
            var a = a0, b = b0
            while a != b {
                while rank[Int(a)] < rank[Int(b)] { a = idom[Int(a)] }
                while rank[Int(b)] < rank[Int(a)] { b = idom[Int(b)] }
            }
            return a
        }
        var changed = true
        while changed {
            changed = false
            for v in post.reversed() where v != root {
                var newIdom: Int32 = -1
                for p in predecessors(of: v) where rank[Int(p)] >= 0 && idom[Int(p)] >= 0 {
                    newIdom = newIdom < 0 ? p : intersect(p, newIdom)
                }
                if newIdom >= 0 && idom[Int(v)] != newIdom {
                    idom[Int(v)] = newIdom
                    changed = true
                }
            }
        }
        idom[Int(root)] = -1
        return DominatorTree(root: root, immediateDominator: idom)
    }
}

/// What the loss of each node and each edge separates, for every articulation point and bridge
/// of an undirected graph, from one depth-first search.
///
/// The search is a forest of DFS trees, one per connected component, each rooted where the search
/// entered the component (see ``Graph/separations(roots:)``). Numbering the nodes in preorder makes
/// every DFS subtree a contiguous range of positions, ``interval(of:)``. With `low[v]` the smallest
/// preorder position reachable from v's subtree by one back edge (Hopcroft and Tarjan 1973):
///
/// - losing a non-root node x separates from the root exactly the subtrees of the children c of x
///   with `low[c] ≥ pre[x]`, each one piece; everything else of the component but x stays with the
///   root (one piece, the *root piece*). Losing a root separates every child subtree from every other.
/// - losing the tree edge (parent(c), c) separates the subtree of c when `low[c] > pre[parent(c)]`
///   (the edge is a bridge); other edges separate nothing.
///
/// So "is v still connected to the root after losing x" is "is `pre[v]` outside x's separated
/// intervals", an O(log d) or O(1) test, and the sizes of all pieces come from subtree sizes: what
/// a removal-and-recount loop computes in O(n + m) per loss comes out of one O(n + m) pass.
///
/// Conventions as ``Graph/biconnectedStructure(components:)``: self-loops are ignored, a pair
/// joined by parallel edges is not separated by losing one of them.
public struct Separations: Sendable, Equatable {
    /// Position of each node in DFS preorder (0 ..< nodeCount over the whole forest).
    public let preorder: [Int32]
    /// The node at each preorder position (the inverse of ``preorder``).
    public let order: [Int32]
    /// The number of nodes in each node's DFS subtree (itself included).
    public let subtreeSize: [Int32]
    /// The smallest node id in each node's DFS subtree.
    public let subtreeMinimum: [Int32]
    /// The DFS root of each node's tree (its connected component's entry point).
    public let root: [Int32]
    /// Each node's DFS parent, -1 for roots.
    public let parent: [Int32]
    /// The edge id of the tree edge from each node's parent, -1 for roots.
    public let parentEdge: [Int32]
    /// Smallest preorder position reachable from each subtree by at most one back edge.
    public let low: [Int32]
    /// For node v, `separatedChildren[separatedOffset[v] ..< separatedOffset[v + 1]]` are the DFS
    /// children whose subtrees losing v separates, in preorder.
    let separatedOffset: [Int32]
    let separatedChildren: [Int32]

    /// The preorder positions of the DFS subtree of `v`.
    /// - Complexity: O(1).
    public func interval(of v: Int32) -> Range<Int> {
        let start = Int(preorder[Int(v)])
        return start ..< start + Int(subtreeSize[Int(v)])
    }

    /// The children of `v` whose subtrees are separated from the rest of the component when `v`
    /// is lost: those with `low ≥ pre[v]`, or every child when `v` is a root. Each subtree is one
    /// piece after the loss; for a non-root `v` the rest of the component (without `v`) is one more
    /// piece, containing the root. In preorder, so their ``interval(of:)`` are increasing.
    /// - Complexity: O(1) to obtain, O(d) to iterate for d pieces.
    public func separatedChildren(by v: Int32) -> ArraySlice<Int32> {
        separatedChildren[Int(separatedOffset[Int(v)]) ..< Int(separatedOffset[Int(v) + 1])]
    }

    /// Whether losing `v` disconnects its component: a root with two or more children, another
    /// node with at least one separated child.
    /// - Complexity: O(1).
    public func isArticulationPoint(_ v: Int32) -> Bool {
        let count = separatedOffset[Int(v) + 1] - separatedOffset[Int(v)]
        return parent[Int(v)] < 0 ? count >= 2 : count >= 1
    }

    /// The endpoint of edge `edge` (between `a` and `b`) below it in the DFS tree, if losing the
    /// edge separates that endpoint's subtree from the rest of the component (the edge is a
    /// bridge); `nil` otherwise.
    /// - Complexity: O(1).
    public func nodeBelow(bridge edge: Int32, between a: Int32, and b: Int32) -> Int32? {
        for c in [a, b] where parentEdge[Int(c)] == edge {
            let p = parent[Int(c)]
            return low[Int(c)] > preorder[Int(p)] ? c : nil
        }
        return nil
    }
}

extension Graph {
    /// One depth-first search giving, for every articulation point and bridge, what its loss
    /// separates as contiguous preorder intervals (see ``Separations``).
    ///
    /// The search enters components from `roots` first, in the order given (a root already reached
    /// is skipped), then from every unreached node in increasing id order, so a component without
    /// a given root is entered at its smallest node. Neighbours are visited in adjacency order. To
    /// ask what is cut off from a hub `h`, pass `roots: [h]`: in h's component, the nodes separated
    /// from h by losing x are exactly x's ``Separations/separatedChildren(by:)`` subtrees.
    ///
    /// The block-cut tree view of the same facts: each separated child subtree of x is the union of
    /// the blocks hanging below x in the block-cut tree rooted at the DFS root.
    ///
    /// - Throws: ``GraphError/requiresUndirected(_:)`` on a directed graph;
    ///   ``GraphError/nodeOutOfRange(_:nodeCount:)`` for a root that is not a node.
    /// - Complexity: O(n + m) time and memory, no recursion.
    public func separations(roots: [Int32] = []) throws(GraphError) -> Separations {
        guard !isDirected else { throw GraphError.requiresUndirected("separations") }
        for r in roots where r < 0 || Int(r) >= nodeCount { throw GraphError.nodeOutOfRange(Int(r), nodeCount: nodeCount) }
        return separations(roots: roots, keeping: nil)
    }

    /// ``separations(roots:)`` of the graph without the nodes where `keep` is false: they are never
    /// entered and stay unnumbered (preorder -1, no parent, no separated children). Only the first
    /// `k` positions of `order` are filled, k the number of kept nodes. Undirected graphs only,
    /// roots valid and kept (the caller checks).
    func separations(roots: [Int32], keeping keep: [Bool]?) -> Separations {
        let n = nodeCount
        let masked = keep != nil
        let mask = keep ?? []
        var pre = [Int32](repeating: -1, count: n)
        var order = [Int32](repeating: 0, count: n)
        var low = [Int32](repeating: 0, count: n)
        var size = [Int32](repeating: 1, count: n)
        var minimum = (0 ..< n).map { Int32(truncatingIfNeeded: $0) }
        var rootOf = [Int32](repeating: -1, count: n)
        var parent = [Int32](repeating: -1, count: n)
        var parentEdge = [Int32](repeating: -1, count: n)
        var framePos = [Int](repeating: 0, count: n)
        var stack: [Int32] = []
        stack.reserveCapacity(n)
        var time: Int32 = 0
        func search(from root: Int) {
            pre[root] = time; low[root] = time; order[Int(time)] = Int32(truncatingIfNeeded: root); time += 1
            rootOf[root] = Int32(truncatingIfNeeded: root)
            framePos[root] = outOffset[root]
            stack.append(Int32(truncatingIfNeeded: root))
            while let v32 = stack.last {
                let v = Int(v32)
                var p = framePos[v]
                let end = outOffset[v + 1]
                let pe = parentEdge[v]
                var descended = false
                while p < end {
                    let w = Int(outNeighbor[p])
                    let e = outEdge[p]
                    p += 1
                    if w == v || e == pe || (masked && !mask[w]) { continue }
                    if pre[w] < 0 {
                        framePos[v] = p
                        pre[w] = time; low[w] = time; order[Int(time)] = Int32(truncatingIfNeeded: w); time += 1
                        rootOf[w] = Int32(truncatingIfNeeded: root)
                        parent[w] = v32; parentEdge[w] = e
                        framePos[w] = outOffset[w]
                        stack.append(Int32(truncatingIfNeeded: w))
                        descended = true
                        break
                    } else if pre[w] < low[v] {
                        low[v] = pre[w]
                    }
                }
                if descended { continue }
                framePos[v] = p
                stack.removeLast()
                let u = Int(parent[v])
                if u >= 0 {
                    if low[v] < low[u] { low[u] = low[v] }
                    size[u] += size[v]
                    if minimum[v] < minimum[u] { minimum[u] = minimum[v] }
                }
            }
        }
        for r in roots where pre[Int(r)] < 0 { search(from: Int(r)) }
        for v in 0 ..< n where pre[v] < 0 && (!masked || mask[v]) { search(from: v) }

        // Separated children, grouped by parent in preorder: walking positions in order visits
        // each parent's children in preorder, so a counting pass then a filling pass suffice.
        var offset = [Int32](repeating: 0, count: n + 1)
        func separates(_ c: Int) -> Bool {
            let u = Int(parent[c])
            return u >= 0 && (parent[u] < 0 || low[c] >= pre[u])
        }
        for c in 0 ..< n where separates(c) { offset[Int(parent[c]) + 1] += 1 }
        for v in 0 ..< n { offset[v + 1] += offset[v] }
        var fill = Array(offset.dropLast())
        var children = [Int32](repeating: 0, count: Int(offset[n]))
        for position in 0 ..< Int(time) {
            let c = Int(order[position])
            guard separates(c) else { continue }
            let u = Int(parent[c])
            children[Int(fill[u])] = Int32(truncatingIfNeeded: c)
            fill[u] += 1
        }
        return Separations(preorder: pre, order: order, subtreeSize: size, subtreeMinimum: minimum, root: rootOf,
                           parent: parent, parentEdge: parentEdge, low: low,
                           separatedOffset: offset, separatedChildren: children)
    }
}

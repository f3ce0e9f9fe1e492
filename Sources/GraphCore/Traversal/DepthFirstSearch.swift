/// The result of a depth-first search: pre- and postorder and the DFS forest.
public struct DFSForest: Sendable, Equatable {
    /// Nodes in the order they were first entered.
    public var preorder: [Int32]
    /// Nodes in the order they were finished (all descendants done).
    public var postorder: [Int32]
    /// `parent[v]` is the tree parent of `v`, `-1` for roots and unvisited nodes.
    public var parent: [Int32]
}

extension Graph {
    /// Iterative depth-first search (an explicit stack, no recursion: safe on a 1M-node path).
    ///
    /// Neighbours are explored in row order (edge order). With `source == nil` the search restarts
    /// from the lowest unvisited id until every node is visited, as NetworkX `dfs_preorder_nodes(G)`.
    /// Self-loops and parallel edges do not change the result.
    ///
    /// - Parameters:
    ///   - source: the root, or `nil` for a whole-graph forest.
    ///   - direction: which edges to follow on a directed graph.
    /// - Complexity: O(n + m) time, O(n) extra memory.
    public func depthFirstSearch(from source: Int32? = nil,
                                 direction: EdgeDirection = .outgoing) throws(GraphError) -> DFSForest {
        if let s = source { try checkNode(s) }
        let n = nodeCount
        var parent = [Int32](repeating: -1, count: n)
        var visited = [Bool](repeating: false, count: n)
        var pre: [Int32] = []
        var post: [Int32] = []
        pre.reserveCapacity(n)
        post.reserveCapacity(n)
        // Stack frames: node and the position reached in its (concatenated out+in) row.
        var stackNode: [Int32] = []
        var stackPos: [Int] = []
        let useOut = !isDirected || direction != .incoming
        let useIn = isDirected && direction != .outgoing

        func run(_ root: Int32) {
            visited[Int(root)] = true
            pre.append(root)
            stackNode.append(root)
            stackPos.append(0)
            while let v = stackNode.last {
                let vi = Int(v)
                var pos = stackPos[stackPos.count - 1]
                let outLen = useOut ? outOffset[vi + 1] - outOffset[vi] : 0
                let inLen = useIn ? inOffset[vi + 1] - inOffset[vi] : 0
                var next: Int32 = -1
                while pos < outLen + inLen {
                    let w = pos < outLen ? outNeighbor[outOffset[vi] + pos] : inNeighbor[inOffset[vi] + pos - outLen]
                    pos += 1
                    if !visited[Int(w)] { next = w; break }
                }
                stackPos[stackPos.count - 1] = pos
                if next >= 0 {
                    visited[Int(next)] = true
                    parent[Int(next)] = v
                    pre.append(next)
                    stackNode.append(next)
                    stackPos.append(0)
                } else {
                    post.append(v)
                    stackNode.removeLast()
                    stackPos.removeLast()
                }
            }
        }
        if let s = source {
            run(s)
        } else {
            for v in 0 ..< n where !visited[v] { run(Int32(v)) }
        }
        return DFSForest(preorder: pre, postorder: post, parent: parent)
    }

    /// A topological order of a directed acyclic graph (NetworkX `topological_sort` conventions:
    /// every edge goes from an earlier to a later node), or `nil` when the graph has a cycle.
    /// Among valid orders this returns the one of Kahn's algorithm with a min-id-first queue.
    /// - Complexity: O(m + n log n).
    public func topologicalOrder() throws(GraphError) -> [Int32]? {
        guard isDirected else { throw GraphError.requiresDirected("topological order") }
        var indeg = (0 ..< nodeCount).map { inDegree(of: Int32($0)) }
        var heap = MinHeap<Int32>()
        for v in 0 ..< nodeCount where indeg[v] == 0 { heap.push(Int32(v)) }
        var order: [Int32] = []
        order.reserveCapacity(nodeCount)
        while let v = heap.pop() {
            order.append(v)
            for w in successors(of: v) {
                indeg[Int(w)] -= 1
                if indeg[Int(w)] == 0 { heap.push(w) }
            }
        }
        return order.count == nodeCount ? order : nil
    }
}

/// A small binary min-heap over `Comparable` values (internal helper).
struct MinHeap<T: Comparable> {
    var items: [T] = []
    var isEmpty: Bool { items.isEmpty }
    mutating func push(_ x: T) {
        items.append(x)
        var i = items.count - 1
        while i > 0 {
            let p = (i - 1) / 2
            if items[i] < items[p] { items.swapAt(i, p); i = p } else { break }
        }
    }
    mutating func pop() -> T? {
        guard let top = items.first else { return nil }
        let last = items.removeLast()
        if !items.isEmpty {
            items[0] = last
            var i = 0
            let n = items.count
            while true {
                let l = 2 * i + 1, r = l + 1
                var m = i
                if l < n && items[l] < items[m] { m = l }
                if r < n && items[r] < items[m] { m = r }
                if m == i { break }
                items.swapAt(i, m)
                i = m
            }
        }
        return top
    }
}

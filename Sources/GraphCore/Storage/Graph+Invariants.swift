extension Graph {
    /// Checks the CSR invariants (row bounds, ids in range, every edge in its rows). Runs only in
    /// debug builds from ``GraphBuilder/build()``; call it yourself in tests.
    /// - Complexity: O(n + m).
    public func checkInvariants() {
        precondition(outOffset.count == nodeCount + 1 && outOffset[0] == 0, "bad out offsets")
        for v in 0 ..< nodeCount { precondition(outOffset[v] <= outOffset[v + 1], "out offsets not monotone") }
        precondition(outOffset[nodeCount] == outNeighbor.count && outNeighbor.count == outEdge.count)
        for p in 0 ..< outNeighbor.count {
            let e = Int(outEdge[p])
            precondition(e >= 0 && e < edgeCount && contains(outNeighbor[p]), "bad out slot \(p)")
        }
        let expectedSlots = isDirected ? edgeCount : 2 * edgeCount - selfLoopCount
        precondition(outNeighbor.count == expectedSlots, "slot count \(outNeighbor.count) != \(expectedSlots)")
        if isDirected {
            precondition(inOffset.count == nodeCount + 1 && inOffset[nodeCount] == edgeCount)
            for p in 0 ..< inNeighbor.count {
                let e = Int(inEdge[p])
                precondition(edgeTarget[e] == Int32(truncatingIfNeeded: nodeFor(inSlot: p)) && edgeSource[e] == inNeighbor[p])
            }
        }
        precondition(!isWeighted || edgeWeight.count == edgeCount)
        precondition(edgeWeight.allSatisfy { $0.isFinite }, "non-finite weight")
    }

    private func nodeFor(inSlot p: Int) -> Int {
        var lo = 0, hi = nodeCount
        while lo + 1 < hi {
            let mid = (lo + hi) / 2
            if inOffset[mid] <= p { lo = mid } else { hi = mid }
        }
        return lo
    }
}

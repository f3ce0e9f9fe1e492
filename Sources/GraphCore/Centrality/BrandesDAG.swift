/// The connected components of an undirected graph, laid out for ``DAGBrandes``'s bottom-up
/// steps: the nodes of component `c` are `nodes[start[c] ..< start[c + 1]]`, and `slots[c]` is the
/// number of adjacency slots (the sum of degrees) of its nodes.
struct ComponentLayout: Sendable {
    let label: [Int32]
    let start: [Int]
    let nodes: [Int32]
    let slots: [Int]

    /// - Parameter g: an undirected graph.
    init(_ g: Graph) {
        let comps = g.connectedComponents()
        label = comps.label
        var start = [Int](repeating: 0, count: comps.count + 1)
        var slots = [Int](repeating: 0, count: comps.count)
        for v in 0 ..< g.nodeCount {
            let c = Int(comps.label[v])
            start[c + 1] += 1
            slots[c] += g.outOffset[v + 1] - g.outOffset[v]
        }
        for c in 0 ..< comps.count { start[c + 1] += start[c] }
        var fill = start
        var nodes = [Int32](repeating: 0, count: g.nodeCount)
        for v in 0 ..< g.nodeCount {
            let c = Int(comps.label[v])
            nodes[fill[c]] = Int32(truncatingIfNeeded: v)
            fill[c] += 1
        }
        self.start = start
        self.nodes = nodes
        self.slots = slots
    }
}

/// Per-worker state for **unweighted** Brandes (node and edge betweenness), tuned for the
/// all-sources loop.
///
/// What makes it faster than ``BrandesWorkspace``'s plain BFS:
/// - **Direction-optimising search** (Beamer, Asanović and Patterson, SC 2012), on undirected
///   graphs. A level is expanded *top-down* (scan the frontier's neighbours) or *bottom-up* (scan
///   the neighbours of every node not reached yet and pull `σ` from those on the frontier),
///   whichever scans fewer adjacency slots. Counting shortest paths needs every DAG edge, so the
///   bottom-up step cannot stop at the first parent as in plain BFS; it still wins on the wide
///   middle levels of small-world graphs, where most of the frontier's edges lead back to nodes
///   already reached. Directed graphs are searched top-down only.
/// - **No per-source reset.** `level` holds `base + hops`; a value below `base` means "not reached
///   from the current source". After a source, `base` moves past the deepest level used, so the next
///   source starts with every node unreached without touching the arrays; `σ`, `coef` and `acc` are
///   always written before they are read within one source. `level` is refilled only when `base`
///   would overflow `Int32`.
///
/// The DAG edges found by a level are stored in one array `rec`, grouped by the node they were found
/// from: successor lists of the frontier nodes (`start`, indexed by BFS position) after a top-down
/// step, predecessor lists of the newly reached nodes (`pstart`) after a bottom-up step. The backward
/// pass walks the levels from the deepest, pulling dependencies along successor lists or pushing
/// them along predecessor lists, which gives Brandes' (2001) recurrence either way.
final class DAGBrandes {
    private enum Step: UInt8 { case none, topDown, bottomUp }

    let n: Int
    let level: UnsafeMutablePointer<Int32>
    let sigma: UnsafeMutablePointer<Double>
    let coef: UnsafeMutablePointer<Double>
    /// Dependencies pushed along predecessor lists; zero outside an accumulation.
    let acc: UnsafeMutablePointer<Double>
    /// BFS order of the reached nodes, `order[0]` the source, grouped by level.
    let order: UnsafeMutablePointer<Int32>
    /// The first BFS position of each level; level `L` is `order[levelStart[L] ..< levelStart[L + 1]]`.
    let levelStart: UnsafeMutablePointer<Int>
    private let step: UnsafeMutablePointer<Step>
    /// DAG edges: the other endpoint, and (edge betweenness) the edge id.
    let rec: UnsafeMutablePointer<Int32>
    let recEdge: UnsafeMutablePointer<Int32>?
    /// Successor list of BFS position `i` (top-down steps): `rec[start[i] ..< start[i + 1]]`.
    let start: UnsafeMutablePointer<Int>
    /// Predecessor list of BFS position `j` (bottom-up steps): `rec[pstart[j] ..< pstart[j + 1]]`.
    let pstart: UnsafeMutablePointer<Int>
    /// Nodes of the source's component not reached yet (bottom-up steps).
    let unreached: UnsafeMutablePointer<Int32>
    private(set) var count = 0
    private var levelCount = 0
    private var base: Int32 = 1

    /// - Parameters:
    ///   - slots: the number of adjacency slots of the rows searched (an upper bound on DAG edges).
    ///   - edges: also record the edge id of every DAG edge.
    init(nodeCount n: Int, slots: Int, edges: Bool) {
        self.n = n
        let m = max(n, 1)
        level = .allocate(capacity: m); level.initialize(repeating: 0, count: m)
        sigma = .allocate(capacity: m); sigma.initialize(repeating: 0, count: m)
        coef = .allocate(capacity: m); coef.initialize(repeating: 0, count: m)
        acc = .allocate(capacity: m); acc.initialize(repeating: 0, count: m)
        order = .allocate(capacity: m); order.initialize(repeating: 0, count: m)
        unreached = .allocate(capacity: m); unreached.initialize(repeating: 0, count: m)
        levelStart = .allocate(capacity: n + 2); levelStart.initialize(repeating: 0, count: n + 2)
        step = .allocate(capacity: n + 1); step.initialize(repeating: .none, count: n + 1)
        start = .allocate(capacity: n + 1); start.initialize(repeating: 0, count: n + 1)
        pstart = .allocate(capacity: n + 1); pstart.initialize(repeating: 0, count: n + 1)
        rec = .allocate(capacity: max(slots, 1)); rec.initialize(repeating: 0, count: max(slots, 1))
        if edges {
            let e = UnsafeMutablePointer<Int32>.allocate(capacity: max(slots, 1))
            e.initialize(repeating: 0, count: max(slots, 1))
            recEdge = e
        } else {
            recEdge = nil
        }
    }

    deinit {
        level.deallocate(); sigma.deallocate(); coef.deallocate(); acc.deallocate(); order.deallocate()
        unreached.deallocate(); levelStart.deallocate(); step.deallocate(); start.deallocate()
        pstart.deallocate(); rec.deallocate(); recEdge?.deallocate()
    }

    /// Breadth-first search from `s` counting shortest paths and recording the DAG (with edge ids when
    /// `recordEdges`). `g` must be simple. `components` (undirected graphs only) enables bottom-up steps.
    @inline(__always)
    func search(from s: Int32, _ g: CSRView, components: ComponentLayout?, recordEdges: Bool) {
        let off = g.offset.baseAddress!, nb = g.neighbor.baseAddress!, eid = g.edge.baseAddress!
        let level = self.level, sigma = self.sigma, order = self.order, rec = self.rec
        let start = self.start, pstart = self.pstart, levelStart = self.levelStart
        let re = recEdge
        let b = base
        level[Int(s)] = b
        sigma[Int(s)] = 1
        order[0] = s
        levelStart[0] = 0
        var tail = 1, k = 0, depth = 0
        // Slots of the component not reached yet (bottom-up cost); unknown when directed.
        var unreachedSlots = Int.max
        var component = 0
        if let components {
            component = Int(components.label[Int(s)])
            unreachedSlots = components.slots[component] - (off[Int(s) + 1] - off[Int(s)])
        }
        var unreachedCount = -1  // the `unreached` list is built at the first bottom-up step
        while true {
            let lo = levelStart[depth], hi = tail
            if lo == hi { break }
            levelStart[depth + 1] = hi
            let cur = b &+ Int32(truncatingIfNeeded: depth)
            if unreachedSlots == 0 {  // every node of the component is reached
                step[depth] = .none
                depth += 1
                break
            }
            var frontierSlots = 0
            if components != nil {
                for i in lo ..< hi { let v = Int(order[i]); frontierSlots += off[v + 1] - off[v] }
            }
            if frontierSlots > unreachedSlots, let components {
                step[depth] = .bottomUp
                if unreachedCount < 0 {
                    unreachedCount = 0
                    for i in components.start[component] ..< components.start[component + 1] {
                        let w = components.nodes[i]
                        if level[Int(w)] < b { unreached[unreachedCount] = w; unreachedCount += 1 }
                    }
                }
                var keep = 0
                for j in 0 ..< unreachedCount {
                    let w32 = unreached[j], w = Int(w32)
                    if level[w] >= b { continue }  // reached by a top-down step since the list was built
                    let k0 = k
                    var sw = 0.0
                    for p in off[w] ..< off[w + 1] {
                        let u = nb[p]
                        if level[Int(u)] == cur {
                            sw += sigma[Int(u)]
                            rec[k] = u
                            if recordEdges { re.unsafelyUnwrapped[k] = eid[p] }
                            k &+= 1
                        }
                    }
                    if k > k0 {
                        level[w] = cur &+ 1
                        sigma[w] = sw
                        pstart[tail] = k0
                        order[tail] = w32; tail &+= 1
                        unreachedSlots -= off[w + 1] - off[w]
                    } else {
                        unreached[keep] = w32; keep += 1
                    }
                }
                pstart[tail] = k
                unreachedCount = keep
            } else {
                step[depth] = .topDown
                let next = cur &+ 1
                for i in lo ..< hi {
                    start[i] = k
                    let v = Int(order[i])
                    let sv = sigma[v]
                    for p in off[v] ..< off[v + 1] {
                        let w32 = nb[p]
                        let w = Int(w32)
                        let hw = level[w]
                        if hw < b {
                            level[w] = next
                            sigma[w] = sv
                            order[tail] = w32; tail &+= 1
                            if components != nil { unreachedSlots -= off[w + 1] - off[w] }
                        } else if hw == next {
                            sigma[w] += sv
                        } else {
                            continue
                        }
                        rec[k] = w32
                        if recordEdges { re.unsafelyUnwrapped[k] = eid[p] }
                        k &+= 1
                    }
                }
                start[hi] = k
            }
            depth += 1
        }
        count = tail
        levelCount = depth
        // Next source: past the deepest level used.
        let next = Int(b) + depth + 1
        if next > Int(Int32.max) - n - 2 {
            level.update(repeating: 0, count: max(n, 1))
            base = 1
        } else {
            base = Int32(next)
        }
    }

    /// Walks the levels of the last search from the deepest, giving `body(v, isSource, sum)` for
    /// every reached node, `sum` = Σ coef[w] over its DAG successors `w`, and stores
    /// `coef[v] = (1 + σ(v)·sum) / σ(v)`. `edge(e, value)` receives `σ(v)·coef[w]` for every DAG
    /// edge when edge ids were recorded.
    @inline(__always)
    private func backward(edgeValue: ((Int32, Double) -> Void)?, node: (Int, Double) -> Void) {
        let rec = self.rec, coef = self.coef, sigma = self.sigma, order = self.order, acc = self.acc
        let start = self.start, pstart = self.pstart, levelStart = self.levelStart
        let re = recEdge
        for d in stride(from: levelCount - 1, through: 0, by: -1) {
            let lo = levelStart[d], hi = levelStart[d + 1]
            switch step[d] {
            case .topDown:
                for i in lo ..< hi {
                    let v = Int(order[i])
                    let sv = sigma[v]
                    var sum = 0.0
                    for k in start[i] ..< start[i + 1] {
                        let c = coef[Int(rec[k])]
                        sum += c
                        if let edgeValue { edgeValue(re.unsafelyUnwrapped[k], sv * c) }
                    }
                    node(v, sum)
                    coef[v] = (1 + sv * sum) / sv
                }
            case .bottomUp:
                let end = d + 1 < levelCount ? levelStart[d + 2] : hi
                for j in hi ..< end {
                    let cw = coef[Int(order[j])]
                    for k in pstart[j] ..< pstart[j + 1] {
                        let u = Int(rec[k])
                        acc[u] += cw
                        if let edgeValue { edgeValue(re.unsafelyUnwrapped[k], sigma[u] * cw) }
                    }
                }
                for i in lo ..< hi {
                    let v = Int(order[i])
                    let sum = acc[v]
                    acc[v] = 0
                    node(v, sum)
                    coef[v] = (1 + sigma[v] * sum) / sigma[v]
                }
            case .none:
                for i in lo ..< hi {
                    let v = Int(order[i])
                    node(v, 0)
                    coef[v] = 1 / sigma[v]
                }
            }
        }
    }

    /// The kind of step that expanded each level of the last search, for tests: "T" top-down,
    /// "B" bottom-up, "-" none (the component was exhausted).
    var stepTrace: String {
        String((0 ..< levelCount).map { d -> Character in
            switch step[d] {
            case .topDown: "T"
            case .bottomUp: "B"
            case .none: "-"
            }
        })
    }

    /// Node dependencies of the last search added into `bc` (`endpoints`: NetworkX's
    /// `_accumulate_endpoints` terms).
    @inline(__always)
    func accumulateNodes(endpoints: Bool, into bc: UnsafeMutableBufferPointer<Double>) {
        let bcp = bc.baseAddress!, sigma = self.sigma
        let s = Int(order[0])
        backward(edgeValue: nil) { v, sum in
            if v == s { return }
            let delta = sigma[v] * sum
            bcp[v] += endpoints ? delta + 1 : delta
        }
        if endpoints { bcp[s] += Double(count - 1) }
    }

    /// Edge dependencies of the last search (`recordEdges: true`) added into `ebc` by edge id.
    @inline(__always)
    func accumulateEdges(into ebc: UnsafeMutableBufferPointer<Double>) {
        let ebp = ebc.baseAddress!
        backward(edgeValue: { e, x in ebp[Int(e)] += x }, node: { _, _ in })
    }
}

import Graphviz

// The module `Graphviz` has an enum of the same name, so `GVNode` does not name the
// module's type; these aliases do, beside AgencyModel's `Node` and `Edge`.
typealias GVNode = Node
typealias GVEdge = Edge

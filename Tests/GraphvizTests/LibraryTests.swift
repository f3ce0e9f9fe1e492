import Testing
@testable import Graphviz

@Test func headerVersionIsAGraphvizVersion() {
    let parts = GraphvizLibrary.headerVersion.split(separator: ".")
    #expect(parts.count >= 2)
    #expect(parts.allSatisfy { Int($0) != nil })
}

// spof-list: lists the single points of failure of a network, as an analyst's own tool would.
//
//   swift run spof-list graphs/belgium-counter-terrorism.yaml [hub]
//
// Prints one line per articulation point: the node, how many nodes it cuts off from the hub, and
// the objectives that would lose every contributor connected to the hub.
import AgencyAnalysis
import AgencyInterop
import AgencyModel
import Foundation

let arguments = CommandLine.arguments.dropFirst()
guard let path = arguments.first else {
    FileHandle.standardError.write(Data("usage: spof-list NETWORK [HUB]\n".utf8))
    exit(2)
}
do {
    let network = try NetworkInput.load(path).network
    let view = try AnalysisView(network: network, options: AnalysisOptions(directed: false))
    let options = SPOFOptions(hub: arguments.dropFirst().first, keyPlayers: 0, robustness: false)
    let report = try view.singlePointsOfFailure(options)
    for point in report.articulationPoints {
        let node = point.nodes[0]
        var line = "\(node.id) (\(node.label)): cuts off \(point.cutOff.count)"
        if !point.objectivesLost.isEmpty { line += "; objectives losing the hub: " + point.objectivesLost.joined(separator: ", ") }
        print(line)
    }
    print("\(report.articulationPoints.count) articulation points, \(report.bridges.count) bridges")
} catch let error as NetworkInputError {
    // Already located: FILE[:LINE:COL]: error: MESSAGE, one line per error.
    FileHandle.standardError.write(Data((error.description + "\n").utf8))
    exit(1)
} catch {
    FileHandle.standardError.write(Data("error: \(error)\n".utf8))
    exit(1)
}

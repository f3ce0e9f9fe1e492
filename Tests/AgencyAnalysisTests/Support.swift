import AgencyAnalysis
import AgencyModel
import Foundation

/// The package's root folder, for files under `graphs/` and `examples/`.
let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent()

/// The Belgian network, read and validated once.
let belgium: Network = {
    try! NetworkReader.loadValid(contentsOf: packageRoot.appendingPathComponent("graphs/belgium-counter-terrorism.yaml").path)
}()

func view(_ filter: ViewFilter = ViewFilter(), directed: Bool = true, weight: WeightSpec? = nil,
          on network: Network = belgium) throws -> AnalysisView {
    try AnalysisView(network: filter.apply(to: network), options: AnalysisOptions(directed: directed, weight: weight))
}

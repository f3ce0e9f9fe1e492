import AgencyAnalysis
import ArgumentParser

/// `agencygraph layers`: multiplex measures per layer, per node and per pair of layers.
struct LayersCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "layers",
        abstract: "Each relation layer on its own (nodes, edges, components, articulation points), each node's degree per layer, overlapping degree and multiplex participation, and the overlap of each pair of layers.",
        discussion: "Edges are read undirected and self-loops ignored, whatever --undirected says; degrees count distinct neighbours (Battiston, Nicosia & Latora 2014). See docs/cli.md, \"layers\".")

    @OptionGroup var analysis: AnalysisArguments
    @OptionGroup var view: ViewOptions
    @OptionGroup var output: OutputOptions

    func run() throws {
        let v = try AnalysisRunner.view(analysis, view, output, scope: .whole)
        let report = try AnalysisRunner.run { () throws(AnalysisError) in try v.layerMeasures() }
        try ReportOutput.emit(report, view: v, output)
    }
}

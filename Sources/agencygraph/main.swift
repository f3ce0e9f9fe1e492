import ArgumentParser
import Graphviz

struct AgencyGraphCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "agencygraph",
        abstract: "Model, analyse and draw inter-agency coordination networks.",
        version: "0.1.0 (Graphviz \(GraphvizLibrary.headerVersion))",
        subcommands: [ValidateCommand.self, FmtCommand.self]
    )
}

AgencyGraphCommand.main()

import ArgumentParser
import Foundation
import Graphviz

struct AgencyGraphCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "agencygraph",
        abstract: "Model, analyse and draw inter-agency coordination networks.",
        discussion: "Exit codes: 0 ok, 1 findings or invalid input, 2 usage, 3 environment (e.g. Graphviz missing). See docs/cli.md.",
        version: "\(AgencyGraphVersion.current) (Graphviz \(GraphvizLibrary.headerVersion))",
        subcommands: [ValidateCommand.self, FmtCommand.self, RenderCommand.self, ConvertCommand.self,
                      StatsCommand.self, PathCommand.self, SpofCommand.self, CoverageCommand.self,
                      CentralityCommand.self, BrokerageCommand.self, CommunitiesCommand.self, WhatIfCommand.self, LayersCommand.self, DiffCommand.self, BriefCommand.self, ExploreCommand.self]
    )
}

CommandLine.exitWith(AgencyGraphCommand.self)

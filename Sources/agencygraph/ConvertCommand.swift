import AgencyInterop
import AgencyModel
import ArgumentParser
import Foundation

/// `agencygraph convert`: between AgencyGraph's format and the formats other tools use.
struct ConvertCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "convert",
        abstract: "Convert a network between AgencyGraph YAML/JSON and GraphML, GEXF, node-link JSON, CSV, DOT, Pajek, edge lists and Neo4j.",
        discussion: """
            Formats come from the extensions (.yaml/.yml, .graphml, .gexf, .json, .csv, .dot/.gv, \
            .net, .edgelist, .cypher, .neo4j for a neo4j-admin folder) or from --from/--to: \
            \(InteropFormat.allCases.map(\.rawValue).joined(separator: ", ")). An input .json is \
            AgencyGraph JSON when it starts with "format" or "network", else node-link JSON; an \
            output .json is node-link JSON (use --to json for AgencyGraph JSON). CSV writes \
            OUT.nodes.csv and OUT.edges.csv. What a format cannot carry is listed on stderr as \
            warnings (exit 0). Exit status: 0 ok, 1 invalid input, 2 usage, 3 an output cannot be \
            written. Mapping rules: docs/formats.md.
            """
    )

    @Argument(help: "The input file (for neo4j-admin, a folder).")
    var input: String

    @Option(name: [.short, .customLong("output")], help: "The file to write ('-' writes standard output; CSV writes two files, neo4j-admin a folder).")
    var output: String

    @Option(help: ArgumentHelp("The input's format (default: from its name).", valueName: "format"))
    var from: String?

    @Option(help: ArgumentHelp("The output's format (default: from its name).", valueName: "format"))
    var to: String?

    func run() throws {
        let names = InteropFormat.allCases.map(\.rawValue).joined(separator: ", ")
        func parse(_ name: String, option: String) throws -> InteropFormat {
            guard let f = InteropFormat(rawValue: name.lowercased()) else {
                throw CLIFailure(DiagnosticText.format(file: nil, "\(option): unknown format '\(name)'; use one of \(names)"), status: .usage)
            }
            return f
        }
        let inputFormat: InteropFormat
        if let from { inputFormat = try parse(from, option: "--from") } else {
            if input == "-" {
                throw CLIFailure(DiagnosticText.format(file: nil, "reading standard input needs --from (\(names))"), status: .usage)
            }
            let csvPair = CSVFormat.paths(forOutput: input)
            guard FileManager.default.fileExists(atPath: input) || (input.lowercased().hasSuffix(".csv")
                && (FileManager.default.fileExists(atPath: csvPair.nodes) || FileManager.default.fileExists(atPath: csvPair.edges))) else {
                throw CLIFailure(DiagnosticText.format(file: input, "no such file"), status: .invalidInput)
            }
            guard let f = InteropFormat(inputPath: input) else {
                throw CLIFailure(DiagnosticText.format(file: nil, "cannot tell the format of '\(input)'; give --from (\(names))"), status: .usage)
            }
            inputFormat = f
        }
        guard inputFormat.isReadable else {
            throw CLIFailure(DiagnosticText.format(file: nil, "--from: \(inputFormat.displayName) is written, not read"), status: .usage)
        }
        let outputFormat: InteropFormat
        if let to { outputFormat = try parse(to, option: "--to") } else {
            guard output != "-", let f = InteropFormat(outputPath: output) else {
                throw CLIFailure(DiagnosticText.format(file: nil, "cannot tell the output format from '\(output)'; give --to (\(names))"), status: .usage)
            }
            outputFormat = f
        }
        if output == "-" && (outputFormat == .csv || outputFormat == .neo4jAdmin) {
            throw CLIFailure(DiagnosticText.format(file: nil, "\(outputFormat.displayName) writes several files and cannot go to standard output"), status: .usage)
        }

        let imported: ImportResult
        do {
            if input == "-" {
                let data = try Files.read("-")
                guard let text = String(data: data, encoding: .utf8) else {
                    throw CLIFailure(DiagnosticText.format(file: "<stdin>", "not UTF-8 text"), status: .invalidInput)
                }
                imported = try Interop.read(text, format: inputFormat, file: "<stdin>")
            } else {
                imported = try Interop.read(contentsOf: input, format: inputFormat)
            }
        } catch let error as InteropError {
            throw CLIFailure(error.description, status: .invalidInput)
        }
        for warning in imported.warnings {
            StandardError.write(DiagnosticText.format(file: input, severity: "warning", warning))
        }
        let result = Interop.write(imported.network, as: outputFormat, to: output)
        for warning in result.warnings {
            StandardError.write(DiagnosticText.format(file: output, severity: "warning", warning))
        }
        for file in result.files {
            try Files.write(file.bytes, to: file.path)
        }
    }
}

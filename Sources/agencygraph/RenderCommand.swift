import ArgumentParser
import Foundation
import Graphviz

/// `agencygraph render`: lays out and renders a DOT file.
struct RenderCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "render",
        abstract: "Lay out and render a DOT file to SVG, PNG, PDF, canonical DOT, JSON or plain text.",
        discussion: """
            The output format comes from --format, else from the extension of --output \
            (.svg, .png, .pdf, .dot/.gv, .json, .plain/.txt). Graphviz's messages are reported as \
            FILE:LINE: error: MESSAGE; nothing is written when rendering fails.
            """
    )

    @Argument(help: "The DOT file to render ('-' reads standard input).")
    var input: String

    @Option(name: [.short, .customLong("output")], help: "The file to write ('-' writes standard output).")
    var output: String

    @Option(help: "Layout engine: dot, neato, fdp, sfdp, circo, twopi, osage, patchwork.")
    var engine: String = "dot"

    @Option(help: "Output format: svg, png, pdf, dot (canonical DOT), json, plain. Default: from the output's extension (svg for standard output).")
    var format: String?

    func run() throws {
        let outputFormat = try resolveFormat()
        let engines = try withEnvironmentCheck { try Graphviz.availableEngines() }
        guard engines.contains(engine) else {
            throw CLIFailure(DiagnosticText.format(file: nil, "unknown layout engine '\(engine)'; available engines: \(engines.joined(separator: ", "))"), status: .usage)
        }
        let data = try Files.read(input)
        guard let text = String(data: data, encoding: .utf8) else {
            throw CLIFailure(DiagnosticText.format(file: input, "not UTF-8 text; a DOT file is expected"), status: .invalidInput)
        }
        let rendered: RenderOutput
        do {
            rendered = try Graphviz.render(dot: text, engine: LayoutEngine(engine), format: outputFormat)
        } catch let error as GraphvizError {
            throw failure(for: error)
        }
        for warning in rendered.warnings {
            StandardError.write(DiagnosticText.format(file: input, severity: "warning", warning))
        }
        try Files.write(rendered.data, to: output)
    }

    private func resolveFormat() throws -> OutputFormat {
        if let format {
            switch format.lowercased() {
            case "dot", "canon", "gv": return .dot
            case "svg", "png", "pdf", "json", "plain": return OutputFormat(format.lowercased())
            default:
                throw CLIFailure(DiagnosticText.format(file: nil, "unknown format '\(format)'; use one of svg, png, pdf, dot, json, plain"), status: .usage)
            }
        }
        if output == "-" { return .svg }
        let ext = URL(fileURLWithPath: output).pathExtension
        guard let f = OutputFormat(fileExtension: ext) else {
            throw CLIFailure(DiagnosticText.format(file: nil, "cannot tell the format from '\(output)'; give --format svg|png|pdf|dot|json|plain"), status: .usage)
        }
        return f
    }

    private func failure(for error: GraphvizError) -> CLIFailure {
        switch error {
        case let .syntax(message, line):
            let lines = message.split(separator: "\n").map { DiagnosticText.format(file: input, line: line, String($0)) }
            return CLIFailure(lines: lines, status: .invalidInput)
        case .pluginsMissing:
            return CLIFailure(DiagnosticText.format(file: nil, error.description), status: .environment)
        case .unknownEngine, .unknownFormat:
            return CLIFailure(DiagnosticText.format(file: nil, error.description), status: .usage)
        default:
            return CLIFailure(DiagnosticText.format(file: input, error.description), status: .invalidInput)
        }
    }
}

/// Runs a Graphviz query and turns a missing installation into exit status 3 with the fix.
func withEnvironmentCheck<T>(_ body: () throws -> T) throws -> T {
    do {
        return try body()
    } catch let error as GraphvizError {
        throw CLIFailure(DiagnosticText.format(file: nil, error.description), status: .environment)
    }
}

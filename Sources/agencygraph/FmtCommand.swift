import AgencyInterop
import AgencyModel
import ArgumentParser
import Foundation

/// `agencygraph fmt`: rewrite a network file in canonical form.
struct FmtCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "fmt",
        abstract: "Print a network file in canonical form, check it (--check) or rewrite it (--write).",
        discussion: """
            Canonical form: fixed key order, the author's order of sources, nodes and edges, \
            whole-line comments above keys and items kept, end-of-line comments dropped \
            (see docs/format.md). Exit status: 0 ok (or already canonical with --check), \
            1 not canonical (--check), structural errors or an unreadable file, 2 usage error, \
            3 the file could not be written.
            """
    )

    @Argument(help: "The AgencyGraph network file (.yaml, .yml or .json); other formats are refused (convert them first).")
    var file: String

    @Flag(help: "Do not print; exit 1 if the file is not in canonical form.")
    var check = false

    @Flag(help: "Rewrite the file in place.")
    var write = false

    func run() throws {
        if check && write {
            StandardError.error("--check and --write cannot be used together")
            throw ExitCode(ExitStatus.usage.rawValue)
        }
        if let foreign = ForeignInput.format(of: file) {
            StandardError.write(ForeignInput.refusal(file, foreign, command: "fmt"))
            throw ExitCode(ExitStatus.invalidInput.rawValue)
        }
        let outcome: NetworkFormatter.Outcome
        do {
            outcome = try NetworkFormatter.format(contentsOf: file)
        } catch {
            StandardError.error(error.description)
            throw ExitCode(ExitStatus.invalidInput.rawValue)
        }
        switch outcome {
        case .failed(let diagnostics):
            for diagnostic in diagnostics { StandardError.write(diagnostic.description) }
            throw ExitCode(ExitStatus.invalidInput.rawValue)
        case .formatted(let output, let unchanged):
            if check {
                if !unchanged {
                    StandardError.write("\(file): not in canonical form (run: agencygraph fmt --write \(file))")
                    throw ExitCode(ExitStatus.invalidInput.rawValue)
                }
            } else if write {
                guard !unchanged else { return }
                do {
                    try Data(output.utf8).write(to: URL(fileURLWithPath: file), options: .atomic)
                } catch {
                    StandardError.error("\(file): cannot write: \(error)")
                    throw ExitCode(ExitStatus.environment.rawValue)
                }
            } else {
                print(output, terminator: "")
            }
        }
    }
}

import AgencyInterop
import AgencyModel
import ArgumentParser
import Foundation

/// `agencygraph validate`: check network files and print located diagnostics.
struct ValidateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "validate",
        abstract: "Check network files (YAML or JSON) and report every problem with its location.",
        discussion: """
            Prints `file:line:column: error|warning: message` on stderr (or a JSON array on stdout \
            with --format json). Exit status: 0 no errors, 1 errors found or a file could not be read, \
            2 usage error (see docs/cli.md).
            """
    )

    enum OutputFormat: String, CaseIterable, ExpressibleByArgument {
        case text, json
    }

    @Argument(help: "AgencyGraph network files to check (.yaml, .yml or .json); files in other formats are refused (convert them first).")
    var files: [String]

    @Option(name: .customLong("source"), help: ArgumentHelp(
        "The text of a source, to check that excerpts occur in it: ID=PATH (repeatable).", valueName: "id=path"))
    var sources: [String] = []

    @Option(help: "Output format: text (diagnostics on stderr) or json (an array on stdout).")
    var format: OutputFormat = .text

    @Option(name: .customLong("max-file-size"), help: ArgumentHelp(
        "The largest file read, in MiB (default: $AGENCYGRAPH_MAX_FILE_SIZE, else 50).", valueName: "mib"))
    var maxFileSize: Int?

    @Option(name: .customLong("max-nodes"), help: ArgumentHelp(
        "The most nodes a network may have (default: $AGENCYGRAPH_MAX_NODES, else 1000000).", valueName: "n"))
    var maxNodes: Int?

    @Option(name: .customLong("max-edges"), help: ArgumentHelp(
        "The most edges a network may have (default: $AGENCYGRAPH_MAX_EDGES, else 2000000).", valueName: "n"))
    var maxEdges: Int?

    func validate() throws {
        if let maxFileSize, maxFileSize < 1 || maxFileSize > Int.max / 1_048_576 {
            throw ValidationError("--max-file-size must be a whole number of MiB, at least 1")
        }
        if let maxNodes, maxNodes < 0 { throw ValidationError("--max-nodes must be a whole number, at least 0") }
        if let maxEdges, maxEdges < 0 { throw ValidationError("--max-edges must be a whole number, at least 0") }
    }

    func run() throws {
        if let maxFileSize { InputLimits.setMaximumFileSize(maxFileSize * 1_048_576) }
        if let maxNodes { InputLimits.setMaximumNodes(maxNodes) }
        if let maxEdges { InputLimits.setMaximumEdges(maxEdges) }
        var sourceTexts: [String: String] = [:]
        for spec in sources {
            guard let equals = spec.firstIndex(of: "="), equals != spec.startIndex,
                  spec.index(after: equals) != spec.endIndex else {
                StandardError.error("--source expects ID=PATH, got '\(spec)'")
                throw ExitCode(ExitStatus.usage.rawValue)
            }
            let id = String(spec[..<equals])
            let path = String(spec[spec.index(after: equals)...])
            guard let data = FileManager.default.contents(atPath: path) else {
                StandardError.error("cannot read source text '\(path)' for '\(id)'")
                throw ExitCode(ExitStatus.invalidInput.rawValue)
            }
            sourceTexts[id] = String(decoding: data, as: UTF8.self)
        }
        var all: [Diagnostic] = []
        var unreadable = false
        for file in files {
            if let foreign = ForeignInput.format(of: file) {
                StandardError.write(ForeignInput.refusal(file, foreign, command: "validate"))
                unreadable = true
                continue
            }
            do {
                all += try NetworkReader.validate(contentsOf: file, sourceTexts: sourceTexts).map(LibraryErrors.withOption)
            } catch {
                StandardError.error(error.description)
                unreadable = true
            }
        }
        switch format {
        case .text:
            for diagnostic in all { StandardError.write(diagnostic.description) }
            let errors = all.filter { $0.severity == .error }.count
            let warnings = all.count - errors
            StandardError.write("\(errors) error\(errors == 1 ? "" : "s"), \(warnings) warning\(warnings == 1 ? "" : "s") in \(files.count) file\(files.count == 1 ? "" : "s")")
        case .json:
            print(all.jsonText(), terminator: "")
        }
        if unreadable { throw ExitCode(ExitStatus.invalidInput.rawValue) }
        if all.containsErrors { throw ExitCode(ExitStatus.invalidInput.rawValue) }
    }
}


/// `validate` and `fmt` work on AgencyGraph's own YAML/JSON, the files people edit: a file that the
/// one detection (AgencyInterop's `InteropFormat(inputPath:)`) names as another format is refused
/// with the command that converts it. Files whose format cannot be told, and `.json` files, are
/// read as AgencyGraph's own, so that their errors are located — but for a `.json` file that
/// opens as NetworkX writes node-link JSON (`{"directed": …` or `{"multigraph": …`, what
/// `convert -o X.json` writes): read as AgencyGraph JSON it would give an error per node and edge
/// (369,658 for a 20,000-agency network) instead of one line saying what it is.
enum ForeignInput {
    static func format(of path: String) -> InteropFormat? {
        if (path as NSString).pathExtension.lowercased() == "json" {
            return InteropFormat(inputPath: path) == .nodeLink && opensAsNodeLink(path) ? .nodeLink : nil
        }
        guard let format = InteropFormat(inputPath: path), format != .yaml, format != .json else { return nil }
        return format
    }

    /// Whether the file's first key is NetworkX's `directed` or `multigraph`.
    private static func opensAsNodeLink(_ path: String) -> Bool {
        guard let handle = FileHandle(forReadingAtPath: path) else { return false }
        defer { try? handle.close() }
        let head = String(decoding: (try? handle.read(upToCount: 256)) ?? Data(), as: UTF8.self)
        let text = head.drop { $0.isWhitespace || $0 == "\u{FEFF}" }
        guard text.first == "{" else { return false }
        let key = text.dropFirst().drop { $0.isWhitespace }
        return key.hasPrefix("\"directed\"") || key.hasPrefix("\"multigraph\"")
    }

    static func refusal(_ path: String, _ format: InteropFormat, command: String) -> String {
        DiagnosticText.format(file: path, "the file is read as \(format.displayName), not AgencyGraph YAML/JSON; \(command) works on AgencyGraph files: convert it first (agencygraph convert \(path) -o OUT.yaml); analyses, render and brief read it directly")
    }
}

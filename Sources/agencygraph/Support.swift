import ArgumentParser
import Foundation

/// The exit codes of every command, documented in docs/cli.md.
enum ExitStatus: Int32 {
    case ok = 0
    /// Findings (e.g. validation errors) or invalid input.
    case invalidInput = 1
    /// Bad command line.
    case usage = 2
    /// The environment is not usable (e.g. Graphviz's plugins are missing, an output cannot be written).
    case environment = 3
}

/// A failure a command reports to the user: already-formatted diagnostic lines and an exit status.
struct CLIFailure: Error {
    var lines: [String]
    var status: ExitStatus

    init(_ line: String, status: ExitStatus) {
        self.lines = [line]
        self.status = status
    }

    init(lines: [String], status: ExitStatus) {
        self.lines = lines
        self.status = status
    }
}

/// Writes diagnostics in the `file:line:column: error: message` shape compilers use.
enum DiagnosticText {
    static func format(file: String?, line: Int? = nil, column: Int? = nil, severity: String = "error", _ message: String) -> String {
        var location = ""
        if let file {
            location = file
            if let line {
                location += ":\(line)"
                if let column { location += ":\(column)" }
            }
            location += ": "
        }
        return "\(location)\(severity): \(message)"
    }
}

enum StandardError {
    /// Writes one line to standard error.
    static func write(_ text: String) {
        FileHandle.standardError.write(Data((text + "\n").utf8))
    }

    /// Writes `error: MESSAGE` (a message that already names its file keeps it).
    static func error(_ message: String) {
        write(DiagnosticText.format(file: nil, message))
    }
}

extension CommandLine {
    /// Parses the command line, runs the command and exits with the documented status: usage errors
    /// exit 2 (not swift-argument-parser's 64), ``CLIFailure`` its own status.
    static func exitWith<Root: ParsableCommand>(_ root: Root.Type) -> Never {
        do {
            var command = try Root.parseAsRoot()
            try command.run()
            exit(ExitStatus.ok.rawValue)
        } catch let failure as CLIFailure {
            for line in failure.lines { StandardError.write(line) }
            exit(failure.status.rawValue)
        } catch let code as ExitCode {
            exit(code.rawValue)
        } catch {
            let code = Root.exitCode(for: error)
            let message = Root.fullMessage(for: error)
            if code == .success {
                if !message.isEmpty { print(message) }
                exit(0)
            }
            if !message.isEmpty { StandardError.write(message) }
            exit(ExitStatus.usage.rawValue)
        }
    }
}

/// Reading inputs and writing outputs without losing anything: outputs are written atomically
/// (a temporary file renamed into place), so a failure never leaves a half-written file.
enum Files {
    /// Reads a file (or standard input for `-`) fully.
    static func read(_ path: String) throws -> Data {
        if path == "-" { return FileHandle.standardInput.readDataToEndOfFile() }
        guard FileManager.default.fileExists(atPath: path) else {
            throw CLIFailure(DiagnosticText.format(file: path, "no such file"), status: .invalidInput)
        }
        do {
            return try Data(contentsOf: URL(fileURLWithPath: path))
        } catch {
            throw CLIFailure(DiagnosticText.format(file: path, "cannot read: \(error.localizedDescription)"), status: .invalidInput)
        }
    }

    /// Writes bytes to a file atomically (or to standard output for `-`), creating parent folders.
    static func write(_ bytes: [UInt8], to path: String) throws {
        if path == "-" {
            FileHandle.standardOutput.write(Data(bytes))
            return
        }
        let url = URL(fileURLWithPath: path)
        do {
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(bytes).write(to: url, options: .atomic)
        } catch {
            throw CLIFailure(DiagnosticText.format(file: path, "cannot write: \(error.localizedDescription)"), status: .environment)
        }
    }
}

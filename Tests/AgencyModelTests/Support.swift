import Foundation
import Testing
@testable import AgencyModel

/// Paths of the package and its test fixtures, found from this file's location.
enum Paths {
    /// The package root: three levels above `Tests/AgencyModelTests/Support.swift`.
    static let packageRoot: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static let testsFolder = packageRoot.appendingPathComponent("Tests/AgencyModelTests")

    static func root(_ relative: String) -> String { packageRoot.appendingPathComponent(relative).path }
    static func tests(_ relative: String) -> String { testsFolder.appendingPathComponent(relative).path }

    /// The Belgian seed text, kept with the data under graphs/sources/.
    static let seedText = root("graphs/sources/belgium-counter-terrorism.fr.txt")
}

/// Reads and decodes a text without touching the file system.
func load(_ text: String, file: String = "test.yaml", format: FileFormat = .yaml) -> LoadResult {
    NetworkReader.read(text: text, file: file, format: format)
}

/// Reads and validates a text; all diagnostics as printed lines.
func diagnosticLines(_ text: String, file: String = "test.yaml", format: FileFormat = .yaml,
                     sourceTexts: [String: String] = [:]) -> [String] {
    NetworkReader.validated(load(text, file: file, format: format), sourceTexts: sourceTexts).map(\.description)
}

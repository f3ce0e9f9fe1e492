import Foundation
import Testing
import AgencyGraphTestSupport

/// The version has one source of truth, the `VERSION` file at the repository root: what
/// `agencygraph --version` prints (Sources/agencygraph/Version.swift) and the newest CHANGELOG.md
/// section must both equal it.
@Suite("agencygraph --version")
struct VersionTests {
    static func versionFile() throws -> String {
        let url = CLIRunner.packageRoot.appendingPathComponent("VERSION")
        return try String(contentsOf: url, encoding: .utf8).trimmingCharacters(in: .whitespacesAndNewlines)
    }

    @Test func versionFileIsASemanticVersion() throws {
        let version = try Self.versionFile()
        let parts = version.split(separator: ".", omittingEmptySubsequences: false)
        #expect(parts.count == 3 && parts.allSatisfy { !$0.isEmpty && $0.allSatisfy(\.isNumber) },
                "VERSION holds \"\(version)\", expected MAJOR.MINOR.PATCH")
    }

    @Test func printedVersionIsTheVersionFile() throws {
        let version = try Self.versionFile()
        let r = try CLIRunner.run(["--version"])
        #expect(r.status == 0)
        let printed = r.stdout.split(separator: " ").first.map(String.init) ?? ""
        #expect(printed == version,
                "agencygraph --version prints \"\(printed)\" but VERSION holds \"\(version)\": change Sources/agencygraph/Version.swift")
        #expect(r.stdout.contains("(Graphviz "))
    }

    @Test func changelogStartsWithThisVersion() throws {
        let version = try Self.versionFile()
        let changelog = try String(contentsOf: CLIRunner.packageRoot.appendingPathComponent("CHANGELOG.md"), encoding: .utf8)
        let firstRelease = changelog.split(separator: "\n").first { $0.hasPrefix("## ") }
        #expect(firstRelease?.hasPrefix("## \(version)") == true,
                "CHANGELOG.md's newest section is \"\(firstRelease ?? "none")\", expected \"## \(version)\"")
    }
}

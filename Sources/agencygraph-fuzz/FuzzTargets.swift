import AgencyAnalysis
import AgencyInterop
@_spi(Testing) import AgencyModel
import Briefing
import Foundation
import Graphviz
import TextKit

/// The fuzz targets, one function per input surface. Each must return normally for every input:
/// refusals are errors (fine); a crash, a trap or a broken invariant (`fatalError`) is a finding.
///
/// Built two ways (docs/security.md, `make fuzz`):
/// - with `-sanitize=fuzzer -D FUZZING`, libFuzzer drives ``LLVMFuzzerTestOneInput``; the
///   target is chosen by the environment variable `FUZZ_TARGET`;
/// - normally, `agencygraph-fuzz TARGET FILE|FOLDER…` runs each file through the target once: the
///   regression runner for the corpus of every input that ever crashed (`Fuzz/crashes/TARGET/`).
enum FuzzTarget: String, CaseIterable {
    case yaml, json, graphml, gexf, nodeLink = "node-link", csv, pajek, edgelist, dot
    /// The fast YAML scanner against libyaml: whenever it reads a text, it must build what
    /// libyaml's events build (`FastYAMLCheck`); a difference is a finding.
    case yamlFast = "yaml-fast"
    /// cgraph's parser, then the sanitiser, then SVG: the output must pass SafeSVG. The `nop`
    /// engine (no layout) is used: what reaches the SVG is per object, and Graphviz 2.43's `dot`
    /// layout has crashes of its own (SIGSEGV in `expand_cluster`, Fuzz/crashes/dot-sanitizer/
    /// crash-dot-layout-expand-cluster.dot) that would drown the sanitiser's findings; `render`
    /// contains those in its child process.
    case dotSanitizer = "dot-sanitizer"
    /// The SVG gate itself: any bytes, never a crash.
    case svgGate = "svg-gate"
    /// A network (YAML) that validates, briefed as `brief` does (the whole, actors and policy
    /// views; the first agency as hub), then written as HTML, Markdown, figures and JSON through
    /// the writer's gates (`BriefingWriter.checked`). Analyses may refuse (a typed error); a gate
    /// that refuses what the briefing wrote from valid data is an escaping bug: a finding.
    case briefing

    func run(_ bytes: [UInt8]) {
        switch self {
        case .yaml, .json:
            _ = NetworkReader.read(data: Data(bytes), file: "fuzz", format: self == .yaml ? .yaml : .json)
        case .yamlFast:
            if case .different(let why) = FastYAMLCheck.compare(bytes) {
                fatalError("the fast YAML scanner and libyaml differ: \(why)\n--- input ---\n\(String(decoding: bytes, as: UTF8.self))")
            }
        case .graphml, .gexf, .nodeLink, .csv, .pajek, .edgelist, .dot:
            guard let text = String(validating: bytes, as: UTF8.self) else { return }
            let format: InteropFormat = switch self {
            case .graphml: .graphml
            case .gexf: .gexf
            case .nodeLink: .nodeLink
            case .csv: .csv
            case .pajek: .pajek
            case .edgelist: .edgelist
            default: .dot
            }
            guard let imported = try? Interop.read(text, format: format, file: "fuzz") else { return }
            // Issue 15, item 4: what a foreign reader accepts, `convert` writes as YAML that validates.
            let yaml = NetworkWriter.yaml(imported.network)
            let errors = NetworkReader.validated(NetworkReader.read(text: yaml, file: "back.yaml", format: .yaml)).filter { $0.severity == .error }
            if let first = errors.first {
                fatalError("an imported network does not validate (\(errors.count) errors): \(first)\n--- input ---\n\(text)")
            }
        case .dotSanitizer:
            guard let text = String(validating: bytes, as: UTF8.self) else { return }
            do {
                _ = try Graphviz.render(dot: text, engine: LayoutEngine("nop"), format: .svg)
            } catch GraphvizError.unsafeOutput(let message) {
                // The sanitiser let through something the gate caught: a sanitiser bug.
                fatalError("sanitised DOT rendered to an unsafe SVG: \(message)\n--- input ---\n\(text)")
            } catch {
                // Refusals (syntax, limits, layout failures) are fine.
            }
        case .svgGate:
            _ = SafeSVG.check(bytes)
        case .briefing:
            Self.brief(bytes)
        }
    }

    /// The briefing target's body (see ``briefing``).
    static func brief(_ bytes: [UInt8]) {
        let result = NetworkReader.read(data: Data(bytes), file: "fuzz.yaml", format: .yaml)
        guard let network = result.loaded?.network, !NetworkReader.validated(result).containsErrors else { return }
        func view(_ scope: QuestionScope) throws -> AnalysisView {
            try AnalysisView(network: try scope.completing(ViewFilter(), for: network).apply(to: network), context: network)
        }
        let hub = network.nodes.first { $0.kind == .agency }?.id
        do {
            var builder = BriefingBuilder(view: try view(.whole), context: network, options: BriefingOptions(hub: hub),
                                          actors: try view(.actors), policy: try view(.policy))
            let (document, results) = try builder.build()
            _ = try BriefingWriter.checked(document)
            _ = try BriefingWriter.json(document, results: results)
        } catch BriefingError.unsafeOutput(let file, let violation) {
            fatalError("the briefing of a valid network failed its gate: \(file): \(violation)")
        } catch {
            // Typed refusals (a view the analyses cannot read, a hub outside the view) are fine.
        }
    }
}

#if FUZZING
nonisolated(unsafe) private var selected: FuzzTarget?

/// libFuzzer's entry for programs that have their own `main` (SwiftPM gives every executable one).
@_silgen_name("LLVMFuzzerRunDriver")
func LLVMFuzzerRunDriver(_ argc: UnsafeMutablePointer<CInt>,
                         _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>,
                         _ callback: @convention(c) (UnsafePointer<UInt8>?, Int) -> CInt) -> CInt

/// The target named by `FUZZ_TARGET`, chosen once.
private func selectedTarget() -> FuzzTarget {
    if let selected { return selected }
    let name = ProcessInfo.processInfo.environment["FUZZ_TARGET"] ?? ""
    guard let target = FuzzTarget(rawValue: name) else {
        FileHandle.standardError.write(Data("set FUZZ_TARGET to one of: \(FuzzTarget.allCases.map(\.rawValue).joined(separator: ", "))\n".utf8))
        exit(2)
    }
    selected = target
    return target
}

/// libFuzzer's own `main` calls this (the linker takes libFuzzer's `main` from its archive).
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    selectedTarget().run(size == 0 ? [] : Array(UnsafeBufferPointer(start: data, count: size)))
    return 0
}

/// SwiftPM's entry point, should the linker use it instead: hands over to libFuzzer's driver.
@main
enum FuzzDriver {
    static func main() {
        _ = selectedTarget()
        var argc = CommandLine.argc
        var argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = CommandLine.unsafeArgv
        exit(LLVMFuzzerRunDriver(&argc, &argv) { data, size in fuzzOneInput(data, size) })
    }
}
#else
@main
enum RegressionRunner {
    static func main() {
        let arguments = Array(CommandLine.arguments.dropFirst())
        guard let name = arguments.first, let target = FuzzTarget(rawValue: name), arguments.count > 1 else {
            FileHandle.standardError.write(Data("usage: agencygraph-fuzz TARGET FILE|FOLDER…\ntargets: \(FuzzTarget.allCases.map(\.rawValue).joined(separator: ", "))\n".utf8))
            exit(2)
        }
        var count = 0
        for path in arguments.dropFirst() {
            var isFolder: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) else {
                FileHandle.standardError.write(Data("\(path): no such file\n".utf8))
                exit(2)
            }
            let files = isFolder.boolValue
                ? ((try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []).sorted().filter { !$0.hasPrefix(".") }.map { path + "/" + $0 }
                : [path]
            for file in files {
                guard let data = FileManager.default.contents(atPath: file) else { continue }
                target.run([UInt8](data))
                count += 1
            }
        }
        print("\(target.rawValue): \(count) inputs, no crash")
    }
}
#endif

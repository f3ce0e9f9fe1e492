import CGraphviz
import TextKit
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Layout and rendering through Graphviz's C library.
///
/// Every entry point takes the process-wide lock (`GraphvizLock`) for its whole duration, turns
/// the description into C structures, lays it out, renders it, and frees every C allocation
/// before returning (`agclose`, `gvFreeLayout`, `gvFreeRenderData`). Graphviz's messages are
/// captured through `agseterrf` and returned as errors or warnings; nothing is printed.
public enum Graphviz {
    /// Lays out `graph` with `engine` and renders it to `format`.
    ///
    /// - Throws: ``GraphvizError`` — unknown engine or format (with the available ones), a layout
    ///   or render failure with Graphviz's text, missing plugins, an invalid graph.
    /// - Complexity: that of the engine (`dot` is roughly quadratic and slow beyond a few
    ///   thousand nodes; `sfdp` scales to large graphs).
    public static func render(_ graph: Graph, engine: LayoutEngine = .dot, format: OutputFormat = .svg) throws -> RenderOutput {
        try GraphvizLock.withLock {
            let session = try Session.shared()
            try session.check(engine: engine, format: format)
            Capture.begin()
            defer { Capture.end() }
            let cgraph = try CGraphBuilder.build(graph)
            defer { _ = agclose(cgraph) }
            return try session.layoutAndRender(cgraph, engine: engine, format: format)
        }
    }

    /// Parses DOT text (e.g. from a user's file), makes it safe, lays it out and renders it.
    ///
    /// The text is treated as untrusted: a scalar that is not text (TextKit's rule) is a syntax
    /// error at its line and column; unsafe links, font names, ids, classes, colours, comments,
    /// style sheets and file-reading attributes are dropped with a warning, and values above
    /// ``RenderLimits`` are refused, before layout (`DOTSanitizer`). SVG output then passes
    /// `TextKit.SafeSVG` as every SVG this module renders does.
    ///
    /// - Throws: ``GraphvizError/syntax(message:line:)`` with Graphviz's message and line number
    ///   for malformed DOT, ``GraphvizError/limitExceeded(object:attribute:value:limit:)``, or any
    ///   error of ``render(_:engine:format:)``.
    public static func render(dot text: String, engine: LayoutEngine = .dot, format: OutputFormat = .svg) throws -> RenderOutput {
        try GraphvizLock.withLock {
            let session = try Session.shared()
            try session.check(engine: engine, format: format)
            Capture.begin()
            defer { Capture.end() }
            let cgraph = try parseC(text)
            defer { _ = agclose(cgraph) }
            let dropped = try DOTSanitizer.sanitize(cgraph, writesLinksAsXML: format.rawValue.hasPrefix("svg"))
            var output = try session.layoutAndRender(cgraph, engine: engine, format: format)
            output.warnings = dropped + output.warnings
            return output
        }
    }

    /// Parses DOT text and reports whether it is well formed, without laying it out.
    ///
    /// - Returns: the warnings Graphviz emitted while parsing.
    /// - Throws: ``GraphvizError/syntax(message:line:)`` for malformed DOT,
    ///   ``GraphvizError/notText(codePoint:line:column:)`` for a control character.
    @discardableResult
    public static func validate(dot text: String) throws -> [String] {
        try GraphvizLock.withLock {
            _ = try Session.shared()
            Capture.begin()
            defer { Capture.end() }
            let cgraph = try parseC(text)
            _ = agclose(cgraph)
            return Capture.messages().warnings
        }
    }

    /// The layout engines the installed Graphviz provides, sorted.
    public static func availableEngines() throws -> [String] {
        try GraphvizLock.withLock { try Session.shared().engines.sorted() }
    }

    /// The output formats the installed Graphviz provides, sorted (`canon` is canonical DOT, which
    /// this module writes without a layout).
    public static func availableFormats() throws -> [String] {
        try GraphvizLock.withLock { try Session.shared().formats.sorted() }
    }

    /// Checks that Graphviz's plugins are installed and configured, so that a program can fail at
    /// start-up with a message that says how to fix it rather than at its first render.
    public static func checkInstallation() throws {
        try GraphvizLock.withLock { _ = try Session.shared() }
    }

    /// Parses DOT text into a cgraph graph the caller must `agclose`. Must be called with the
    /// lock held and a capture begun.
    static func parseC(_ text: String) throws -> UnsafeMutablePointer<Agraph_t> {
        if let bad = Escape.firstNonText(in: text) {
            throw GraphvizError.notText(codePoint: Escape.codePoint(bad.scalar), line: bad.line, column: bad.column)
        }
        var text = text
        let g = text.withUTF8 { buffer in
            buffer.withMemoryRebound(to: CChar.self) { cgv_read($0.baseAddress, $0.count) }
        }
        let messages = Capture.messages()
        guard let g, messages.errors.isEmpty else {
            if let g { _ = agclose(g) }
            // Graphviz names the input "<input>" (set by cgv_read); the caller knows the real file.
            let text = messages.errors.isEmpty ? "the text holds no graph"
                : messages.errors.map { $0.hasPrefix("<input>: ") ? String($0.dropFirst(9)) : $0 }.joined(separator: "\n")
            throw GraphvizError.syntax(message: text, line: Capture.lineNumber(in: text))
        }
        return g
    }
}

/// The process-wide Graphviz context and what its plugins provide. Created once, on first use,
/// under the lock; kept for the life of the process (Graphviz's plugin tables are global anyway).
final class Session: @unchecked Sendable {
    let gvc: OpaquePointer
    let engines: Set<String>
    let formats: Set<String>

    nonisolated(unsafe) private static var cached: Result<Session, GraphvizError>?

    private init(gvc: OpaquePointer, engines: Set<String>, formats: Set<String>) {
        self.gvc = gvc
        self.engines = engines
        self.formats = formats
    }

    /// The shared session. Must be called with the lock held.
    static func shared() throws -> Session {
        if let cached { return try cached.get() }
        let result: Result<Session, GraphvizError>
        do { result = .success(try make()) } catch { result = .failure(error) }
        cached = result
        return try result.get()
    }

    private static func make() throws(GraphvizError) -> Session {
        Capture.install()
        Capture.begin()
        defer { Capture.end() }
        guard let gvc = gvContext() else {
            throw .pluginsMissing(kind: "any", fix: "gvContext() failed: " + Capture.messages().all.joined(separator: " "))
        }
        let engines = pluginList(gvc, kind: "layout")
        let formats = pluginList(gvc, kind: "device")
        let fix = "Register them with `sudo /usr/sbin/libgvc6-config-update -c` (Debian/Ubuntu package "
            + "libgvc6) or `sudo dot -c`; check that GVBINDIR, if set, points at the folder holding "
            + "libgvplugin_*.so and config6a."
        if engines.isEmpty { throw .pluginsMissing(kind: "layout", fix: fix) }
        if formats.isEmpty { throw .pluginsMissing(kind: "render", fix: fix) }
        return Session(gvc: gvc, engines: engines, formats: formats)
    }

    private static func pluginList(_ gvc: OpaquePointer, kind: String) -> Set<String> {
        var count: Int32 = 0
        guard let list = kind.withCString({ gvPluginList(gvc, $0, &count, nil) }) else { return [] }
        defer { free(list) }
        var names = Set<String>()
        for i in 0..<Int(max(count, 0)) {
            if let s = list[i] {
                let full = String(cString: s)
                names.insert(String(full.split(separator: ":").first ?? Substring(full)))
                free(s)
            }
        }
        return names
    }

    func check(engine: LayoutEngine, format: OutputFormat) throws {
        if format.needsLayout, !engines.contains(engine.rawValue) {
            throw GraphvizError.unknownEngine(engine.rawValue, available: engines.sorted())
        }
        if format != .dot, !formats.contains(format.rawValue) {
            throw GraphvizError.unknownFormat(format.description, available: formats.sorted())
        }
    }

    /// Lays out (when the format needs it) and renders. Must be called with the lock held and a
    /// capture begun.
    func layoutAndRender(_ g: UnsafeMutablePointer<Agraph_t>, engine: LayoutEngine, format: OutputFormat) throws -> RenderOutput {
        if format == .dot { return try writeDOT(g) }
        if format.needsLayout {
            let rc = engine.rawValue.withCString { gvLayout(gvc, g, $0) }
            if rc != 0 {
                _ = gvFreeLayout(gvc, g)
                let m = Capture.messages()
                throw GraphvizError.layoutFailed(engine: engine.rawValue, message: m.all.isEmpty ? "gvLayout returned \(rc)" : m.all.joined(separator: "\n"))
            }
        }
        defer { if format.needsLayout { _ = gvFreeLayout(gvc, g) } }
        var result: UnsafeMutablePointer<CChar>?
        var length: UInt32 = 0
        let rc = format.rawValue.withCString { gvRenderData(gvc, g, $0, &result, &length) }
        defer { if let result { gvFreeRenderData(result) } }
        let m = Capture.messages()
        guard rc == 0, let result else {
            throw GraphvizError.renderFailed(format: format.description, message: m.all.isEmpty ? "gvRenderData returned \(rc)" : m.all.joined(separator: "\n"))
        }
        if Int(length) > RenderLimits.maximumOutputBytes {
            throw GraphvizError.outputTooLarge(bytes: Int(length), limit: RenderLimits.maximumOutputBytes)
        }
        let bytes = UnsafeRawBufferPointer(start: result, count: Int(length))
        var data = Array(bytes)
        if format.rawValue.hasPrefix("svg"), format.rawValue != "svgz", let violation = SafeSVG.check(data) {
            throw GraphvizError.unsafeOutput(violation.description)
        }
        if format == .pdf { Session.fixCreationDate(&data) }
        return RenderOutput(data: data, warnings: m.all)
    }

    /// cairo (1.16) stamps the PDF's Info dictionary with the current time, so two renders of the
    /// same graph differ. The entry `/CreationDate (D:…)` is overwritten in place — same length, so
    /// the cross-reference offsets stay valid — with the time in `SOURCE_DATE_EPOCH` when that is
    /// set (the reproducible-builds convention), else with spaces (the key is optional in PDF).
    static func fixCreationDate(_ data: inout [UInt8]) {
        let key = Array("/CreationDate (".utf8)
        guard data.count > key.count,
              let start = (0 ... data.count - key.count).first(where: { i in
                  data[i] == key[0] && data[i ..< i + key.count].elementsEqual(key)
              }),
              let close = data[(start + key.count)...].firstIndex(of: UInt8(ascii: ")"))
        else { return }
        let entry = start ... close
        var replacement = [UInt8](repeating: UInt8(ascii: " "), count: entry.count)
        if let epoch = getenv("SOURCE_DATE_EPOCH").flatMap({ Int(String(cString: $0)) }) {
            var t = time_t(epoch)
            var parts = tm()
            gmtime_r(&t, &parts)
            let stamp = "/CreationDate (D:" + zeroPadded(Int(parts.tm_year) + 1900, 4)
                + [parts.tm_mon + 1, parts.tm_mday, parts.tm_hour, parts.tm_min, parts.tm_sec]
                    .map { zeroPadded(Int($0), 2) }.joined() + "Z)"
            let s = Array(stamp.utf8)
            if s.count <= replacement.count { replacement.replaceSubrange(0 ..< s.count, with: s) }
        }
        data.replaceSubrange(entry, with: replacement)
    }

    /// Canonical DOT of the graph as given, without layout (cgraph's `agwrite`).
    private func writeDOT(_ g: UnsafeMutablePointer<Agraph_t>) throws -> RenderOutput {
        var buffer: UnsafeMutablePointer<CChar>?
        var length = 0
        let rc = cgv_write_dot(g, &buffer, &length)
        defer { free(buffer) }
        let m = Capture.messages()
        guard rc == 0, let buffer else {
            throw GraphvizError.renderFailed(format: "dot", message: m.all.isEmpty ? "agwrite returned \(rc)" : m.all.joined(separator: "\n"))
        }
        return RenderOutput(data: Array(UnsafeRawBufferPointer(start: buffer, count: length)), warnings: m.all)
    }
}

/// `v` in decimal, left-padded with zeros to `width` digits.
private func zeroPadded(_ v: Int, _ width: Int) -> String {
    let digits = "\(v)"
    return String(repeating: "0", count: max(0, width - digits.count)) + digits
}

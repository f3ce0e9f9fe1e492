import CGraphviz

/// Collects Graphviz's messages (errors and warnings) instead of letting it print them.
///
/// Graphviz calls the function set with `agseterrf` with pieces of each message ("Error", ": ",
/// then the text). All state here is only touched with `GraphvizLock` held.
enum Capture {
    nonisolated(unsafe) private static var buffer = ""
    nonisolated(unsafe) private static var installed = false

    struct Messages {
        var errors: [String] = []
        var warnings: [String] = []
        /// Every message, errors and warnings, in order, with their "Error:"/"Warning:" prefixes removed.
        var all: [String] = []
    }

    /// Routes Graphviz's messages to ``buffer`` and asks for warnings too.
    static func install() {
        guard !installed else { return }
        _ = agseterrf(graphvizMessageSink)
        _ = agseterr(AGWARN)
        installed = true
    }

    static func begin() {
        buffer = ""
        _ = agreseterrors()
    }

    static func end() {
        buffer = ""
        _ = agreseterrors()
    }

    fileprivate static func append(_ piece: String) { buffer += piece }

    /// The messages captured since ``begin()``, one per line.
    static func messages() -> Messages {
        var m = Messages()
        var current: (isError: Bool, text: String)?
        func flush() {
            if let c = current, !c.text.isEmpty {
                m.all.append(c.text)
                if c.isError { m.errors.append(c.text) } else { m.warnings.append(c.text) }
            }
            current = nil
        }
        for rawLine in buffer.split(separator: "\n", omittingEmptySubsequences: true) {
            let line = String(rawLine)
            if line.hasPrefix("Error: ") {
                flush(); current = (true, String(line.dropFirst(7)))
            } else if line.hasPrefix("Warning: ") {
                flush(); current = (false, String(line.dropFirst(9)))
            } else if current != nil {
                current!.text += "\n" + line
            } else {
                current = (false, line)
            }
        }
        flush()
        return m
    }

    /// The line number in a Graphviz message such as "syntax error in line 3 near 'x'".
    static func lineNumber(in message: String) -> Int? {
        guard let r = message.range(of: "in line ") else { return nil }
        let digits = message[r.upperBound...].prefix { $0.isNumber }
        return Int(digits)
    }
}

/// Graphviz's error callback. Only ever called from within a locked Graphviz call.
private func graphvizMessageSink(_ message: UnsafeMutablePointer<CChar>?) -> Int32 {
    if let message { Capture.append(String(cString: message)) }
    return 0
}

extension String {
    fileprivate func range(of needle: String) -> Range<String.Index>? {
        var i = startIndex
        while i < endIndex {
            if self[i...].hasPrefix(needle) { return i..<(index(i, offsetBy: needle.count)) }
            i = index(after: i)
        }
        return nil
    }
}

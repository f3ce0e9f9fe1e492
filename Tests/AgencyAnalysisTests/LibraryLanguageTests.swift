import Foundation
import Testing

/// Library errors speak the library's language; only command-line tools name options. This guard
/// reads every Swift file of the library targets (targets without a `main.swift`) and fails when a
/// string literal contains `--` followed by a letter, outside the allowed cases below. Comments are
/// not literals and may mention options.
@Suite struct LibraryLanguageTests {
    /// Literals that legitimately contain options: (file under Sources/, options it may name).
    static let allowed: [String: Set<String>] = [
        // The import script written for neo4j-admin: these are neo4j-admin's options, not ours.
        "AgencyInterop/Formats/Neo4j.swift": ["--nodes", "--relationships", "--multiline-fields", "--overwrite-destination"],
    ]

    @Test func noLibraryLiteralNamesAnOption() throws {
        let sources = packageRoot.appendingPathComponent("Sources")
        let fm = FileManager.default
        var scanned = 0
        var found: [String] = []
        for target in try fm.contentsOfDirectory(atPath: sources.path).sorted() {
            let folder = sources.appendingPathComponent(target)
            // Command-line tools (executable targets, with a main.swift) speak in options.
            guard !fm.fileExists(atPath: folder.appendingPathComponent("main.swift").path) else { continue }
            guard let files = fm.enumerator(atPath: folder.path) else { continue }
            for case let file as String in files where file.hasSuffix(".swift") {
                let path = "\(target)/\(file)"
                let text = try String(contentsOf: folder.appendingPathComponent(file), encoding: .utf8)
                scanned += 1
                for literal in SwiftLiterals.strings(in: text) {
                    for option in SwiftLiterals.options(in: literal) where !(Self.allowed[path]?.contains(option) ?? false) {
                        found.append("\(path): \(option) in \"\(literal.prefix(120))\"")
                    }
                }
            }
        }
        #expect(scanned > 100, "the scan must see the library sources (found \(scanned) files)")
        #expect(found.isEmpty, "library literals that name command-line options:\n\(found.joined(separator: "\n"))")
    }

    @Test func theScannerSeesLiteralsAndSkipsComments() {
        let source = ##"""
            // A comment may say --hub.
            /* So may a block comment: --min, /* nested --max-hops */ still a comment --top. */
            let a = "use --hub ID"
            let b = "value \(f("inner --focus")) and \(x) --after"
            let c = #"raw "quoted" --raw \#(g("--deep"))"#
            let d = """
                multi-line
                --multi
                """
            let e = "no option: a -- b, x---y, 2--3, <!-- -->"
            let f = "escaped \"--quoted\""
            """##
        let options = SwiftLiterals.strings(in: source).flatMap(SwiftLiterals.options(in:))
        #expect(options == ["--hub", "--focus", "--after", "--deep", "--raw", "--multi", "--quoted"])
    }
}

/// A small Swift lexer: the text of string literals, comments skipped.
enum SwiftLiterals {
    /// The options (`--` and a letter, then letters, digits and `-`) a text names.
    static func options(in text: String) -> [String] {
        let scalars = Array(text.unicodeScalars)
        var out: [String] = []
        var i = 0
        while i + 2 < scalars.count {
            let before = i == 0 ? nil : scalars[i - 1]
            let startsWord = before.map { !(CharacterSet.alphanumerics.contains($0) || $0 == "-") } ?? true
            if startsWord, scalars[i] == "-", scalars[i + 1] == "-", CharacterSet.letters.contains(scalars[i + 2]) {
                var j = i + 2
                while j < scalars.count, CharacterSet.alphanumerics.contains(scalars[j]) || scalars[j] == "-" { j += 1 }
                out.append(String(String.UnicodeScalarView(scalars[i ..< j])))
                i = j
            } else {
                i += 1
            }
        }
        return out
    }

    /// The text of every string literal in `source`, in order of their end; the code of an
    /// interpolation is left out of its literal and its own literals are listed separately.
    static func strings(in source: String) -> [String] {
        let c = Array(source.unicodeScalars)
        var i = 0
        var out: [String] = []
        code(c, &i, &out, inInterpolation: false)
        return out
    }

    /// Skips code (and comments) from `i`, collecting literals, up to the end or, in an
    /// interpolation, past the `)` that closes it.
    private static func code(_ c: [Unicode.Scalar], _ i: inout Int, _ out: inout [String], inInterpolation: Bool) {
        var depth = 0
        while i < c.count {
            let ch = c[i]
            let next = i + 1 < c.count ? c[i + 1] : nil
            if ch == "/" && next == "/" {
                while i < c.count && c[i] != "\n" { i += 1 }
            } else if ch == "/" && next == "*" {
                var level = 0
                repeat {
                    if c[i] == "/" && i + 1 < c.count && c[i + 1] == "*" { level += 1; i += 2 }
                    else if c[i] == "*" && i + 1 < c.count && c[i + 1] == "/" { level -= 1; i += 2 }
                    else { i += 1 }
                } while level > 0 && i < c.count
            } else if ch == "#" || ch == "\"" {
                var j = i
                while j < c.count && c[j] == "#" { j += 1 }
                if j < c.count && c[j] == "\"" {
                    let hashes = j - i
                    i = j
                    let text = literal(c, &i, hashes: hashes, &out)
                    out.append(text)
                } else {
                    i = max(j, i + 1)
                }
            } else {
                if inInterpolation && ch == "(" { depth += 1 }
                if inInterpolation && ch == ")" {
                    if depth == 0 { i += 1; return }
                    depth -= 1
                }
                i += 1
            }
        }
    }

    /// Reads the literal whose opening quote is at `i` (after `hashes` `#`), leaving `i` past its end.
    private static func literal(_ c: [Unicode.Scalar], _ i: inout Int, hashes: Int, _ out: inout [String]) -> String {
        let isMultiLine = i + 2 < c.count && c[i + 1] == "\"" && c[i + 2] == "\""
        i += isMultiLine ? 3 : 1
        var text = String.UnicodeScalarView()
        func hashesFollow(from k: Int) -> Int? {
            var k = k
            for _ in 0 ..< hashes {
                guard k < c.count, c[k] == "#" else { return nil }
                k += 1
            }
            return k
        }
        while i < c.count {
            if c[i] == "\\", let k = hashesFollow(from: i + 1), k < c.count {
                if c[k] == "(" {
                    i = k + 1
                    code(c, &i, &out, inInterpolation: true)
                } else {
                    text.append(c[i])
                    text.append(c[k])
                    i = k + 1
                }
                continue
            }
            if c[i] == "\"" && (!isMultiLine || (i + 2 < c.count && c[i + 1] == "\"" && c[i + 2] == "\"")),
               let end = hashesFollow(from: i + (isMultiLine ? 3 : 1)) {
                i = end
                return String(text)
            }
            text.append(c[i])
            i += 1
        }
        return String(text)
    }
}

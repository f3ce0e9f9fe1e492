import TextKit

/// Gives a rendered SVG a human title and a description for screen readers.
///
/// Graphviz writes the graph's name as the `<title>` of the drawing's top group
/// (`<g id="graph0" class="graph">`) and has no way to write a `<desc>`. This rewrites that one
/// `<title>` (located by structure: the first `<title>` after `id="graph0"`) with the given
/// title and inserts `<desc>` right after it, both XML-escaped. Anything unexpected (no such
/// group) leaves the bytes unchanged.
public enum SVGAccessibility {
    /// - Complexity: O(n) in the size of the SVG.
    public static func addTitleAndDescription(to svg: [UInt8], title: String, description: String) -> [UInt8] {
        guard let group = find(Array("<g id=\"graph0\"".utf8), in: svg, from: 0),
              let open = find(Array("<title>".utf8), in: svg, from: group),
              let close = find(Array("</title>".utf8), in: svg, from: open) else { return svg }
        var out = Array(svg[..<open])
        out += Array("<title>\(Escape.xml(title))</title>\n<desc>\(Escape.xml(description))</desc>".utf8)
        out += svg[(close + "</title>".utf8.count)...]
        return out
    }

    private static func find(_ needle: [UInt8], in haystack: [UInt8], from start: Int) -> Int? {
        guard needle.count <= haystack.count, start <= haystack.count - needle.count else { return nil }
        var i = start
        while i <= haystack.count - needle.count {
            if haystack[i] == needle[0], Array(haystack[i..<(i + needle.count)]) == needle { return i }
            i += 1
        }
        return nil
    }
}

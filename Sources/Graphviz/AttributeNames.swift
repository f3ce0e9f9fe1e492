/// The attribute names Graphviz (2.4x) reads, used to check raw attribute names.
enum GraphvizAttributeNames {
    static let known: Set<String> = [
        "_background", "area", "arrowhead", "arrowsize", "arrowtail", "bb", "bgcolor", "center",
        "charset", "class", "clusterrank", "color", "colorscheme", "comment", "compound", "concentrate",
        "constraint", "Damping", "decorate", "defaultdist", "dim", "dimen", "dir", "diredgeconstraints",
        "distortion", "dpi", "edgehref", "edgetarget", "edgetooltip", "edgeURL", "epsilon", "esep",
        "fillcolor", "fixedsize", "fontcolor", "fontname", "fontnames", "fontpath", "fontsize",
        "forcelabels", "gradientangle", "group", "head_lp", "headclip", "headhref", "headlabel",
        "headport", "headtarget", "headtooltip", "headURL", "height", "href", "id", "image",
        "imagepath", "imagepos", "imagescale", "inputscale", "K", "label", "label_scheme",
        "labelangle", "labeldistance", "labelfloat", "labelfontcolor", "labelfontname",
        "labelfontsize", "labelhref", "labeljust", "labelloc", "labeltarget", "labeltooltip",
        "labelURL", "landscape", "layer", "layerlistsep", "layers", "layerselect", "layersep",
        "layout", "len", "levels", "levelsgap", "lhead", "lheight", "lp", "ltail", "lwidth",
        "margin", "maxiter", "mclimit", "mindist", "minlen", "mode", "model", "mosek", "newrank",
        "nodesep", "nojustify", "normalize", "notranslate", "nslimit", "nslimit1", "ordering",
        "orientation", "outputorder", "overlap", "overlap_scaling", "overlap_shrink", "pack",
        "packmode", "pad", "page", "pagedir", "pencolor", "penwidth", "peripheries", "pin", "pos",
        "quadtree", "quantum", "rank", "rankdir", "ranksep", "ratio", "rects", "regular",
        "remincross", "repulsiveforce", "resolution", "root", "rotate", "rotation", "samehead",
        "sametail", "samplepoints", "scale", "searchsize", "sep", "shape", "shapefile", "showboxes",
        "sides", "size", "skew", "smoothing", "sortv", "splines", "start", "style", "stylesheet",
        "tail_lp", "tailclip", "tailhref", "taillabel", "tailport", "tailtarget", "tailtooltip",
        "tailURL", "target", "tooltip", "truecolor", "URL", "vertices", "viewport", "voro_margin",
        "weight", "width", "xdotversion", "xlabel", "xlp", "z",
    ]

    /// Attributes that make Graphviz read files: never settable from this module.
    static let fileReading: Set<String> = ["image", "imagepath", "shapefile", "fontpath", "stylesheet"]

    /// The known name closest to `name` by edit distance, when it is close enough to be a typo.
    static func closest(to name: String) -> String? {
        var best: (String, Int)?
        for candidate in known.sorted() {
            let d = editDistance(name.lowercased(), candidate.lowercased())
            if d <= max(1, name.count / 3), best == nil || d < best!.1 { best = (candidate, d) }
        }
        return best?.0
    }

    static func editDistance(_ a: String, _ b: String) -> Int {
        let a = Array(a.unicodeScalars), b = Array(b.unicodeScalars)
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
            }
            swap(&previous, &current)
        }
        return previous[b.count]
    }
}

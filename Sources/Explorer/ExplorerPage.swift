import Foundation
import TextKit

/// Writes the explorer's page: a fixed skeleton (no data in it but the escaped title and
/// language), the inline drawing, the data as JSON escaped for a script element, the style and
/// the script, under a Content-Security-Policy that allows nothing but that one style and that
/// one script (by their SHA-256) and `data:` images.
enum ExplorerPage {
    /// The policy: no source of any kind but the page's own script and style, by hash.
    static func contentSecurityPolicy() -> String {
        "default-src 'none'; script-src 'sha256-\(SHA256.base64Digest(of: ExplorerScript.source))'; "
            + "style-src 'sha256-\(SHA256.base64Digest(of: ExplorerStyle.source))'; img-src data:; "
            + "base-uri 'none'; form-action 'none'"
    }

    /// The data blob as it is embedded: sorted keys (the same input gives the same bytes), then
    /// escaped for a script element (`Escape.scriptJSON`).
    static func json(_ data: ExplorerData) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        let bytes = (try? encoder.encode(data)) ?? Data("{}".utf8)
        return Escape.scriptJSON(String(decoding: bytes, as: UTF8.self))
    }

    /// The page without its two script elements (their places marked by comments): what the
    /// markup gate (`SafeSVG`) checks, since the gate refuses every script.
    /// - Parameter scripts: what goes where the two script elements belong (by default two marking
    ///   comments). The page is assembled by joining its parts, never by replacing a marker in text
    ///   that holds the drawing: Graphviz writes each node's id as a comment (`<!-- script -->` for
    ///   a node whose id is `script`), which a marker could match.
    static func markup(_ document: ExplorerDocument, scripts: String = "<!-- data -->\n<!-- script -->") -> String {
        let data = document.data
        let lang = data.language
        let title = data.title[lang] ?? data.id
        return """
        <!DOCTYPE html>
        <html lang="\(Escape.xml(lang))" xmlns="http://www.w3.org/1999/xhtml">
        <head>
        <meta charset="utf-8"/>
        <meta http-equiv="Content-Security-Policy" content="\(Escape.xml(contentSecurityPolicy()))"/>
        <meta name="viewport" content="width=device-width, initial-scale=1"/>
        <meta name="referrer" content="no-referrer"/>
        <title>\(Escape.xml(title))</title>
        <style>\(ExplorerStyle.source)</style>
        </head>
        <body>
        \(skeletonTop)
        <div id="stage" tabindex="0" role="application">
        \(document.svg)
        </div>
        \(skeletonBottom)
        \(scripts)
        </body>
        </html>

        """
    }

    /// The whole page.
    static func html(_ document: ExplorerDocument) -> String {
        markup(document, scripts: "<script type=\"application/json\" id=\"data\">\(json(document.data))</script>\n<script>\(ExplorerScript.source)</script>")
    }

    /// The bar, the controls column: fixed markup, words put in by the script (`data-w`).
    static let skeletonTop = """
    <header id="bar">
    <h1 id="title"></h1>
    <div id="find"><input id="search" type="search" autocomplete="off" spellcheck="false" aria-autocomplete="list" aria-controls="suggest"/><ul id="suggest" role="listbox"></ul></div>
    <div id="tools">
    <button type="button" id="zoom-in" data-t="explorer-zoom-in">+</button><button type="button" id="zoom-out" data-t="explorer-zoom-out">−</button><button type="button" id="fit" data-w="explorer-fit"></button>
    <select id="lang"></select>
    <button type="button" id="share" data-w="explorer-share"></button><button type="button" id="export" data-w="explorer-export"></button><button type="button" id="print" data-w="explorer-print"></button><button type="button" id="reset" data-w="explorer-reset"></button>
    <span id="toast" role="status"></span>
    </div>
    </header>
    <div id="main">
    <aside id="controls">
    <p id="shown" role="status"></p>
    <section><h2 data-w="explorer-date"></h2><input id="slider" type="range" min="0" max="0" step="1" value="0"/><p id="date-label"></p><div id="measures"></div></section>
    <section id="whatif-box"><h2 data-w="explorer-what-if"></h2><p id="removal-notice"></p><div id="whatif"></div></section>
    <section><h2 data-w="explorer-overlays"></h2>
    <label><span data-w="explorer-size-by"></span> <select id="size"></select></label>
    <label><span data-w="explorer-colour-by"></span> <select id="colour"></select></label>
    <label class="check"><input type="checkbox" id="spof"/> <span data-w="explorer-highlight-spof"></span></label>
    <ul id="colour-key"></ul>
    </section>
    <section><h2 data-w="explorer-filters"></h2>
    <label class="check"><input type="checkbox" id="dim"/> <span data-w="explorer-dim"></span></label>
    <fieldset id="f-layers"><legend data-w="explorer-layers"></legend></fieldset>
    <fieldset id="f-types"><legend data-w="explorer-edge-types"></legend></fieldset>
    <fieldset id="f-kinds"><legend data-w="explorer-kinds"></legend></fieldset>
    <fieldset id="f-levels"><legend data-w="explorer-levels"></legend></fieldset>
    </section>
    <p id="keys" data-w="explorer-keys"></p>
    </aside>
    """

    static let skeletonBottom = """
    <aside id="panel" hidden="hidden" aria-live="polite"><button type="button" id="close" data-w="explorer-close"></button><div id="panel-body"></div></aside>
    </div>
    <footer id="foot"></footer>
    """
}

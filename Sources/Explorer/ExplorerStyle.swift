/// The explorer's style sheet, embedded in the page (allowed by its SHA-256 in the page's
/// Content-Security-Policy). A Swift literal, not a SwiftPM resource, so that the statically
/// linked binary carries it.
enum ExplorerStyle {
    static let source = #"""
*{box-sizing:border-box}
html,body{margin:0;height:100%;font:14px/1.4 system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans",sans-serif;color:#1d2430;background:#fff}
body{display:flex;flex-direction:column}
#bar{display:flex;align-items:center;gap:12px;padding:6px 12px;border-bottom:1px solid #d5dae1;background:#f6f7f9;flex-wrap:wrap}
#bar h1{font-size:16px;margin:0;font-weight:600;max-width:40ch;overflow:hidden;text-overflow:ellipsis;white-space:nowrap}
#find{position:relative}
#search{width:22em;padding:4px 8px;border:1px solid #aab2bd;border-radius:4px;font:inherit}
#suggest{position:absolute;z-index:5;top:100%;left:0;right:0;margin:2px 0 0;padding:0;list-style:none;background:#fff;border:1px solid #aab2bd;border-radius:4px;max-height:20em;overflow:auto;box-shadow:0 4px 12px rgba(0,0,0,.12)}
#suggest:empty{display:none}
#suggest li{padding:4px 8px;cursor:pointer}
#suggest li small{color:#5b6472;margin-left:.5em}
#suggest li[aria-selected="true"],#suggest li:hover{background:#e5eefa}
#tools{display:flex;gap:4px;align-items:center;flex-wrap:wrap}
button,select{font:inherit;padding:3px 8px;border:1px solid #aab2bd;border-radius:4px;background:#fff;color:#1d2430;cursor:pointer}
button:hover{background:#eef2f7}
button:focus-visible,select:focus-visible,input:focus-visible,#stage:focus-visible,.node:focus-visible{outline:3px solid #f0b400;outline-offset:1px}
#toast{color:#5b6472;min-width:6em}
#main{flex:1;display:flex;min-height:0}
#controls{width:300px;overflow:auto;padding:8px 12px;border-right:1px solid #d5dae1;background:#f6f7f9}
#controls h2{font-size:13px;text-transform:uppercase;letter-spacing:.04em;color:#5b6472;margin:14px 0 6px}
#controls label{display:block;margin:3px 0}
#controls select{max-width:100%}
#controls label.check{display:flex;gap:6px;align-items:baseline}
fieldset{border:0;padding:0;margin:6px 0}
legend{font-weight:600;padding:0;margin-bottom:2px}
fieldset label{font-size:13px}
.count{color:#5b6472;font-variant-numeric:tabular-nums}
#slider{width:100%}
#date-label{margin:2px 0;font-weight:600}
#measures table,#whatif table{border-collapse:collapse;font-size:13px;width:100%}
#measures td,#whatif td{padding:1px 4px;border-bottom:1px solid #d5dae1;vertical-align:top}
#measures td:last-child{text-align:right;font-variant-numeric:tabular-nums}
#removal-notice:empty{display:none}
#removal-notice{color:#b3261e}
#colour-key{list-style:none;padding:0;margin:4px 0;font-size:13px}
#colour-key span.swatch{display:inline-block;width:12px;height:12px;border:1px solid #777;margin-right:6px;vertical-align:-1px}
#keys{font-size:12px;color:#5b6472}
#shown{font-size:13px;margin:4px 0}
#stage{flex:1;position:relative;overflow:hidden;background:#fff;touch-action:none;cursor:grab}
#stage.dragging{cursor:grabbing}
#stage svg{width:100%;height:100%;display:block;user-select:none}
#panel{width:380px;overflow:auto;padding:8px 14px 24px;border-left:1px solid #d5dae1;background:#fff}
#panel h2{font-size:18px;margin:6px 0 2px}
#panel h3{font-size:13px;text-transform:uppercase;letter-spacing:.04em;color:#5b6472;margin:14px 0 4px}
#panel .id{color:#5b6472;font-family:ui-monospace,monospace;font-size:12px}
#panel ul{padding-left:1.1em;margin:4px 0}
#panel li{margin:3px 0}
#close{float:right}
blockquote{margin:4px 0 8px;padding:4px 8px;border-left:3px solid #0b5cad;background:#f3f6fa;font-style:italic}
.assumed{color:#b3261e;font-weight:600}
.linkish{border:0;background:none;padding:0;color:#0b5cad;text-decoration:underline;cursor:pointer;text-align:left}
.muted{color:#5b6472}
#foot{padding:4px 12px;font-size:12px;color:#5b6472;border-top:1px solid #d5dae1;background:#f6f7f9}
#stage .node,#stage .edge{cursor:pointer}
#stage .ag-hid{display:none}
#stage .ag-dim{opacity:.12}
#stage .ag-removed{opacity:.35}
#stage .ag-removed :is(polygon,ellipse,path){stroke:#b3261e;stroke-width:3;stroke-dasharray:4 3}
#stage .node.ag-cut :is(polygon,ellipse,path){stroke:#d55e00;stroke-width:4}
#stage .node.ag-nobackup :is(polygon,ellipse,path){stroke:#b3261e;stroke-width:5}
#stage .ag-spof :is(polygon,ellipse,path){stroke:#c2185b;stroke-width:4}
#stage .node.ag-sel :is(polygon,ellipse,path){stroke:#0b5cad;stroke-width:5}
#stage .edge.ag-sel path,#stage .edge.ag-near path{stroke-width:3.5}
#stage .edge.ag-sel :is(path,polygon){stroke:#0b5cad}
@media print{#bar #tools,#find,#controls,#close{display:none}#main{display:block}#stage{height:80vh}#panel{width:auto;border:0}}
"""#
}

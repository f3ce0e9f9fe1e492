/// The explorer's script, embedded in the page (allowed by its SHA-256 in the page's
/// Content-Security-Policy). Hand-written, no library; it only shows and filters what Swift
/// computed. Data reaches the page through `textContent` and `createElement` only, never as markup.
/// A Swift literal, not a SwiftPM resource, so that the statically linked binary carries it.
enum ExplorerScript {
    static let source = #"""
(function () {
'use strict';
var startMs = performance.now();
var D = JSON.parse(document.getElementById('data').textContent);
var LANGS = ['fr', 'nl', 'en', 'de'];
var svg = document.querySelector('#stage svg');
var stage = document.getElementById('stage');
var panel = document.getElementById('panel');
var panelBody = document.getElementById('panel-body');
var AGG = 'all layers';

// ---- data indexes
var nodeById = new Map(), edgeById = new Map(), outOf = new Map(), inTo = new Map();
D.nodes.forEach(function (n) { nodeById.set(n.id, n); outOf.set(n.id, []); inTo.set(n.id, []); });
D.edges.forEach(function (e) {
  edgeById.set(e.id, e);
  if (outOf.has(e.from)) outOf.get(e.from).push(e);
  if (inTo.has(e.to)) inTo.get(e.to).push(e);
});
var nodeEl = new Map(), edgeEl = new Map();
D.nodes.forEach(function (n) {
  var el = document.getElementById(n.svg) || document.getElementById('node-' + n.id);
  if (el) nodeEl.set(n.id, el);
});
D.edges.forEach(function (e) { var el = document.getElementById(e.id); if (el) edgeEl.set(e.id, el); });
var elNode = new Map(), elEdge = new Map();
nodeEl.forEach(function (el, id) { elNode.set(el, id); });
edgeEl.forEach(function (el, id) { elEdge.set(el, id); });
var measuresByName = {};
D.centrality.forEach(function (c) { measuresByName[c.measure] = c; });
var presentLayers = [], presentTypes = [], presentKinds = [], presentLevels = D.levels.slice();
(function () {
  var layers = new Set(), types = new Set(), kinds = new Set();
  D.edges.forEach(function (e) { if (e.layer) layers.add(e.layer); types.add(e.type); });
  D.nodes.forEach(function (n) { kinds.add(n.kind); });
  D.layers.forEach(function (l) { if (layers.has(l.name)) presentLayers.push(l.name); });
  presentTypes = Array.from(types).sort();
  presentKinds = Array.from(kinds).sort();
})();

// ---- state
function initial() {
  return { selected: null, date: null, layers: null, kinds: null, types: null, levels: null, removed: [],
           dim: false, size: null, colour: null, spof: false };
}
var S = initial();
S.lang = LANGS.indexOf(D.language) >= 0 ? D.language : 'en';

// ---- words
function fill(template, args) {
  var out = template.replace(/\{(\d):([^|}]*)\|([^}]*)\}/g, function (m, n, one, other) {
    var v = args[Number(n) - 1];
    return v === undefined ? m : (String(v) === '1' ? one : other);
  });
  return out.replace(/%(\d)/g, function (m, n) { var v = args[Number(n) - 1]; return v === undefined ? m : String(v); });
}
function W(key) {
  var args = Array.prototype.slice.call(arguments, 1);
  var table = D.words[S.lang] || D.words.en;
  return fill(table[key] !== undefined ? table[key] : (D.words.en[key] || key), args);
}
function T(texts) { if (!texts) return ''; return texts[S.lang] || texts.en || texts.fr || ''; }
function label(id) { var n = nodeById.get(id); return n ? (n.label[S.lang] || n.id) : id; }
function layerLabel(name) {
  if (name === AGG) return W('all-layers-name');
  for (var i = 0; i < D.layers.length; i++) if (D.layers[i].name === name) return T(D.layers[i].label) || name;
  return name;
}
function typeLabel(t) { return D.types[t] ? T(D.types[t]) : t; }
function kindLabel(k) { return D.kinds[k] ? T(D.kinds[k]) : k; }

// ---- DOM helpers (text only)
function el(tag, cls, text) {
  var e = document.createElement(tag);
  if (cls) e.className = cls;
  if (text !== undefined && text !== null) e.textContent = String(text);
  return e;
}
function clear(e) { while (e.firstChild) e.removeChild(e.firstChild); }

// ---- dates
function daysIn(m, y) { return m === 2 ? ((y % 4 === 0 && y % 100 !== 0) || y % 400 === 0 ? 29 : 28) : ([4, 6, 9, 11].indexOf(m) >= 0 ? 30 : 31); }
function parseDate(s) {
  if (typeof s !== 'string') return null;
  var m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(s);
  if (!m) return null;
  var y = Number(m[1]), mo = m[2] ? Number(m[2]) : null, d = m[3] ? Number(m[3]) : null;
  if (y < 1 || (mo !== null && (mo < 1 || mo > 12)) || (d !== null && (d < 1 || d > daysIn(mo, y)))) return null;
  return { first: y * 10000 + (mo || 1) * 100 + (d || 1), last: y * 10000 + (mo || 12) * 100 + (d || daysIn(mo || 12, y)) };
}
function validAt(from, to, dt) { return !((from != null && from > dt.last) || (to != null && to < dt.first)); }
var dates = D.measures.slice(1).map(function (m) { return m.date; });

// ---- visibility
var visibleNodes = [], visibleEdges = [], classCache = new Map();
function setClasses(elem, wanted) {
  var prev = classCache.get(elem) || '';
  if (prev === wanted) return;
  prev.split(' ').forEach(function (c) { if (c) elem.classList.remove(c); });
  wanted.split(' ').forEach(function (c) { if (c) elem.classList.add(c); });
  classCache.set(elem, wanted);
}
function nodeFiltered(n, dt) {
  if (S.kinds && S.kinds.indexOf(n.kind) < 0) return true;
  if (S.levels) {
    if (n.kind === 'level' && S.levels.indexOf(n.id) < 0) return true;
    if (n.level && S.levels.indexOf(n.level) < 0) return true;
  }
  if (dt && !validAt(n.from, n.to, dt)) return true;
  return false;
}
function removal() {
  if (S.removed.length !== 1) return null;
  return D.removals[S.removed[0]] || null;
}
function apply() {
  var dt = S.date ? parseDate(S.date) : null;
  var removed = new Set(S.removed);
  var filtered = new Set();
  var cut = new Set(), noBackup = new Set();
  var r = removal();
  if (r) {
    r.layers.forEach(function (l) { l.cutOff.forEach(function (id) { cut.add(id); }); });
    r.noBackup.forEach(function (id) { noBackup.add(id); });
  }
  var spofNodes = new Set(S.spof ? D.spofNodes : []), spofEdges = new Set(S.spof ? D.spofEdges : []);
  var hideCls = S.dim ? 'ag-dim' : 'ag-hid';
  var selNode = S.selected && nodeById.has(S.selected) ? S.selected : null;
  var selEdge = S.selected && edgeById.has(S.selected) ? S.selected : null;
  visibleNodes = [];
  D.nodes.forEach(function (n) {
    var f = nodeFiltered(n, dt);
    if (f) filtered.add(n.id);
    else if (!removed.has(n.id)) visibleNodes.push(n.id);
    var e = nodeEl.get(n.id);
    if (!e) return;
    var c = [];
    if (f) c.push(hideCls);
    if (removed.has(n.id)) c.push('ag-removed');
    if (noBackup.has(n.id)) c.push('ag-nobackup'); else if (cut.has(n.id)) c.push('ag-cut');
    if (spofNodes.has(n.id)) c.push('ag-spof');
    if (n.id === selNode) c.push('ag-sel');
    setClasses(e, c.join(' '));
  });
  visibleEdges = [];
  D.edges.forEach(function (e) {
    var f = filtered.has(e.from) || filtered.has(e.to) ||
      (S.layers && S.layers.indexOf(e.layer) < 0) || (S.types && S.types.indexOf(e.type) < 0) ||
      (dt && !validAt(e.fromDay, e.toDay, dt));
    var gone = removed.has(e.from) || removed.has(e.to);
    if (!f && !gone) visibleEdges.push(e);
    var x = edgeEl.get(e.id);
    if (!x) return;
    var c = [];
    if (f) c.push(hideCls);
    if (gone) c.push('ag-removed');
    if (spofEdges.has(e.id)) c.push('ag-spof');
    if (e.id === selEdge) c.push('ag-sel');
    else if (selNode && (e.from === selNode || e.to === selNode)) c.push('ag-near');
    setClasses(x, c.join(' '));
  });
  visibleNodes.sort();
  visibleEdges.sort(function (a, b) { return a.id < b.id ? -1 : a.id > b.id ? 1 : 0; });
  applyOverlays();
  renderCounts();
  renderMeasures();
  renderWhatIf();
  renderPanel();
  writeFragment();
}

// ---- overlays: size by a centrality, colour by a grouping
var originalFill = new Map(), bboxes = new Map();
function shapesOf(g) { return Array.prototype.slice.call(g.querySelectorAll('polygon,ellipse,path,polyline')); }
function applyOverlays() {
  var colouring = S.colour ? D.colourings[S.colour] : null;
  var groupFill = {};
  if (colouring) colouring.groups.forEach(function (g) { groupFill[g.key] = g.fill; });
  var m = S.size ? measuresByName[S.size] : null, max = 0;
  if (m) {
    for (var k in m.score) if (m.score[k] > max) max = m.score[k];
    // Every centre is read before any transform is written: one layout, not one per node.
    nodeEl.forEach(function (g) {
      if (bboxes.has(g)) return;
      if (g.hasAttribute('transform')) g.removeAttribute('transform');
      var b = g.getBBox(); bboxes.set(g, { x: b.x + b.width / 2, y: b.y + b.height / 2 });
    });
  }
  nodeEl.forEach(function (g, id) {
    var n = nodeById.get(id);
    if (n.kind === 'level' && g.classList.contains('cluster')) return;
    shapesOf(g).forEach(function (s) {
      if (!originalFill.has(s)) originalFill.set(s, s.getAttribute('fill'));
      var fillColour = originalFill.get(s);
      if (colouring && colouring.groupOf[id] !== undefined) fillColour = groupFill[colouring.groupOf[id]] || '#ffffff';
      if (fillColour !== null && s.getAttribute('fill') !== fillColour && s.getAttribute('fill') !== 'none') s.setAttribute('fill', fillColour);
    });
    if (m && m.score[id] !== undefined) {
      var scale = 0.6 + 1.4 * (max > 0 ? m.score[id] / max : 0);
      var c = bboxes.get(g);
      g.setAttribute('transform', 'translate(' + c.x + ' ' + c.y + ') scale(' + scale.toFixed(3) + ') translate(' + (-c.x) + ' ' + (-c.y) + ')');
    } else if (g.hasAttribute('transform')) g.removeAttribute('transform');
  });
  var key = document.getElementById('colour-key');
  clear(key);
  if (colouring) {
    key.appendChild(el('li', 'muted', T(colouring.title)));
    colouring.groups.forEach(function (g) {
      var li = el('li'); var sw = el('span', 'swatch'); sw.style.background = g.fill;
      li.appendChild(sw); li.appendChild(document.createTextNode(T(g.label))); key.appendChild(li);
    });
  }
}

// ---- the drawing's labels: an acronym (one line of text) follows the language; names, wrapped
// over several lines by the layout, stay in the language the file was written in.
var swappable = [];
nodeEl.forEach(function (g, id) {
  var n = nodeById.get(id), texts = g.querySelectorAll('text');
  if (Object.keys(n.acronyms).length && texts.length === 1 && texts[0].textContent === n.label[D.language]) swappable.push([texts[0], n]);
});
function relabel() {
  swappable.forEach(function (p) { var t = p[1].label[S.lang] || p[1].id; if (p[0].textContent !== t) p[0].textContent = t; });
  nodeEl.forEach(function (g, id) { g.setAttribute('aria-label', label(id)); });
}

// ---- the controls
function option(select, value, text) { var o = el('option', null, text); o.value = value; select.appendChild(o); return o; }
function buildControls() {
  document.documentElement.lang = S.lang;
  relabel();
  document.title = T(D.title) + ' · ' + W('explorer-title');
  document.getElementById('title').textContent = T(D.title);
  document.querySelectorAll('[data-w]').forEach(function (e) { e.textContent = W(e.getAttribute('data-w')); });
  document.querySelectorAll('[data-t]').forEach(function (e) { e.title = W(e.getAttribute('data-t')); e.setAttribute('aria-label', W(e.getAttribute('data-t'))); });
  var search = document.getElementById('search');
  search.placeholder = W('explorer-search'); search.setAttribute('aria-label', W('explorer-search'));
  var lang = document.getElementById('lang'); clear(lang);
  lang.setAttribute('aria-label', W('explorer-language'));
  LANGS.forEach(function (l) { option(lang, l, l.toUpperCase()); });
  lang.value = S.lang;
  var size = document.getElementById('size'); clear(size);
  option(size, '', W('none'));
  D.centrality.forEach(function (c) { option(size, c.measure, T(c.label)); });
  size.value = S.size || '';
  var colour = document.getElementById('colour'); clear(colour);
  option(colour, '', W('none'));
  ['level', 'community', 'kind', 'coverage'].forEach(function (k) {
    if (D.colourings[k]) option(colour, k, k === 'coverage' ? W('explorer-coverage-view') : T(D.colourings[k].title));
  });
  colour.value = S.colour || '';
  document.getElementById('spof').checked = S.spof;
  document.getElementById('dim').checked = S.dim;
  buildChecks('f-layers', presentLayers, layerLabel, 'layers');
  buildChecks('f-types', presentTypes, typeLabel, 'types');
  buildChecks('f-kinds', presentKinds, kindLabel, 'kinds');
  buildChecks('f-levels', presentLevels, label, 'levels');
  var slider = document.getElementById('slider');
  slider.max = String(dates.length);
  slider.setAttribute('aria-label', W('explorer-date'));
  document.getElementById('foot').textContent = W('explorer-written-from', D.inputName || D.id);
  document.getElementById('removal-notice').textContent = D.removalsComplete ? '' : W('explorer-removal-limit', D.actorCount, D.removalLimit);
}
var counters = {};
function buildChecks(id, values, text, key) {
  var box = document.getElementById(id);
  var legend = box.querySelector('legend');
  clear(box); box.appendChild(legend);
  box.hidden = values.length === 0;
  counters[key] = {};
  values.forEach(function (v) {
    var lab = el('label', 'check');
    var input = el('input'); input.type = 'checkbox'; input.value = v;
    input.checked = !S[key] || S[key].indexOf(v) >= 0;
    input.addEventListener('change', function () {
      var on = Array.prototype.filter.call(box.querySelectorAll('input'), function (i) { return i.checked; }).map(function (i) { return i.value; });
      S[key] = on.length === values.length ? null : on.sort();
      apply();
    });
    lab.appendChild(input);
    lab.appendChild(el('span', null, text(v)));
    var count = el('span', 'count'); lab.appendChild(count);
    counters[key][v] = count;
    box.appendChild(lab);
  });
}
function syncChecks() {
  [['f-layers', 'layers'], ['f-types', 'types'], ['f-kinds', 'kinds'], ['f-levels', 'levels']].forEach(function (p) {
    document.getElementById(p[0]).querySelectorAll('input').forEach(function (i) { i.checked = !S[p[1]] || S[p[1]].indexOf(i.value) >= 0; });
  });
  document.getElementById('spof').checked = S.spof;
  document.getElementById('dim').checked = S.dim;
  document.getElementById('size').value = S.size || '';
  document.getElementById('colour').value = S.colour || '';
  document.getElementById('lang').value = S.lang;
  var i = S.date ? dates.indexOf(S.date) : -1;
  document.getElementById('slider').value = String(i + 1);
}
function renderCounts() {
  var byLayer = {}, byType = {}, byKind = {}, byLevel = {}, allLayer = {}, allType = {}, allKind = {}, allLevel = {};
  D.edges.forEach(function (e) { allType[e.type] = (allType[e.type] || 0) + 1; if (e.layer) allLayer[e.layer] = (allLayer[e.layer] || 0) + 1; });
  visibleEdges.forEach(function (e) { byType[e.type] = (byType[e.type] || 0) + 1; if (e.layer) byLayer[e.layer] = (byLayer[e.layer] || 0) + 1; });
  D.nodes.forEach(function (n) { allKind[n.kind] = (allKind[n.kind] || 0) + 1; if (n.level) allLevel[n.level] = (allLevel[n.level] || 0) + 1; });
  visibleNodes.forEach(function (id) { var n = nodeById.get(id); byKind[n.kind] = (byKind[n.kind] || 0) + 1; if (n.level) byLevel[n.level] = (byLevel[n.level] || 0) + 1; });
  function put(key, shown, all) { for (var v in counters[key]) counters[key][v].textContent = ' ' + (shown[v] || 0) + '/' + (all[v] || 0); }
  put('layers', byLayer, allLayer); put('types', byType, allType); put('kinds', byKind, allKind); put('levels', byLevel, allLevel);
  document.getElementById('shown').textContent = W('explorer-shown', visibleNodes.length, D.nodes.length, visibleEdges.length, D.edges.length);
}
function number(x) { return typeof x === 'number' && Math.round(x) !== x ? x.toLocaleString(S.lang, { maximumFractionDigits: 3 }) : String(x); }
function renderMeasures() {
  var box = document.getElementById('measures'); clear(box);
  var entry = D.measures[0], head;
  var dt = S.date ? parseDate(S.date) : null;
  document.getElementById('date-label').textContent = S.date || W('legend-all-dates');
  if (dt) {
    entry = null;
    for (var i = 1; i < D.measures.length; i++) if (D.measures[i].day <= dt.first) entry = D.measures[i];
    if (!entry) { box.appendChild(el('p', 'muted', W('explorer-measures-before', dates[0] || ''))); return; }
    head = W('explorer-measures-at', entry.date);
  } else head = W('explorer-measures-all');
  box.appendChild(el('p', 'muted', head));
  var table = el('table');
  [[W('nodes'), entry.nodes], [W('edges'), entry.edges], [W('explorer-components'), entry.components],
   [W('explorer-largest'), entry.largest], [W('explorer-density'), entry.density], [W('explorer-diameter'), entry.diameter],
   [W('explorer-spof-count'), entry.spofs]].forEach(function (row) {
    var tr = el('tr'); tr.appendChild(el('td', null, row[0])); tr.appendChild(el('td', null, number(row[1]))); table.appendChild(tr);
  });
  box.appendChild(table);
}
function nodeButton(id) {
  var b = el('button', 'linkish', label(id));
  b.type = 'button';
  b.addEventListener('click', function () { api.select(id); });
  return b;
}
function renderWhatIf() {
  var box = document.getElementById('whatif'); clear(box);
  if (!S.removed.length) { box.appendChild(el('p', 'muted', W('explorer-what-if-hint'))); return; }
  box.appendChild(el('p', null, W('explorer-removed', S.removed.map(label).join(', '))));
  var r = removal();
  if (!r) {
    if (D.whatIfCommand) box.appendChild(el('p', 'muted', W('explorer-not-precomputed', D.whatIfCommand.split('%1').join(S.removed.join(',')))));
  } else {
    var hub = D.hub && S.removed.indexOf(D.hub) < 0 ? D.hub : null;
    box.appendChild(el('p', 'muted', hub ? W('explorer-cut-off-from-hub', label(hub)) : W('explorer-cut-off-from-rest')));
    r.layers.forEach(function (l) {
      box.appendChild(el('h3', null, layerLabel(l.layer) + ' (' + l.cutOff.length + ')'));
      if (!l.cutOff.length) { box.appendChild(el('p', 'muted', W('explorer-nobody-cut-off'))); return; }
      var ul = el('ul');
      l.cutOff.forEach(function (id, i) {
        var li = el('li'); li.appendChild(nodeButton(id));
        var through = l.backup[i];
        li.appendChild(el('span', through.length ? 'muted' : 'assumed', ' — ' + (through.length ? W('explorer-backup-via', through.map(layerLabel).join(', ')) : W('table-no-backup'))));
        ul.appendChild(li);
      });
      box.appendChild(ul);
    });
    box.appendChild(el('p', null, W('table-no-backup') + ': ' + (r.noBackup.length ? r.noBackup.map(label).join(', ') : W('none'))));
  }
  var undo = el('button', null, W('explorer-restore')); undo.type = 'button';
  undo.addEventListener('click', function () { api.remove([]); });
  box.appendChild(undo);
}
function validityText(since, until) {
  var parts = [];
  if (since) parts.push(W('explorer-since', since));
  if (until) parts.push(W('explorer-until', until));
  return parts.length ? parts.join(' ') : W('explorer-no-dates');
}
function provenanceList(item) {
  var box = el('div');
  item.provenance.forEach(function (f) {
    var src = D.sources[f.ref];
    var p = el('p', null, (src ? src.title : f.ref) + (f.section ? ' — ' + W('explorer-section') + ' ' + f.section : ''));
    box.appendChild(p);
    if (f.excerpt) box.appendChild(el('blockquote', null, f.excerpt));
  });
  if (item.assumption) {
    var p = el('p'); p.appendChild(el('span', 'assumed', W('assumption') + ' (' + W('explorer-assumed') + '): '));
    p.appendChild(document.createTextNode(item.assumption)); box.appendChild(p);
  }
  return box;
}
function tieItem(e, other) {
  var li = el('li');
  var b = el('button', 'linkish', typeLabel(e.type) + (e.layer ? '' : '') + ' — ' + label(other));
  b.type = 'button';
  b.addEventListener('click', function () { api.select(e.id); });
  li.appendChild(b);
  if (e.since || e.until) li.appendChild(el('span', 'muted', ' (' + validityText(e.since, e.until) + ')'));
  var f = e.provenance[0];
  if (f && f.excerpt) li.appendChild(el('blockquote', null, f.excerpt));
  else if (e.assumption) li.appendChild(el('div', 'assumed', W('explorer-assumed') + ': ' + e.assumption));
  return li;
}
function renderPanel() {
  clear(panelBody);
  var id = S.selected;
  if (!id) { panel.hidden = true; return; }
  panel.hidden = false;
  if (nodeById.has(id)) renderNode(nodeById.get(id)); else if (edgeById.has(id)) renderEdge(edgeById.get(id));
}
function renderNode(n) {
  panelBody.appendChild(el('h2', null, n.name ? T(n.name) : label(n.id)));
  panelBody.appendChild(el('div', 'id', n.id));
  panelBody.appendChild(el('h3', null, W('explorer-names')));
  var ul = el('ul');
  function order(k) { var i = ['*', 'fr', 'nl', 'de', 'en'].indexOf(k); return i < 0 ? 9 : i; }
  function names(map) { Object.keys(map).sort(function (a, b) { return order(a) - order(b) || (a < b ? -1 : a > b ? 1 : 0); }).forEach(function (k) { ul.appendChild(el('li', null, (k === '*' ? '' : k + ': ') + map[k])); }); }
  names(n.names); names(n.acronyms);
  panelBody.appendChild(ul);
  var facts = el('ul');
  facts.appendChild(el('li', null, W('kind') + ': ' + kindLabel(n.kind)));
  if (n.level) facts.appendChild(el('li', null, W('level') + ': ' + label(n.level)));
  facts.appendChild(el('li', null, W('explorer-validity') + ': ' + validityText(n.since, n.until)));
  panelBody.appendChild(facts);
  panelBody.appendChild(el('h3', null, W('explorer-provenance')));
  panelBody.appendChild(provenanceList(n));
  if (n.notes) { panelBody.appendChild(el('h3', null, W('explorer-notes'))); panelBody.appendChild(el('p', null, n.notes)); }
  if (n.actor) {
    panelBody.appendChild(el('h3', null, W('explorer-ranks', D.actorCount)));
    var ranks = el('ul');
    D.centrality.forEach(function (c) { if (c.rank[n.id] !== undefined) ranks.appendChild(el('li', null, T(c.label) + ': ' + c.rank[n.id] + ' (' + number(c.score[n.id]) + ')')); });
    panelBody.appendChild(ranks);
    panelBody.appendChild(el('h3', null, W('explorer-spof-role')));
    var r = D.removals[n.id];
    if (r) {
      var lost = r.layers.filter(function (l) { return l.cutOff.length > 0; });
      if (!lost.length) panelBody.appendChild(el('p', 'muted', W('explorer-cuts-nobody')));
      else {
        var roles = el('ul');
        lost.forEach(function (l) {
          var without = l.cutOff.filter(function (x, i) { return l.backup[i].length === 0; }).length;
          roles.appendChild(el('li', null, W('explorer-cuts-off', layerLabel(l.layer), l.cutOff.length) + (l.layer !== AGG && without ? ' — ' + W('table-no-backup') + ': ' + without : '')));
        });
        panelBody.appendChild(roles);
      }
    } else if (!D.removalsComplete) panelBody.appendChild(el('p', 'muted', W('explorer-removal-limit', D.actorCount, D.removalLimit)));
    var rm = el('button', null, S.removed.length === 1 && S.removed[0] === n.id ? W('explorer-restore') : W('explorer-remove'));
    rm.type = 'button'; rm.id = 'remove-selected';
    rm.addEventListener('click', function () { api.remove(S.removed.length === 1 && S.removed[0] === n.id ? [] : [n.id]); });
    panelBody.appendChild(rm);
  } else panelBody.appendChild(el('p', 'muted', W('explorer-not-ranked')));
  var outs = outOf.get(n.id), ins = inTo.get(n.id);
  panelBody.appendChild(el('h3', null, W('explorer-ties-out', outs.length)));
  var lo = el('ul'); outs.forEach(function (e) { lo.appendChild(tieItem(e, e.to)); }); panelBody.appendChild(lo);
  panelBody.appendChild(el('h3', null, W('explorer-ties-in', ins.length)));
  var li = el('ul'); ins.forEach(function (e) { li.appendChild(tieItem(e, e.from)); }); panelBody.appendChild(li);
}
function renderEdge(e) {
  panelBody.appendChild(el('h2', null, label(e.from) + ' → ' + label(e.to)));
  panelBody.appendChild(el('div', 'id', e.key || e.id));
  var facts = el('ul');
  facts.appendChild(el('li', null, W('explorer-tie') + ': ' + typeLabel(e.type)));
  if (e.layer) facts.appendChild(el('li', null, W('explorer-layer') + ': ' + layerLabel(e.layer)));
  facts.appendChild(el('li', null, W('explorer-validity') + ': ' + validityText(e.since, e.until)));
  if (e.weight !== undefined && e.weight !== null) facts.appendChild(el('li', null, 'weight: ' + number(e.weight)));
  panelBody.appendChild(facts);
  var ends = el('p'); ends.appendChild(nodeButton(e.from)); ends.appendChild(document.createTextNode(' → ')); ends.appendChild(nodeButton(e.to));
  panelBody.appendChild(ends);
  panelBody.appendChild(el('h3', null, W('explorer-provenance')));
  panelBody.appendChild(provenanceList(e));
  if (e.notes) { panelBody.appendChild(el('h3', null, W('explorer-notes'))); panelBody.appendChild(el('p', null, e.notes)); }
}

// ---- pan and zoom on the viewBox
var home = (function () {
  var vb = svg.viewBox && svg.viewBox.baseVal;
  if (vb && vb.width) return { x: vb.x, y: vb.y, w: vb.width, h: vb.height };
  var b = svg.getBBox(); return { x: b.x, y: b.y, w: b.width, h: b.height };
})();
svg.removeAttribute('width'); svg.removeAttribute('height');
var view = { x: home.x, y: home.y, w: home.w, h: home.h };
function setView() { svg.setAttribute('viewBox', view.x + ' ' + view.y + ' ' + view.w + ' ' + view.h); }
function unitsPerPixel() { var r = stage.getBoundingClientRect(); return Math.max(view.w / Math.max(1, r.width), view.h / Math.max(1, r.height)); }
function toSVG(clientX, clientY) {
  var m = svg.getScreenCTM();
  if (!m) return { x: view.x + view.w / 2, y: view.y + view.h / 2 };
  var p = svg.createSVGPoint(); p.x = clientX; p.y = clientY;
  var q = p.matrixTransform(m.inverse());
  // Graphviz puts the drawing in a transformed group; the viewBox is in the root's units.
  return { x: q.x, y: q.y };
}
function zoom(factor, cx, cy) {
  var w = Math.min(home.w * 8, Math.max(home.w / 40, view.w * factor)), f = w / view.w;
  if (cx === undefined) { cx = view.x + view.w / 2; cy = view.y + view.h / 2; }
  view.x = cx - (cx - view.x) * f; view.y = cy - (cy - view.y) * f; view.w *= f; view.h *= f; setView();
}
function fit() { view = { x: home.x, y: home.y, w: home.w, h: home.h }; setView(); }
function pan(dx, dy) { view.x += dx; view.y += dy; setView(); }
function centreOn(elem) {
  if (!elem) return;
  var b = elem.getBBox(), m = elem.getCTM && elem.getCTM(), root = svg.getCTM();
  var cx = b.x + b.width / 2, cy = b.y + b.height / 2;
  if (m && root) { var p = svg.createSVGPoint(); p.x = cx; p.y = cy; p = p.matrixTransform(root.inverse().multiply(m)); cx = p.x; cy = p.y; }
  view.x = cx - view.w / 2; view.y = cy - view.h / 2; setView();
}
var pointers = new Map(), drag = null, moved = 0, pinch = null;
stage.addEventListener('pointerdown', function (ev) {
  pointers.set(ev.pointerId, { x: ev.clientX, y: ev.clientY });
  if (pointers.size === 1) { drag = { x: ev.clientX, y: ev.clientY }; moved = 0; }
  if (pointers.size === 2) { var p = Array.from(pointers.values()); pinch = Math.hypot(p[0].x - p[1].x, p[0].y - p[1].y); }
});
stage.addEventListener('pointermove', function (ev) {
  if (!pointers.has(ev.pointerId)) return;
  pointers.set(ev.pointerId, { x: ev.clientX, y: ev.clientY });
  if (pointers.size === 2 && pinch) {
    var p = Array.from(pointers.values()), d = Math.hypot(p[0].x - p[1].x, p[0].y - p[1].y);
    if (d > 0) { var c = toSVG((p[0].x + p[1].x) / 2, (p[0].y + p[1].y) / 2); zoom(pinch / d, c.x, c.y); pinch = d; }
    moved += 10; return;
  }
  if (!drag) return;
  var dx = ev.clientX - drag.x, dy = ev.clientY - drag.y;
  moved += Math.abs(dx) + Math.abs(dy);
  if (moved > 4) { stage.classList.add('dragging'); if (!stage.hasPointerCapture(ev.pointerId)) stage.setPointerCapture(ev.pointerId); }
  var u = unitsPerPixel(); pan(-dx * u, -dy * u); drag = { x: ev.clientX, y: ev.clientY };
});
function endPointer(ev) { pointers.delete(ev.pointerId); if (pointers.size < 2) pinch = null; if (!pointers.size) { drag = null; stage.classList.remove('dragging'); } }
stage.addEventListener('pointerup', endPointer);
stage.addEventListener('pointercancel', endPointer);
stage.addEventListener('wheel', function (ev) {
  ev.preventDefault();
  var c = toSVG(ev.clientX, ev.clientY);
  zoom(ev.deltaY > 0 ? 1.15 : 1 / 1.15, c.x, c.y);
}, { passive: false });
stage.addEventListener('click', function (ev) {
  if (moved > 4) { moved = 0; return; }
  var t = ev.target;
  while (t && t !== svg) {
    if (elNode.has(t)) { api.select(elNode.get(t)); return; }
    if (elEdge.has(t)) { api.select(elEdge.get(t)); return; }
    t = t.parentNode;
  }
});
nodeEl.forEach(function (g, id) {
  g.setAttribute('tabindex', '0'); g.setAttribute('role', 'button'); g.setAttribute('aria-label', label(id));
  g.addEventListener('keydown', function (ev) { if (ev.key === 'Enter' || ev.key === ' ') { ev.preventDefault(); api.select(id); } });
});
document.addEventListener('keydown', function (ev) {
  var tag = ev.target && ev.target.tagName;
  if (tag === 'INPUT' || tag === 'SELECT' || tag === 'TEXTAREA') { if (ev.key === 'Escape') ev.target.blur(); return; }
  var u = view.w / 10;
  if (ev.key === '/') { ev.preventDefault(); document.getElementById('search').focus(); }
  else if (ev.key === 'Escape') api.select(null);
  else if (ev.key === '+' || ev.key === '=') zoom(1 / 1.25);
  else if (ev.key === '-' || ev.key === '_') zoom(1.25);
  else if (ev.key === '0') fit();
  else if (ev.key === 'ArrowLeft') pan(-u, 0);
  else if (ev.key === 'ArrowRight') pan(u, 0);
  else if (ev.key === 'ArrowUp') pan(0, -u);
  else if (ev.key === 'ArrowDown') pan(0, u);
  else return;
});

// ---- search with suggestions
function fold(s) { return String(s).normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase(); }
var index = D.nodes.map(function (n) {
  var keys = [n.id];
  Object.keys(n.names).forEach(function (k) { keys.push(n.names[k]); });
  Object.keys(n.acronyms).forEach(function (k) { keys.push(n.acronyms[k]); });
  return { id: n.id, keys: keys.map(fold) };
});
var search = document.getElementById('search'), suggest = document.getElementById('suggest'), active = -1, found = [];
function showSuggestions() {
  var q = fold(search.value.trim());
  clear(suggest); active = -1; found = [];
  if (!q) return;
  var scored = [];
  index.forEach(function (entry) {
    var best = Infinity;
    entry.keys.forEach(function (k) { var i = k.indexOf(q); if (i >= 0) best = Math.min(best, i === 0 ? (k.length === q.length ? 0 : 1) : 2); });
    if (best < Infinity) scored.push([best, label(entry.id).toLowerCase(), entry.id]);
  });
  scored.sort(function (a, b) { return a[0] - b[0] || (a[1] < b[1] ? -1 : a[1] > b[1] ? 1 : 0); });
  found = scored.slice(0, 12).map(function (s) { return s[2]; });
  if (!found.length) { suggest.appendChild(el('li', 'muted', W('explorer-no-match'))); return; }
  found.forEach(function (id, i) {
    var n = nodeById.get(id);
    var li = el('li', null, label(id)); li.setAttribute('role', 'option'); li.id = 'suggest-' + i;
    li.appendChild(el('small', null, (n.name ? T(n.name) + ' · ' : '') + id));
    li.addEventListener('mousedown', function (ev) { ev.preventDefault(); choose(id); });
    suggest.appendChild(li);
  });
}
function choose(id) { clear(suggest); search.value = label(id); api.select(id); centreOn(nodeEl.get(id)); }
function markActive() { Array.prototype.forEach.call(suggest.children, function (li, i) { li.setAttribute('aria-selected', String(i === active)); }); }
search.addEventListener('input', showSuggestions);
search.addEventListener('blur', function () { setTimeout(function () { clear(suggest); }, 150); });
search.addEventListener('keydown', function (ev) {
  if (ev.key === 'ArrowDown') { ev.preventDefault(); active = Math.min(found.length - 1, active + 1); markActive(); }
  else if (ev.key === 'ArrowUp') { ev.preventDefault(); active = Math.max(0, active - 1); markActive(); }
  else if (ev.key === 'Enter') { ev.preventDefault(); if (found.length) choose(found[Math.max(0, active)]); }
});

// ---- the URL fragment
var writing = false;
function fragment() {
  var parts = [];
  function put(k, v) { if (v !== null && v !== undefined && v !== '' && v !== false) parts.push(k + '=' + encodeURIComponent(v === true ? '1' : v)); }
  function list(v) { return v ? v.join(',') : null; }
  put('sel', S.selected); put('date', S.date); put('layers', list(S.layers)); put('kinds', list(S.kinds));
  put('types', list(S.types)); put('levels', list(S.levels)); put('rm', S.removed.length ? S.removed.join(',') : null);
  put('lang', S.lang !== D.language ? S.lang : null); put('dim', S.dim); put('size', S.size); put('colour', S.colour); put('spof', S.spof);
  return parts.join('&');
}
function writeFragment() {
  var f = fragment();
  if (location.hash.replace(/^#/, '') === f) return;
  writing = true;
  try { history.replaceState(null, '', f ? '#' + f : location.pathname + location.search); } catch (e) { location.hash = f; }
  writing = false;
}
function readFragment(hash) {
  var s = initial(); s.lang = S.lang;
  var lang = D.language;
  hash.replace(/^#/, '').split('&').forEach(function (part) {
    var i = part.indexOf('='); if (i < 0) return;
    var k = part.slice(0, i), v; try { v = decodeURIComponent(part.slice(i + 1)); } catch (e) { return; }
    var list = v.split(',').filter(function (x) { return x; }).sort();
    if (k === 'sel' && (nodeById.has(v) || edgeById.has(v))) s.selected = v;
    else if (k === 'date' && parseDate(v)) s.date = v;
    else if (k === 'layers') s.layers = list; else if (k === 'kinds') s.kinds = list;
    else if (k === 'types') s.types = list; else if (k === 'levels') s.levels = list;
    else if (k === 'rm') s.removed = list.filter(function (x) { return nodeById.has(x); });
    else if (k === 'lang' && LANGS.indexOf(v) >= 0) lang = v;
    else if (k === 'dim') s.dim = v === '1'; else if (k === 'spof') s.spof = v === '1';
    else if (k === 'size' && measuresByName[v]) s.size = v; else if (k === 'colour' && D.colourings[v]) s.colour = v;
  });
  s.lang = lang;
  return s;
}
window.addEventListener('hashchange', function () {
  if (writing || location.hash.replace(/^#/, '') === fragment()) return;
  var langBefore = S.lang; S = readFragment(location.hash);
  if (S.lang !== langBefore) buildControls();
  syncChecks(); apply();
});

// ---- export and print
function exportSVG() {
  var copy = svg.cloneNode(true);
  copy.querySelectorAll('.ag-hid').forEach(function (e) { e.parentNode.removeChild(e); });
  copy.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
  copy.setAttribute('width', String(Math.round(view.w))); copy.setAttribute('height', String(Math.round(view.h)));
  var style = document.createElementNS('http://www.w3.org/2000/svg', 'style');
  style.textContent = '.ag-dim{opacity:.12}.ag-removed{opacity:.35}.ag-spof>polygon,.ag-spof>ellipse,.ag-spof>path{stroke:#c2185b;stroke-width:4}' +
    '.ag-cut>polygon,.ag-cut>ellipse,.ag-cut>path{stroke:#d55e00;stroke-width:4}.ag-nobackup>polygon,.ag-nobackup>ellipse,.ag-nobackup>path{stroke:#b3261e;stroke-width:5}' +
    '.ag-sel>polygon,.ag-sel>ellipse,.ag-sel>path{stroke:#0b5cad;stroke-width:5}';
  copy.insertBefore(style, copy.firstChild);
  var text = new XMLSerializer().serializeToString(copy);
  var a = document.createElement('a');
  a.href = URL.createObjectURL(new Blob([text], { type: 'image/svg+xml' }));
  a.download = D.id + (S.date ? '-' + S.date : '') + '.svg';
  document.body.appendChild(a); a.click(); document.body.removeChild(a);
  setTimeout(function () { URL.revokeObjectURL(a.href); }, 1000);
  return text;
}
function toast(text) { var t = document.getElementById('toast'); t.textContent = text; setTimeout(function () { t.textContent = ''; }, 2500); }

// ---- wiring
document.getElementById('zoom-in').addEventListener('click', function () { zoom(1 / 1.25); });
document.getElementById('zoom-out').addEventListener('click', function () { zoom(1.25); });
document.getElementById('fit').addEventListener('click', fit);
document.getElementById('close').addEventListener('click', function () { api.select(null); });
document.getElementById('reset').addEventListener('click', function () { api.reset(); });
document.getElementById('print').addEventListener('click', function () { window.print(); });
document.getElementById('export').addEventListener('click', exportSVG);
document.getElementById('share').addEventListener('click', function () {
  var link = location.href;
  if (navigator.clipboard && navigator.clipboard.writeText) navigator.clipboard.writeText(link).then(function () { toast(W('explorer-copied')); }, function () { toast(link); });
  else toast(link);
});
document.getElementById('lang').addEventListener('change', function (ev) { api.setLanguage(ev.target.value); });
document.getElementById('size').addEventListener('change', function (ev) { S.size = ev.target.value || null; apply(); });
document.getElementById('colour').addEventListener('change', function (ev) { S.colour = ev.target.value || null; apply(); });
document.getElementById('spof').addEventListener('change', function (ev) { S.spof = ev.target.checked; apply(); });
document.getElementById('dim').addEventListener('change', function (ev) { S.dim = ev.target.checked; apply(); });
document.getElementById('slider').addEventListener('input', function (ev) { var i = Number(ev.target.value); S.date = i > 0 ? dates[i - 1] : null; apply(); });

// ---- the API
function names(list) {
  if (list === null || list === undefined) return null;
  if (!Array.isArray(list)) list = [list];
  return Array.from(new Set(list.map(String))).sort();
}
var api = {
  select: function (id) {
    if (id === null || id === undefined) { S.selected = null; apply(); return true; }
    if (!nodeById.has(id) && !edgeById.has(id)) return false;
    S.selected = id; apply();
    if (nodeById.has(id)) centreOn(nodeEl.get(id));
    return true;
  },
  setDate: function (d) {
    if (d !== null && d !== undefined && !parseDate(String(d))) return false;
    S.date = d === null || d === undefined ? null : String(d); syncChecks(); apply(); return true;
  },
  setLayers: function (list) { S.layers = names(list); syncChecks(); apply(); },
  setKinds: function (list) { S.kinds = names(list); syncChecks(); apply(); },
  setTypes: function (list) { S.types = names(list); syncChecks(); apply(); },
  setLevels: function (list) { S.levels = names(list); syncChecks(); apply(); },
  remove: function (ids) { S.removed = (names(ids) || []).filter(function (x) { return nodeById.has(x); }); apply(); },
  reset: function () { var lang = S.lang; S = initial(); S.lang = lang; syncChecks(); fit(); apply(); },
  setLanguage: function (l) { if (LANGS.indexOf(l) < 0) return false; S.lang = l; buildControls(); syncChecks(); apply(); return true; },
  setOverlay: function (o) {
    o = o || {};
    if ('size' in o) S.size = o.size && measuresByName[o.size] ? o.size : null;
    if ('colour' in o) S.colour = o.colour && D.colourings[o.colour] ? o.colour : null;
    if ('spof' in o) S.spof = !!o.spof;
    syncChecks(); apply();
  },
  setDim: function (b) { S.dim = !!b; syncChecks(); apply(); },
  fit: fit,
  exportSVG: exportSVG,
  // Milliseconds from navigation start to the end of the first view (set when ready).
  readyMs: null,
  // Milliseconds from navigation start to the start of this script (the page parsed up to it).
  startMs: Math.round(startMs),
  state: function () {
    var r = removal(), cutOff = null, backup = null, noBackup = null;
    if (!S.removed.length) { cutOff = {}; backup = {}; noBackup = []; }
    else if (r) {
      cutOff = {}; backup = {}; noBackup = r.noBackup.slice();
      r.layers.forEach(function (l) {
        cutOff[l.layer] = l.cutOff.slice();
        var b = {}; l.cutOff.forEach(function (id, i) { if (l.backup[i].length) b[id] = l.backup[i].slice(); });
        backup[l.layer] = b;
      });
    }
    return {
      selected: S.selected, date: S.date, layers: S.layers && S.layers.slice(), kinds: S.kinds && S.kinds.slice(),
      types: S.types && S.types.slice(), levels: S.levels && S.levels.slice(), removed: S.removed.slice(), language: S.lang,
      overlay: { size: S.size, colour: S.colour, spof: S.spof }, dim: S.dim,
      visibleNodes: visibleNodes.slice(),
      visibleEdges: visibleEdges.map(function (e) { return { id: e.id, from: e.from, to: e.to, type: e.type, layer: e.layer || null }; }),
      cutOff: cutOff, backup: backup, noBackup: noBackup,
      panelText: panel.hidden ? '' : panelBody.textContent,
      fragment: fragment()
    };
  }
};
window.agencyExplorer = api;

S = readFragment(location.hash);
buildControls();
syncChecks();
setView();
apply();
if (S.selected && nodeById.has(S.selected)) centreOn(nodeEl.get(S.selected));
api.readyMs = Math.round(performance.now());
document.documentElement.setAttribute('data-ready', '1');
})();
"""#
}

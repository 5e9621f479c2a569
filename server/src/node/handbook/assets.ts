// The handbook's own assets: style sheet, search script and icon. System fonts only; nothing is loaded
// from another host. Kept as strings so the bundled CLI carries them.

export const HANDBOOK_CSS = String.raw`/* Werkzeugkoffer Willkommensbehörde — Stil des Handbuchs. Systemschriften, keine Webfonts, nichts von außen. */
:root {
  --text: #1b1f24;
  --text-leise: #4a5360;
  --hintergrund: #ffffff;
  --flaeche: #f3f5f8;
  --linie: #c9d0d9;
  --akzent: #0b4f8a;
  --akzent-dunkel: #07345c;
  --link: #0a4d87;
  --link-besucht: #5a2d82;
  --fokus: #c2410c;
  --markierung: #fff1a8;
  --breite: 72rem;
  font-family: system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "Liberation Sans", Arial, sans-serif;
  font-size: 100%;
  line-height: 1.6;
  color: var(--text);
  background: var(--hintergrund);
}

*, *::before, *::after { box-sizing: border-box; }
body { margin: 0; }
img, svg { max-width: 100%; height: auto; }

a { color: var(--link); text-decoration-thickness: 1px; text-underline-offset: 0.15em; }
a:visited { color: var(--link-besucht); }
a:hover { text-decoration-thickness: 2px; }
:focus-visible { outline: 3px solid var(--fokus); outline-offset: 2px; }
main:focus { outline: none; }

.nur-vorlesen {
  position: absolute !important; width: 1px; height: 1px; padding: 0; margin: -1px;
  overflow: hidden; clip: rect(0, 0, 0, 0); white-space: nowrap; border: 0;
}

.sprungmarke {
  position: absolute; left: 1rem; top: -10rem; z-index: 10;
  background: var(--hintergrund); color: var(--akzent-dunkel); padding: 0.5rem 1rem; border: 2px solid var(--akzent-dunkel);
  font-weight: 600;
}
.sprungmarke:focus { top: 0.5rem; }

/* Kopf */
.kopf { background: var(--akzent-dunkel); color: #fff; }
.kopf a, .kopf a:visited { color: #fff; }
.kopf-innen, .hauptnavigation ul, .brotkruemel ol, main, .blaettern ul, .fuss { max-width: var(--breite); margin-left: auto; margin-right: auto; padding-left: 1.25rem; padding-right: 1.25rem; }
.kopf-innen { display: flex; flex-wrap: wrap; align-items: center; justify-content: space-between; gap: 0.75rem 2rem; padding-top: 0.9rem; padding-bottom: 0.6rem; }
.marke { text-decoration: none; line-height: 1.2; }
.marke-titel { display: block; font-size: 1.45rem; font-weight: 700; letter-spacing: 0.01em; }
.marke-zusatz { display: block; font-size: 0.95rem; }
.suchformular { display: flex; align-items: center; gap: 0.4rem; flex-wrap: wrap; }
.suchformular label { font-size: 0.9rem; }
.suchformular input, .suchformular-gross input {
  font: inherit; padding: 0.35rem 0.6rem; border: 2px solid #ffffff; border-radius: 4px; min-width: 12rem; color: var(--text); background: #fff;
}
.suchformular button, .suchformular-gross button {
  font: inherit; font-weight: 600; padding: 0.35rem 0.9rem; border-radius: 4px; border: 2px solid #fff; background: transparent; color: #fff; cursor: pointer;
}
.suchformular-gross { display: flex; flex-wrap: wrap; gap: 0.5rem; align-items: center; margin: 1rem 0; }
.suchformular-gross input { border-color: var(--akzent); min-width: min(28rem, 100%); }
.suchformular-gross button { background: var(--akzent); border-color: var(--akzent); }
.hauptnavigation { background: var(--akzent); }
.hauptnavigation ul { list-style: none; display: flex; flex-wrap: wrap; gap: 0 0.25rem; margin-top: 0; margin-bottom: 0; }
.hauptnavigation a { display: inline-block; padding: 0.5rem 0.75rem; text-decoration: none; font-weight: 600; }
.hauptnavigation a:hover, .hauptnavigation a[aria-current] { text-decoration: underline; text-decoration-thickness: 3px; text-underline-offset: 0.35em; }
.hauptnavigation li:first-child a { padding-left: 0; }

/* Brotkrümel */
.brotkruemel ol { list-style: none; display: flex; flex-wrap: wrap; gap: 0.25rem; padding-top: 0.75rem; margin-top: 0; margin-bottom: 0; font-size: 0.92rem; }
.brotkruemel li + li::before { content: "›"; margin-right: 0.35rem; color: var(--text-leise); }
.brotkruemel a[aria-current] { color: var(--text); text-decoration: none; }

/* Inhalt */
main { padding-top: 1rem; padding-bottom: 2.5rem; }
h1, h2, h3, h4 { line-height: 1.25; margin: 1.6em 0 0.5em; }
h1 { font-size: clamp(1.8rem, 3.5vw, 2.4rem); margin-top: 0.6em; color: var(--akzent-dunkel); }
h2 { font-size: 1.5rem; }
h3 { font-size: 1.2rem; }
h4 { font-size: 1.05rem; }
p, ul, ol, dl, table { margin: 0 0 1rem; }
.fliesstext { max-width: 46rem; }
.fliesstext > :first-child { margin-top: 0.5rem; }
.fliesstext li { margin-bottom: 0.35rem; }
.seitenkopf { margin-bottom: 1.5rem; }
.dachzeile { margin: 0; color: var(--text-leise); font-weight: 600; text-transform: uppercase; letter-spacing: 0.06em; font-size: 0.85rem; }
.kurzbeschreibung { font-size: 1.15rem; max-width: 46rem; }
.nebensache { color: var(--text-leise); font-size: 0.93rem; }
.nummer { display: inline-block; min-width: 2.2em; font-weight: 700; color: var(--akzent-dunkel); }
mark { background: var(--markierung); color: inherit; padding: 0 0.1em; }

/* Dokumentseiten: Steckbrief neben dem Text */
.dokument { display: grid; grid-template-columns: minmax(0, 1fr); gap: 0 2.5rem; }
@media (min-width: 62rem) {
  .dokument { grid-template-columns: minmax(0, 1fr) 20rem; }
  .dokument > * { grid-column: 1; }
  .dokument > .steckbrief { grid-column: 2; grid-row: 1 / span 4; align-self: start; position: sticky; top: 1rem; }
}
.steckbrief { background: var(--flaeche); border-left: 4px solid var(--akzent); padding: 0.25rem 1.25rem 0.75rem; margin-bottom: 1.5rem; font-size: 0.95rem; }
.steckbrief h2 { font-size: 1.1rem; margin-top: 0.9rem; }
.steckbrief dl > div { margin-bottom: 0.7rem; }
.steckbrief dt { font-weight: 700; }
.steckbrief dd { margin: 0; }
.liste-kompakt { margin: 0; padding-left: 1.1rem; }
.liste-kompakt li { margin: 0.1rem 0; }
.in-der-praxis { border-top: 2px solid var(--linie); margin-top: 1.5rem; }
.quellen { font-size: 0.93rem; }
.kontakte { list-style: none; padding: 0; }
.kontakte li { margin-bottom: 0.6rem; }
address.herausgeber { font-style: normal; margin-bottom: 1.25rem; }
.stand { color: var(--text-leise); }

/* Karten */
.karten { list-style: none; padding: 0; display: grid; grid-template-columns: repeat(auto-fill, minmax(18rem, 1fr)); gap: 1rem; }
.karte { border: 1px solid var(--linie); border-radius: 6px; padding: 0.9rem 1.1rem; background: var(--hintergrund); }
.karte p { margin-bottom: 0.5rem; }
.karte-titel { margin: 0 0 0.4rem; font-size: 1.1rem; }
.eckpunkte .karte { border-top: 4px solid var(--akzent); }
.kennzahlen { font-weight: 600; color: var(--akzent-dunkel); }
.einstieg { background: var(--flaeche); padding: 0.25rem 1.5rem 0.5rem; border-radius: 6px; margin-top: 2rem; }
.hinweis { background: var(--flaeche); border-left: 4px solid var(--akzent); padding: 0.75rem 1.25rem; margin: 1rem 0 1.5rem; }
.hinweis p:last-child { margin-bottom: 0; }
.kriterien { padding-left: 0; list-style: none; }
.kriterien li { margin-bottom: 0.6rem; }

/* Tabellen */
.tabelle { overflow-x: auto; margin-bottom: 1.5rem; }
table { border-collapse: collapse; width: 100%; font-size: 0.95rem; }
caption { text-align: left; font-weight: 700; font-size: 1.1rem; padding: 0.5rem 0; }
th, td { text-align: left; vertical-align: top; padding: 0.5rem 0.6rem; border-bottom: 1px solid var(--linie); }
thead th { border-bottom: 2px solid var(--text); }
td.zahl { text-align: right; font-variant-numeric: tabular-nums; }

/* Karte der Länder */
.karte-laender { margin: 0 0 1.5rem; }
.laenderkarte { width: 100%; max-width: 26rem; height: auto; display: block; }
figcaption { color: var(--text-leise); font-size: 0.93rem; max-width: 46rem; }

/* Checkliste */
.formularkopf { display: grid; grid-template-columns: repeat(auto-fit, minmax(14rem, 1fr)); gap: 0.5rem 1.5rem; margin-bottom: 1rem; }
.formularkopf label { display: block; font-weight: 600; }
.formularkopf input { font: inherit; width: 100%; padding: 0.3rem 0.5rem; border: 1px solid var(--text-leise); border-radius: 3px; }
.checkliste th[scope="row"] { font-weight: 400; width: 50%; }
.checkliste td { white-space: nowrap; }
.skala-legende { display: block; font-weight: 400; font-size: 0.8rem; color: var(--text-leise); }
.skala { border: 0; margin: 0; padding: 0; display: flex; gap: 0.3rem; }
.skala label { display: inline-flex; flex-direction: column; align-items: center; font-size: 0.8rem; cursor: pointer; }
.skala input {
  appearance: none; -webkit-appearance: none; margin: 0; width: 1.35rem; height: 1.35rem;
  border: 2px solid var(--text); border-radius: 2px; background: #fff; cursor: pointer;
}
.skala input:checked { background: var(--akzent-dunkel); box-shadow: inset 0 0 0 3px #fff; }
.skala input:focus-visible { outline: 3px solid var(--fokus); outline-offset: 2px; }
.leitsatz { color: var(--text-leise); max-width: 46rem; }

/* Suche */
.suchstatus { font-weight: 600; min-height: 1.6em; }
.suchtreffer { list-style: none; padding: 0; }
.suchtreffer li { border-bottom: 1px solid var(--linie); padding: 0.75rem 0; }
.suchtreffer .treffer-titel { font-size: 1.1rem; font-weight: 600; }
.suchtreffer .treffer-art { display: inline-block; margin-left: 0.5rem; font-size: 0.8rem; color: var(--text-leise); border: 1px solid var(--linie); border-radius: 3px; padding: 0 0.35rem; }
.suchtreffer p { margin: 0.25rem 0 0; }

/* Blättern und Fuß */
.blaettern ul { list-style: none; display: flex; justify-content: space-between; gap: 1rem; padding-top: 1rem; padding-bottom: 1rem; border-top: 1px solid var(--linie); margin-bottom: 0; }
.blaettern li { max-width: 48%; }
.blaettern .weiter { margin-left: auto; text-align: right; }
.blaettern a { display: block; }
.richtung { display: block; font-size: 0.85rem; color: var(--text-leise); }
.fuss { border-top: 1px solid var(--linie); padding-top: 1rem; padding-bottom: 2rem; font-size: 0.93rem; color: var(--text-leise); }
.fuss ul { list-style: none; display: flex; flex-wrap: wrap; gap: 0.25rem 1.5rem; padding: 0; }

/* Druckfassung am Bildschirm */
.titelblatt { margin-bottom: 2rem; }
.inhaltsverzeichnis ol { padding-left: 2.2rem; } /* room for two-digit numbers: in print, main has no padding of its own */
.inhaltsverzeichnis ol ol { margin-bottom: 0.4rem; }
.kapitel { border-top: 3px solid var(--akzent); margin-top: 2.5rem; }
.druck-dokument { border-top: 1px solid var(--linie); margin-top: 2rem; }
.druck-fakten { display: grid; grid-template-columns: max-content 1fr; gap: 0.2rem 1rem; font-size: 0.93rem; }
.druck-fakten div { display: contents; }
.druck-fakten dt { font-weight: 700; }
.druck-fakten dd { margin: 0; }

@media print {
  @page { size: A4; margin: 18mm 16mm 20mm; }
  :root { font-size: 10.5pt; line-height: 1.45; }
  .kopf, .brotkruemel, .blaettern, .fuss, .sprungmarke, .nur-bildschirm, .suchformular-gross { display: none !important; }
  main { max-width: none; padding: 0; }
  a, a:visited { color: inherit; text-decoration: none; }
  .fliesstext a[href^="http"]::after { content: " (" attr(href) ")"; font-size: 0.85em; word-break: break-all; }
  h1, h2, h3, h4 { break-after: avoid; page-break-after: avoid; color: #000; }
  .kapitel { break-before: page; page-break-before: always; border-top: 0; margin-top: 0; }
  .druck-dokument { break-before: page; page-break-before: always; border-top: 0; margin-top: 0; }
  .inhaltsverzeichnis { break-after: page; }
  table, tr, li, .karte, .steckbrief, dl > div { break-inside: avoid; }
  .dokument { display: block; }
  .steckbrief { position: static; border: 1px solid #000; }
  .karten { display: block; }
  .karte { border: 0; border-bottom: 1px solid #999; border-radius: 0; padding: 0.4rem 0; }
  .checkliste-eckpunkt { break-inside: auto; }
  .checkliste th, .checkliste td { padding: 0.35rem 0.4rem; }
  .skala input { width: 1.1rem; height: 1.1rem; border-width: 1.5px; }
  .tabelle { overflow: visible; }
  .laenderkarte { max-width: 24rem; }
}
`;

export const SEARCH_JS = String.raw`/* Werkzeugkoffer Willkommensbehörde — Suche. Läuft ganz im Browser mit dem Index von Pagefind; nichts verlässt die Seite. */
(function () {
  'use strict';
  var script = document.currentScript;
  var root = new URL('../', script && script.src ? script.src : location.href);
  var pagefind = null;

  function load() {
    if (!pagefind) {
      pagefind = import(new URL('pagefind/pagefind.js', root).href).then(function (module) {
        return Promise.resolve(module.options({ baseUrl: root.pathname, excerptLength: 24 })).then(function () { return module; });
      });
    }
    return pagefind;
  }

  /** Pagefind's excerpt as DOM: only its text and its <mark> elements are kept, nothing else is interpreted. */
  function excerptNodes(html) {
    var fragment = document.createDocumentFragment();
    var parsed = new DOMParser().parseFromString('<body>' + html + '</body>', 'text/html');
    parsed.body.childNodes.forEach(function (node) {
      if (node.nodeType === 3) fragment.appendChild(document.createTextNode(node.textContent));
      else if (node.nodeType === 1 && node.nodeName === 'MARK') {
        var mark = document.createElement('mark');
        mark.textContent = node.textContent;
        fragment.appendChild(mark);
      } else fragment.appendChild(document.createTextNode(node.textContent || ''));
    });
    return fragment;
  }

  function onSearchPage() {
    var form = document.querySelector('form[data-suche]');
    var input = document.getElementById('suchbegriff');
    var status = document.getElementById('suchstatus');
    var results = document.getElementById('suchergebnisse');
    if (!form || !input || !status || !results) return;
    var counter = 0;
    var timer = null;
    var queue = Promise.resolve();

    function show(query) {
      var mine = ++counter;
      results.textContent = '';
      if (!query.trim()) {
        status.textContent = 'Geben Sie einen Suchbegriff ein.';
        return;
      }
      status.textContent = 'Suche läuft …';
      // One search at a time: Pagefind answers overlapping searches unreliably while it loads its index.
      var done = queue.then(function () { return mine === counter ? load().then(function (module) { return module.search(query); }) : null; });
      queue = done.catch(function () { return null; });
      done
        .then(function (search) {
          // A superseded search (null) shows nothing; the newer one answers.
          return search ? Promise.all(search.results.slice(0, 40).map(function (result) { return result.data(); })) : null;
        })
        .then(function (found) {
          if (mine !== counter || !found) return;
          status.textContent = found.length === 0
            ? 'Keine Treffer für „' + query + '“.'
            : (found.length === 1 ? '1 Treffer' : found.length + ' Treffer') + ' für „' + query + '“.';
          if (!found.length) return;
          var list = document.createElement('ol');
          list.className = 'suchtreffer';
          found.forEach(function (item) {
            var li = document.createElement('li');
            var link = document.createElement('a');
            link.className = 'treffer-titel';
            link.href = item.url;
            link.textContent = (item.meta && item.meta.title) || item.url;
            li.appendChild(link);
            if (item.meta && item.meta.art) {
              var kind = document.createElement('span');
              kind.className = 'treffer-art';
              kind.textContent = item.meta.art;
              li.appendChild(kind);
            }
            var excerpt = document.createElement('p');
            excerpt.appendChild(excerptNodes(item.excerpt || ''));
            li.appendChild(excerpt);
            list.appendChild(li);
          });
          results.appendChild(list);
        })
        .catch(function () {
          if (mine !== counter) return;
          status.textContent = location.protocol === 'file:'
            ? 'Die Suche funktioniert nur, wenn das Handbuch über einen Webserver aufgerufen wird.'
            : 'Die Suche ist gerade nicht verfügbar.';
        });
    }

    var query = new URLSearchParams(location.search).get('q') || '';
    input.value = query;
    var header = document.getElementById('suchfeld');
    if (header) header.value = query;
    show(query);
    form.addEventListener('submit', function (event) {
      event.preventDefault();
      clearTimeout(timer);
      var url = new URL(location.href);
      url.searchParams.set('q', input.value);
      history.replaceState(null, '', url);
      show(input.value);
    });
    input.addEventListener('input', function () {
      clearTimeout(timer);
      timer = setTimeout(function () { show(input.value); }, 250);
    });
  }

  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', onSearchPage);
  else onSearchPage();
})();
`;

export const FAVICON_SVG = '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><rect width="32" height="32" rx="6" fill="#07345c"/><path d="M7 13h18v12H7z" fill="none" stroke="#fff" stroke-width="2.5"/><path d="M12 13v-3h8v3" fill="none" stroke="#fff" stroke-width="2.5"/></svg>';

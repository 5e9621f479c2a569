/* Werkzeugkoffer Willkommensbehörde — Suche. Läuft ganz im Browser mit dem Index von Pagefind; nichts verlässt die Seite. */
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

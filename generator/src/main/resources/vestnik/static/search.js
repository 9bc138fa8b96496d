/* Vestnik's search page: analyses the query as the plugin analysed the articles (see
 * by.vestnik.search.Analysis), fetches the index chunks of its terms, intersects their postings and
 * shows the results. Everything it fetches lies next to the manifest on this site. */
(function (root) {
  'use strict';

  // the same expression as Analysis.WORD in the plugin
  var WORD = /[\p{L}\p{N}\p{M}]+(?:['’ʼ][\p{L}\p{N}\p{M}]+)*/gu;
  var PAGE = 10;
  var SNIPPET_WORDS = 36;

  /** The suffix stripper of a rules file (RuleStemmer in the plugin). */
  function ruleStemmer(rules) {
    return function (word) {
      var rv = word.length;
      for (var i = 0; i < word.length; i++) {
        if (rules.vowels.indexOf(word[i]) >= 0) { rv = i + 1; break; }
      }
      var stem = word;
      rules.steps.forEach(function (step) {
        for (var k = 0; k < step.length; k++) {
          var start = stem.length - step[k].length;
          if (start >= rv && start >= rules.minStem && stem.endsWith(step[k])) {
            stem = stem.slice(0, start);
            break;
          }
        }
      });
      return stem;
    };
  }

  /** A language's analysis from the manifest's "analysis" object. */
  function analyzer(config, stemmers) {
    var stem;
    if (config.stemmer === 'rules') stem = ruleStemmer(config.rules);
    else if (config.stemmer === 'none') stem = function (word) { return word; };
    else stem = stemmers[config.stemmer.replace(/^snowball-/, '')];
    if (!stem) throw new Error('no stemmer ' + config.stemmer);
    var fold = config.fold;
    var stop = new Set(config.stop);
    var cache = new Map();
    function foldWord(word) {
      var out = '';
      for (var i = 0; i < word.length; i++) {
        out += Object.prototype.hasOwnProperty.call(fold, word[i]) ? fold[word[i]] : word[i];
      }
      return out;
    }
    /** The term of a lower-case word, or null for a stop word. */
    function term(word) {
      var folded = foldWord(word);
      if (!folded || stop.has(folded)) return null;
      if (!cache.has(folded)) cache.set(folded, stem(folded));
      return cache.get(folded);
    }
    /** The words of a text with their places and terms (null for stop words). */
    function words(text) {
      var lower = text.toLowerCase();
      if (lower.length !== text.length) lower = text; // a letter whose lower case is longer: keep places right
      var out = [];
      for (var m of lower.matchAll(WORD)) {
        out.push({ start: m.index, end: m.index + m[0].length, term: term(m[0].toLowerCase()) });
      }
      return out;
    }
    return {
      words: words,
      terms: function (text) {
        return words(text).map(function (w) { return w.term; }).filter(function (t) { return t !== null; });
      },
    };
  }

  /** The chunk of a term: FNV-1a over UTF-16 code units, as Buckets.of in the plugin. */
  function bucket(term, count) {
    var hash = 0x811c9dc5;
    for (var i = 0; i < term.length; i++) {
      hash ^= term.charCodeAt(i);
      hash = Math.imul(hash, 0x01000193);
    }
    return (hash >>> 0) % count;
  }

  /** The index of one language, fetched piece by piece and kept for the page's life. */
  function Index(manifestUrl, stemmers) {
    var base = new URL(manifestUrl, document.baseURI);
    var files = new Map();
    var manifest = null;
    var analysis = null;
    function json(path) {
      var url = new URL(path, base).href;
      if (!files.has(url)) {
        files.set(url, fetch(url).then(function (r) {
          if (!r.ok) throw new Error(url + ': ' + r.status);
          return r.json();
        }));
      }
      return files.get(url);
    }
    function load() {
      if (!manifest) {
        manifest = json(base.href).then(function (m) {
          analysis = analyzer(m.analysis, stemmers);
          return m;
        });
      }
      return manifest;
    }
    /** A term's postings as a Map of document id to weight. */
    function postings(m, term) {
      var name = m.chunks[bucket(term, m.chunks.length)];
      if (!name) return Promise.resolve(new Map());
      return json('t/' + name + '.json').then(function (chunk) {
        var list = new Map();
        var encoded = Object.prototype.hasOwnProperty.call(chunk, term) ? chunk[term] : [];
        for (var i = 0, id = 0; i < encoded.length; i += 2) {
          id += encoded[i];
          list.set(id, encoded[i + 1]);
        }
        return list;
      });
    }
    return {
      /** {terms, hits: [{id, weight}]}: documents holding every term, filtered and sorted. */
      search: function (query) {
        return load().then(function (m) {
          var terms = Array.from(new Set(analysis.terms(query.q)));
          if (terms.length === 0) return { terms: terms, hits: [] };
          var wanted = terms.slice();
          if (query.topic) wanted.push('#' + query.topic);
          return Promise.all(wanted.map(function (t) { return postings(m, t); })).then(function (lists) {
            lists.sort(function (a, b) { return a.size - b.size; });
            var range = yearRange(m, query.year);
            var hits = [];
            lists[0].forEach(function (weight, id) {
              if (id < range[0] || id > range[1]) return;
              var total = weight;
              for (var k = 1; k < lists.length; k++) {
                if (!lists[k].has(id)) return;
                total += lists[k].get(id);
              }
              hits.push({ id: id, weight: total });
            });
            hits.sort(query.sort === 'newest'
              ? function (a, b) { return b.id - a.id; }
              : function (a, b) { return b.weight - a.weight || b.id - a.id; });
            return { terms: terms, hits: hits };
          });
        });
      },
      /** What the result of a document shows: {u, t, d, h, x}. */
      fragment: function (id) {
        return load().then(function (m) {
          return json('d/' + m.tables[Math.floor(id / m.tableSize)] + '.json');
        }).then(function (table) {
          return manifest.then(function (m) {
            return json('f/' + table[Math.floor((id % m.tableSize) / m.packSize)] + '.json').then(function (pack) {
              return pack[id % m.packSize];
            });
          });
        });
      },
      words: function (text) { return analysis.words(text); },
      /** Fetches the manifest ahead of the first query: a reader on the search page is about to type one. */
      prepare: function () { return load(); },
    };
  }

  function yearRange(m, year) {
    if (!year) return [0, Infinity];
    for (var i = 0; i < m.years.length; i++) {
      if (String(m.years[i][0]) === year) return [m.years[i][1], m.years[i][2]];
    }
    return [1, 0];
  }

  /** The text with the words of the query in <mark>; a window of words around the first match when asked. */
  function highlighted(text, words, terms, windowed) {
    var out = document.createDocumentFragment();
    var first = 0;
    var last = words.length;
    if (windowed) {
      var hit = words.findIndex(function (w) { return terms.has(w.term); });
      first = Math.max(0, hit - 8);
      last = Math.min(words.length, first + SNIPPET_WORDS);
    }
    if (words.length === 0) {
      out.appendChild(document.createTextNode(text));
      return out;
    }
    var at = first === 0 ? 0 : words[first].start;
    if (first > 0) out.appendChild(document.createTextNode('… '));
    for (var i = first; i < last; i++) {
      var w = words[i];
      if (!terms.has(w.term)) continue;
      out.appendChild(document.createTextNode(text.slice(at, w.start)));
      var mark = document.createElement('mark');
      mark.textContent = text.slice(w.start, w.end);
      out.appendChild(mark);
      at = w.end;
    }
    var end = last === words.length ? text.length : words[last - 1].end;
    out.appendChild(document.createTextNode(text.slice(at, end) + (end < text.length ? ' …' : '')));
    return out;
  }

  function init(container) {
    var form = container.querySelector('form');
    var input = form.elements.q;
    var status = container.querySelector('[data-search-status]');
    var list = container.querySelector('[data-search-results]');
    var more = container.querySelector('[data-search-more]');
    var text = container.dataset;
    var index = Index(container.dataset.manifest, root.VestnikStemmers || {});
    var title = document.title;
    var run = 0;
    var current = null;
    container.hidden = false;

    function fromUrl() {
      var p = new URLSearchParams(location.search);
      return { q: p.get('q') || '', topic: p.get('topic') || '', year: p.get('year') || '',
        sort: p.get('sort') === 'newest' ? 'newest' : 'relevance' };
    }
    function fromForm() {
      return { q: input.value.trim(), topic: form.elements.topic.value, year: form.elements.year.value,
        sort: form.elements.sort.value === 'newest' ? 'newest' : 'relevance' };
    }
    function show(state) {
      input.value = state.q;
      form.elements.topic.value = state.topic;
      form.elements.year.value = state.year;
      form.elements.sort.value = state.sort;
    }
    function urlOf(state) {
      var p = new URLSearchParams();
      if (state.q) p.set('q', state.q);
      if (state.topic) p.set('topic', state.topic);
      if (state.year) p.set('year', state.year);
      if (state.sort === 'newest') p.set('sort', 'newest');
      var query = p.toString();
      return location.pathname + (query ? '?' + query : '');
    }
    function item(fragment, terms) {
      var li = document.createElement('li');
      li.className = 'search-result';
      var h2 = document.createElement('h2');
      var a = document.createElement('a');
      a.href = fragment.u;
      a.appendChild(highlighted(fragment.t, index.words(fragment.t), terms, false));
      h2.appendChild(a);
      var meta = document.createElement('p');
      meta.className = 'search-result__meta';
      var time = document.createElement('time');
      time.dateTime = fragment.d;
      time.textContent = fragment.h;
      meta.appendChild(time);
      var snippet = document.createElement('p');
      snippet.className = 'search-result__snippet';
      snippet.appendChild(highlighted(fragment.x, index.words(fragment.x), terms, true));
      li.append(h2, meta, snippet);
      return li;
    }
    function showMore(mine, focus) {
      var slice = current.hits.slice(current.shown, current.shown + PAGE);
      return Promise.all(slice.map(function (hit) { return index.fragment(hit.id); })).then(function (fragments) {
        if (mine !== run) return;
        var terms = new Set(current.terms);
        var items = fragments.map(function (f) { return item(f, terms); });
        items.forEach(function (li) { list.appendChild(li); });
        current.shown += slice.length;
        more.hidden = current.shown >= current.hits.length;
        if (focus && items.length) items[0].querySelector('a').focus();
      });
    }
    function execute(state) {
      var mine = ++run;
      list.textContent = '';
      more.hidden = true;
      document.title = state.q ? state.q + ' — ' + title : title;
      if (!state.q) {
        status.textContent = '';
        return Promise.resolve();
      }
      status.textContent = text.msgLoading;
      return index.search(state).then(function (result) {
        if (mine !== run) return undefined;
        current = { terms: result.terms, hits: result.hits, shown: 0 };
        return showMore(mine, false).then(function () {
          if (mine !== run) return;
          status.textContent = result.terms.length === 0 ? text.msgEmpty
            : result.hits.length === 0 ? text.msgNone.replace('{0}', state.q)
              : text.msgCount.replace('{0}', String(result.hits.length));
        });
      }).catch(function (error) {
        if (mine !== run) return;
        status.textContent = text.msgError;
        if (root.console) root.console.error(error);
      });
    }

    form.addEventListener('submit', function (event) {
      event.preventDefault();
      var state = fromForm();
      history.pushState(null, '', urlOf(state));
      execute(state);
    });
    // a filter or the order applies at once to the query shown
    form.addEventListener('change', function (event) {
      if (event.target === input || !input.value.trim()) return;
      var state = fromForm();
      history.pushState(null, '', urlOf(state));
      execute(state);
    });
    more.addEventListener('click', function () { showMore(run, true); });
    root.addEventListener('popstate', function () {
      var state = fromUrl();
      show(state);
      execute(state);
    });
    var initial = fromUrl();
    show(initial);
    if (!initial.q) index.prepare().catch(function () { /* the query will report it */ });
    execute(initial);
  }

  root.VestnikSearch = { analyzer: analyzer, bucket: bucket };
  if (typeof document !== 'undefined') {
    var container = document.querySelector('[data-search]');
    if (container) init(container);
  }
})(globalThis);

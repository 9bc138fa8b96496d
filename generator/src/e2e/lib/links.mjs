// Links of a generated page, without a DOM: the generator's HTML is well-formed, and a tolerant
// tag tokenizer (quoted attribute values may contain '>') is enough to find every URL in it.

const TAG = /<!--[\s\S]*?-->|<([a-zA-Z][\w:-]*)((?:\s+[^\s"'>/=]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'=<>`]+))?)*)\s*\/?>/g;
const ATTR = /([^\s"'>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g;

/** Link relations whose href is fetched; others (preconnect, dns-prefetch) name no resource. */
const SKIPPED_RELS = new Set(['preconnect', 'dns-prefetch']);

export function decodeEntities(s) {
  return s.replace(/&(#x[0-9a-f]+|#\d+|amp|lt|gt|quot|apos|nbsp);/gi, (m, e) => {
    const k = e.toLowerCase();
    if (k.startsWith('#x')) return String.fromCodePoint(parseInt(k.slice(2), 16));
    if (k.startsWith('#')) return String.fromCodePoint(parseInt(k.slice(1), 10));
    return { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' }[k];
  });
}

function* tags(html) {
  const lower = html.toLowerCase();
  TAG.lastIndex = 0;
  let m;
  while ((m = TAG.exec(html))) {
    if (!m[1]) continue; // a comment
    const name = m[1].toLowerCase();
    const attrs = {};
    ATTR.lastIndex = 0;
    let a;
    while ((a = ATTR.exec(m[2]))) {
      attrs[a[1].toLowerCase()] = decodeEntities(a[2] ?? a[3] ?? a[4] ?? '');
    }
    yield { name, attrs };
    if (name === 'script' || name === 'style') { // raw text: skip to the end tag
      const end = lower.indexOf(`</${name}`, TAG.lastIndex);
      if (end < 0) return;
      TAG.lastIndex = end;
    }
  }
}

function srcset(value) {
  return value.split(',').map((s) => s.trim().split(/\s+/)[0]).filter(Boolean);
}

/** Every URL a page refers to: [{ url, tag, attr, rel }], plus the page's ids and metadata. */
export function parseHtml(html) {
  const links = [];
  const ids = new Set();
  let lang = null;
  let bodyClass = '';
  for (const { name, attrs } of tags(html)) {
    if (attrs.id !== undefined) ids.add(attrs.id);
    if (name === 'a' && attrs.name !== undefined) ids.add(attrs.name);
    if (name === 'html') lang = attrs.lang ?? null;
    if (name === 'body') bodyClass = attrs.class ?? '';
    const add = (attr, url, rel) => links.push({ url, tag: name, attr, rel });
    if ((name === 'a' || name === 'area') && attrs.href !== undefined) add('href', attrs.href);
    if (name === 'link' && attrs.href !== undefined) {
      const rels = (attrs.rel ?? '').toLowerCase().split(/\s+/).filter(Boolean);
      if (!rels.some((r) => SKIPPED_RELS.has(r))) add('href', attrs.href, rels.join(' '));
    }
    if (['img', 'script', 'iframe', 'source', 'video', 'audio', 'track', 'embed', 'input'].includes(name)
        && attrs.src !== undefined) add('src', attrs.src);
    if (name === 'video' && attrs.poster) add('poster', attrs.poster);
    if (name === 'object' && attrs.data) add('data', attrs.data);
    if ((name === 'img' || name === 'source') && attrs.srcset) {
      for (const u of srcset(attrs.srcset)) add('srcset', u);
    }
  }
  const kind = /(?:^|\s)page-([\w-]+)/.exec(bodyClass)?.[1] ?? null;
  return { links, ids, lang, kind };
}

/** URLs in a feed or sitemap: <link>, <loc>, permalink <guid>, and href attributes (atom:link, xhtml:link). */
export function parseXml(xml) {
  const urls = [];
  const body = xml.replace(/<!\[CDATA\[[\s\S]*?\]\]>/g, '');
  for (const m of body.matchAll(/<(link|loc|guid)(\s[^>]*)?>([^<]+)<\/\1>/g)) {
    if (m[1] === 'guid' && /isPermaLink\s*=\s*"false"/.test(m[2] ?? '')) continue;
    urls.push({ url: decodeEntities(m[3].trim()), tag: m[1], attr: 'text' });
  }
  for (const m of body.matchAll(/<([\w:]+)\s[^>]*?\bhref\s*=\s*"([^"]*)"/g)) {
    urls.push({ url: decodeEntities(m[2]), tag: m[1], attr: 'href' });
  }
  return urls;
}

// Breadth-first crawl of a site served over HTTP: every href/src/srcset of every HTML page and
// every URL of every feed or sitemap, within the site's origin and base path.
import { parseHtml, parseXml } from './links.mjs';

const CONCURRENCY = 4;
const MAX_REDIRECTS = 5;

/** The path of a URL, as the tests name pages. */
export const pathOf = (url) => new URL(url).pathname;
export function isHtmlType(type) { return /^text\/html\b/i.test(type ?? ''); }
export function isXmlType(type) { return /^(application\/([\w.+-]+\+)?xml|text\/xml)\b/i.test(type ?? ''); }

/**
 * @param {string} start the site's root URL, ending in the base path
 * @param {string[]} extraSeeds URLs no page links to that must be fetched too (404 pages, robots.txt)
 * @param {(reached: Set<string>) => string[]} [unreached] called once the links are exhausted: URLs
 *     of files that no link reached, crawled in turn (marked orphan) so that their links are checked
 * @returns {{ resources: Map<string, object>, problems: object[], external: Set<string> }}
 */
export async function crawl(start, extraSeeds = [], unreached = () => []) {
  const root = new URL(start);
  const resources = new Map(); // url without fragment -> resource
  const problems = [];
  const external = new Set();
  const fragments = []; // { target, fragment, from }

  const inSite = (u) => u.origin === root.origin && u.pathname.startsWith(root.pathname);
  const resource = (url, depth) => {
    if (!resources.has(url)) resources.set(url, { url, depth, referrers: [] });
    return resources.get(url);
  };

  let level = [start, ...extraSeeds].filter((u, i, all) => all.indexOf(u) === i);
  for (const u of level) resource(u, 0).seed = true;
  for (let depth = 0; level.length > 0; depth++) {
    const next = new Set();
    await pool(level, CONCURRENCY, async (url) => {
      const r = resources.get(url);
      await fetchResource(r, root, inSite);
      for (const link of r.links ?? []) {
        let target;
        try {
          target = new URL(link.url, r.finalUrl ?? url);
        } catch {
          problems.push({ kind: 'bad-url', url: link.url, from: url, tag: link.tag, attr: link.attr });
          continue;
        }
        if (!/^https?:$/.test(target.protocol)) continue; // mailto:, tel:, data:
        if (target.origin !== root.origin) { external.add(target.href); continue; }
        if (!inSite(target)) {
          problems.push({ kind: 'outside-base-path', url: target.href, from: url, tag: link.tag, attr: link.attr });
          continue;
        }
        const fragment = target.hash ? decodeURIComponent(target.hash.slice(1)) : '';
        target.hash = '';
        const key = target.href;
        if (fragment) fragments.push({ target: key, fragment, from: url, tag: link.tag });
        const existing = resources.get(key);
        resource(key, depth + 1).referrers.push({ from: url, tag: link.tag, attr: link.attr, rel: link.rel });
        if (!existing) next.add(key);
      }
    });
    level = [...next].sort();
    if (level.length === 0 && unreached) {
      const reached = new Set([...resources.values()].filter((r) => r.status === 200).map((r) => r.finalUrl));
      level = unreached(reached).filter((u) => !resources.has(u)).sort();
      for (const u of level) resource(u, depth + 1).orphan = true;
      unreached = null;
    }
  }

  for (const r of resources.values()) {
    if (r.error) problems.push({ kind: 'fetch-error', url: r.url, message: r.error, referrers: r.referrers });
    else if (r.status !== 200) problems.push({ kind: `status-${r.status}`, url: r.url, referrers: r.referrers });
  }
  for (const f of fragments) {
    const r = resources.get(f.target);
    if (r?.ids && !r.ids.has(f.fragment)) {
      problems.push({ kind: 'missing-fragment', url: `${f.target}#${f.fragment}`, from: f.from, tag: f.tag });
    }
  }
  return { resources, problems, external };
}

async function fetchResource(r, root, inSite) {
  let url = r.url;
  r.redirects = [];
  try {
    for (let hop = 0; ; hop++) {
      const res = await fetch(url, { redirect: 'manual', signal: AbortSignal.timeout(10_000) });
      if (res.status >= 300 && res.status < 400 && res.headers.has('location')) {
        await res.arrayBuffer();
        const to = new URL(res.headers.get('location'), url);
        r.redirects.push({ status: res.status, to: to.href });
        if (hop >= MAX_REDIRECTS || !inSite(to)) { r.status = res.status; return; }
        url = to.href;
        continue;
      }
      r.finalUrl = url;
      r.status = res.status;
      r.contentType = res.headers.get('content-type');
      const body = Buffer.from(await res.arrayBuffer());
      r.bytes = body.length;
      if (res.status !== 200) return;
      if (isHtmlType(r.contentType)) {
        const page = parseHtml(body.toString('utf8'));
        Object.assign(r, { links: page.links, ids: page.ids, lang: page.lang, kind: page.kind });
      } else if (isXmlType(r.contentType) || /\.xml$/.test(new URL(url).pathname)) {
        const xml = body.toString('utf8');
        r.links = parseXml(xml);
        r.xmlRoot = /<(?!\?|!)([\w:]+)/.exec(xml)?.[1] ?? null;
      } else if (new URL(url).pathname.endsWith('/robots.txt')) {
        r.links = [...body.toString('utf8').matchAll(/^\s*sitemap\s*:\s*(\S+)/gim)]
          .map((m) => ({ url: m[1], tag: 'robots', attr: 'Sitemap' }));
      }
      return;
    }
  } catch (e) {
    r.error = e.message;
  }
}

async function pool(items, n, fn) {
  let i = 0;
  await Promise.all(Array.from({ length: Math.min(n, items.length) }, async () => {
    while (i < items.length) await fn(items[i++]);
  }));
}

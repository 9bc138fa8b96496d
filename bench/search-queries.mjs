// Part of bench/search.sh: a one-word and a three-word Russian query, in Debian's Chromium behind
// nginx on loopback, with Vestnik's search page and with Pagefind over the same built site. For
// each: requests and bytes after the query is given, and milliseconds until the first result is in
// the page. usage: node search-queries.mjs SITE_DIR PORT  (prints JSON)
import { launch } from '../generator/src/e2e/lib/browser.mjs';
import { startNginx } from '../generator/src/e2e/lib/nginx.mjs';

const [siteDir, port] = process.argv.slice(2);
const QUERIES = ['сотрудничества', 'министерство встреча делегации'];
const ROUNDS = 3;

const server = await startNginx({ nginx: '/usr/sbin/nginx', root: siteDir, basePath: '/', port: Number(port), notFoundPages: {} });
const browser = await launch('/usr/bin/chromium');
const out = [];
try {
  for (const query of QUERIES) {
    for (const engine of ['vestnik', 'pagefind']) {
      const rounds = [];
      for (let round = 0; round < ROUNDS; round++) rounds.push(await measure(engine, query));
      rounds.sort((a, b) => a.ms - b.ms);
      out.push({ query, engine, ...rounds[Math.floor(ROUNDS / 2)] }); // the median by time
    }
  }
} finally {
  await browser.close();
  await server.stop();
}
process.stdout.write(JSON.stringify(out, null, 2) + '\n');

async function measure(engine, query) {
  const context = await browser.newContext(); // a cold cache each time
  const page = await context.newPage();
  // index files the page fetches before the query (Vestnik's search page fetches its manifest on load)
  const early = [];
  const watchEarly = (r) => { if (/\/search\/index\/|\/_pagefind\//.test(r.url())) early.push(r); };
  page.on('requestfinished', watchEarly);
  await page.goto(`${server.url}ru/search/`, { waitUntil: 'networkidle' });
  if (engine === 'pagefind') await page.evaluate(async () => { window.pf = await import('/_pagefind/pagefind.js'); });
  page.off('requestfinished', watchEarly);
  const requests = [];
  page.on('requestfinished', (r) => requests.push(r));
  const t0 = Date.now();
  let results;
  if (engine === 'vestnik') {
    await page.fill('#search-q', query);
    await page.press('#search-q', 'Enter');
    await page.waitForSelector('[data-search-results] li', { timeout: 60_000 });
    results = await page.evaluate(() => document.querySelector('[data-search-status]').textContent);
  } else {
    results = await page.evaluate(async (q) => {
      await window.pf.init();
      const found = await window.pf.search(q);
      const shown = await Promise.all(found.results.slice(0, 10).map((r) => r.data()));
      const list = document.querySelector('[data-search-results]');
      for (const d of shown) {
        const li = document.createElement('li');
        li.textContent = d.meta.title;
        list.appendChild(li);
      }
      return `${found.results.length}`;
    }, query);
  }
  const ms = Date.now() - t0;
  let bytes = 0;
  for (const r of requests) {
    const sizes = await r.sizes();
    bytes += sizes.responseBodySize + sizes.responseHeadersSize;
  }
  let preloaded = 0;
  for (const r of early) {
    const sizes = await r.sizes();
    preloaded += sizes.responseBodySize + sizes.responseHeadersSize;
  }
  await context.close();
  return { ms, bytes, requests: requests.length, results, preloaded };
}

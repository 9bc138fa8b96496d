// The search page in Chromium, on the frozen search fixture (generator/src/test/resources/sites/search,
// built by the root pom into target/e2e-search): in ru, be and en a query in one inflected form finds
// the articles holding the other forms; topic and year filters narrow the results; back and forward
// restore them; axe finds nothing with results shown; no request leaves the site.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { after, before, test } from 'node:test';

import { launch, runAxe } from '../lib/browser.mjs';
import * as config from '../lib/config.mjs';
import { crawl, isHtmlType, pathOf } from '../lib/crawl.mjs';
import { checkLowVision } from '../lib/low-vision.mjs';
import { startNginx } from '../lib/nginx.mjs';

const QUERIES = { ru: 'сотрудничеству', be: 'супрацоўніцтве', en: 'meetings' };
/** The fixture's stories holding the word, by year and slug (see the fixture's README). */
const MATCHING = [['2024', 'sco-partners', 'sco'], ['2025', 'ict-forum', 'ict'], ['2025', 'sco-digital', 'sco']];

let server;
let browser;
let context;
const requests = [];
/** The search tests need both nginx and Chromium: without one they are skipped, with the reason. */
const noTools = config.skipWithout('nginx', 'chromium');

before(async () => {
  if (noTools) return;
  const siteDir = path.join(config.searchRoot, ...config.basePath.split('/').filter(Boolean));
  if (!fs.existsSync(path.join(siteDir, 'index.html'))) {
    throw new Error(`no search fixture at ${siteDir}: build it with \`mvn -B verify\` (the root's e2e-search-site execution)`);
  }
  server = await startNginx({
    nginx: config.nginxPath, root: config.searchRoot, basePath: config.basePath, port: config.searchPort(), notFoundPages: {},
  });
  browser = await launch(config.chromiumPath);
  context = await browser.newContext({ viewport: { width: 1280, height: 900 }, reducedMotion: 'reduce' });
  context.on('request', (r) => requests.push(r.url()));
});

after(async () => {
  await browser?.close();
  await server?.stop();
});

const expectedPaths = (lang, filter = () => true) => MATCHING.filter(filter)
  .map(([year, slug]) => `${config.basePath}${lang}/news/${year}/${slug}/`).sort();

/** Waits until the live region reports the outcome, then reads the results. */
async function results(page) {
  await page.waitForFunction(() => {
    const s = document.querySelector('[data-search-status]');
    const c = document.querySelector('[data-search]');
    return s && s.textContent !== '' && s.textContent !== c.dataset.msgLoading;
  }, null, { timeout: 15_000 });
  return page.evaluate(() => ({
    status: document.querySelector('[data-search-status]').textContent,
    items: [...document.querySelectorAll('[data-search-results] > li')].map((li) => ({
      href: li.querySelector('h2 a').href,
      title: li.querySelector('h2').textContent,
      date: li.querySelector('time')?.getAttribute('datetime'),
      marks: [...li.querySelectorAll('mark')].map((m) => m.textContent),
    })),
  }));
}

for (const [lang, query] of Object.entries(QUERIES)) {
  test(`search ${lang}: "${query}" finds the other forms; filters, order, history, axe`, { timeout: 120_000, skip: noTools }, async () => {
    const page = await context.newPage();
    const errors = [];
    page.on('pageerror', (e) => errors.push(e.message));
    try {
      const start = `${server.url}${lang}/search/`;
      await page.goto(start);
      // the header links here from every page
      assert.equal(await page.locator('.site-nav a[aria-current="page"]').getAttribute('href'), `${config.basePath}${lang}/search/`);

      // typed into the form with the keyboard
      await page.locator('#search-q').focus();
      await page.keyboard.type(query);
      await page.keyboard.press('Enter');
      let r = await results(page);
      assert.deepEqual(r.items.map((i) => pathOf(i.href)).sort(), expectedPaths(lang), JSON.stringify(r));
      assert.match(r.status, /3/, `the live region gives the count: ${r.status}`);
      assert.equal(await page.locator('[data-search-status]').getAttribute('role'), 'status');
      for (const item of r.items) assert.ok(item.marks.length > 0, `no <mark> in ${item.href}`);
      assert.equal(new URL(page.url()).searchParams.get('q'), query);

      // axe with the results shown
      const axe = await runAxe(page, config.axeTags);
      assert.deepEqual(axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(', ')}`), []);

      // relevance by default; newest first on request
      await page.selectOption('#search-sort', 'newest');
      r = await results(page);
      const dates = r.items.map((i) => i.date);
      assert.deepEqual(dates, [...dates].sort().reverse(), 'newest first');

      // topic, then year, narrow the results
      await page.selectOption('#search-topic', 'sco');
      r = await results(page);
      assert.deepEqual(r.items.map((i) => pathOf(i.href)).sort(), expectedPaths(lang, (m) => m[2] === 'sco'));
      await page.selectOption('#search-year', '2025');
      r = await results(page);
      assert.deepEqual(r.items.map((i) => pathOf(i.href)), expectedPaths(lang, (m) => m[2] === 'sco' && m[0] === '2025'));
      assert.equal(new URL(page.url()).searchParams.get('year'), '2025');

      // back: the topic alone again, in the URL, the form and the results
      await page.goBack();
      r = await results(page);
      assert.equal(r.items.length, 2, JSON.stringify(r));
      assert.equal(await page.locator('#search-year').inputValue(), '');
      await page.goForward();
      r = await results(page);
      assert.equal(r.items.length, 1);

      // a shared link runs its query on arrival
      await page.goto(`${start}?q=${encodeURIComponent(query)}&year=2024`);
      r = await results(page);
      assert.deepEqual(r.items.map((i) => pathOf(i.href)), expectedPaths(lang, (m) => m[0] === '2024'));

      // a word no article holds: zero, said in the live region
      await page.goto(`${start}?q=xylophone`);
      r = await results(page);
      assert.equal(r.items.length, 0);
      assert.ok(r.status.includes('xylophone'), r.status);
      assert.deepEqual(errors, []);
    } finally {
      await page.close();
    }
  });
}

test('search without JavaScript: the page says so and links to the archive', { skip: noTools }, async () => {
  const noScript = await browser.newContext({ javaScriptEnabled: false });
  try {
    const page = await noScript.newPage();
    await page.goto(`${server.url}en/search/?q=meetings`);
    const text = page.locator('.search__noscript');
    assert.ok(await text.isVisible());
    assert.equal(await text.locator('a').getAttribute('href'), `${config.basePath}en/news/`);
    assert.equal(await page.locator('[data-search]').isVisible(), false);
  } finally {
    await noScript.close();
  }
});

/**
 * The ministry's content has no Belarusian story yet, so its site shows no Belarusian article, topic
 * or year page: the low-vision version is checked on every Belarusian page kind here, where the
 * fixture has them (site.test.mjs checks every kind the ministry site has, in every language).
 */
test('low vision: every Belarusian page kind of the fixture', { skip: noTools, timeout: 300_000 }, async (t) => {
  const crawled = await crawl(server.url);
  const kinds = new Map();
  for (const r of [...crawled.resources.values()].sort((a, b) => a.url.localeCompare(b.url))) {
    if (r.status === 200 && isHtmlType(r.contentType) && r.lang === 'be' && r.kind && !kinds.has(r.kind)) kinds.set(r.kind, r);
  }
  for (const kind of ['article', 'tag', 'year', 'home']) assert.ok(kinds.has(kind), `no Belarusian ${kind} page in the fixture`);
  for (const p of kinds.values()) {
    await t.test(`be ${p.kind}: ${pathOf(p.url)}`, async () => {
      const { failures } = await checkLowVision(browser, p, {
        wide: config.widths[config.widths.length - 1], narrow: config.widths[0], axeTags: config.axeTags,
      });
      assert.ok(failures.length === 0, `${pathOf(p.url)}:\n  - ${failures.join('\n  - ')}`);
    });
  }
});

test('search: nothing requested from outside the site', { skip: noTools }, () => {
  const origin = new URL(server.url).origin;
  assert.ok(requests.length > 0);
  assert.deepEqual(requests.filter((u) => !u.startsWith(`${origin}${config.basePath}`)), []);
  const index = requests.filter((u) => u.includes('/search/index/'));
  console.log(`search: ${requests.length} requests, ${index.length} of them index files`);
});

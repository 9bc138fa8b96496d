// The built site served by nginx under a sub-path, crawled from its root language chooser, then
// one page of every kind in every language (or every page, E2E_ALL_PAGES=1) checked in Chromium.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { after, before, test } from 'node:test';

import { launch, measure, runAxe } from '../lib/browser.mjs';
import { checkLowVision } from '../lib/low-vision.mjs';
import * as config from '../lib/config.mjs';
import { crawl, isHtmlType, isXmlType, pathOf } from '../lib/crawl.mjs';
import { startNginx } from '../lib/nginx.mjs';

let server;
let site;
let notFoundPages; // location prefix -> path of its 404 page
const timings = {};

// without nginx there is no served site to crawl or open (run.mjs printed the notice)
const noServer = config.skipWithout('nginx');

before(async () => {
  if (noServer) return;
  const t0 = Date.now();
  fs.mkdirSync(config.screenshotDir, { recursive: true });
  if (!fs.existsSync(path.join(config.siteDir, 'index.html'))) {
    throw new Error(`no site at ${config.siteDir}: build it with \`mvn -B verify\` (the root's e2e-site execution)`);
  }
  notFoundPages = findNotFoundPages();
  server = await startNginx({
    nginx: config.nginxPath,
    root: config.siteRoot,
    basePath: config.basePath,
    port: config.port(),
    notFoundPages,
  });
  fs.writeFileSync(path.join(config.outDir, 'nginx.conf'), server.config);
  timings.nginxStart = Date.now() - t0;

  const t1 = Date.now();
  const origin = new URL(server.url).origin;
  const seeds = Object.values(notFoundPages).map((p) => origin + p);
  if (fs.existsSync(path.join(config.siteDir, 'robots.txt'))) seeds.push(`${server.url}robots.txt`);
  site = await crawl(server.url, seeds, (reached) => siteFiles(origin).filter((u) => !reached.has(u)));
  timings.crawl = Date.now() - t1;
  const report = {
    start: server.url,
    resources: [...site.resources.values()].map(({ links, ids, ...r }) => r),
    problems: site.problems,
    external: [...site.external].sort(),
  };
  fs.writeFileSync(path.join(config.outDir, 'crawl.json'), JSON.stringify(report, null, 2));
});

after(async () => {
  if (server) {
    const errorLog = server.errorLog();
    await server.stop();
    const log = errorLog.split('\n').filter((l) => /\[(error|crit|alert|emerg)\]/.test(l)
      && !/No such file or directory|is not found/.test(l));
    if (log.length) console.log(`nginx error log:\n${log.join('\n')}`);
  }
  fs.writeFileSync(path.join(config.outDir, 'timings.json'), JSON.stringify(timings, null, 2));
});

/** The URL of every file of the site, a directory's index.html as the directory. */
function siteFiles(origin) {
  const urls = [];
  const walk = (dir, rel) => {
    for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
      const name = encodeURIComponent(e.name);
      if (e.isDirectory()) walk(path.join(dir, e.name), `${rel}${name}/`);
      else urls.push(origin + rel + (e.name === 'index.html' ? '' : name));
    }
  };
  walk(config.siteDir, config.basePath);
  return urls;
}

/** 404.html at the site's root and in each language's directory, as served paths. */
function findNotFoundPages() {
  const pages = {};
  if (fs.existsSync(path.join(config.siteDir, '404.html'))) pages[config.basePath] = `${config.basePath}404.html`;
  for (const entry of fs.readdirSync(config.siteDir, { withFileTypes: true })) {
    if (entry.isDirectory() && fs.existsSync(path.join(config.siteDir, entry.name, '404.html'))) {
      pages[`${config.basePath}${entry.name}/`] = `${config.basePath}${entry.name}/404.html`;
    }
  }
  return pages;
}

const describe = (p) => `${p.kind}: ${p.url}${p.from ? ` (from ${pathOf(p.from)} <${p.tag} ${p.attr ?? ''}>)` : ''}`
  + `${p.referrers ? ` (linked from ${p.referrers.slice(0, 3).map((r) => `${pathOf(r.from)} <${r.tag}>`).join(', ')}`
    + `${p.referrers.length > 3 ? ', …' : ''})` : ''}${p.message ? ` ${p.message}` : ''}`;

test('nginx: every link from the language chooser resolves, within the base path', { skip: noServer }, () => {
  const pages = [...site.resources.values()].filter((r) => isHtmlType(r.contentType));
  console.log(`crawled ${site.resources.size} URLs (${pages.length} HTML pages) in ${timings.crawl} ms; `
    + `${site.external.size} external links not followed`);
  assert.ok(pages.length > 1, 'the crawl found no pages beyond the root');
  assert.deepEqual(site.problems.map(describe), []);
  const redirected = [...site.resources.values()].filter((r) => r.redirects.length)
    .map((r) => `${pathOf(r.url)} -> ${r.redirects.map((x) => `${x.status} ${x.to}`).join(' -> ')}`);
  if (redirected.length) console.log(`links that redirect:\n  ${redirected.join('\n  ')}`);
});

test('nginx: content types (feeds as XML, pages as HTML, styles as CSS)', { skip: noServer }, () => {
  const wrong = [];
  for (const r of site.resources.values()) {
    if (r.status !== 200) continue;
    const p = pathOf(r.finalUrl);
    const type = r.contentType ?? '';
    if (p.endsWith('.xml')) {
      if (!isXmlType(type)) wrong.push(`${p}: ${type} is not an XML type`);
      if (r.xmlRoot === 'rss' && !/^application\/(rss\+)?xml\b/.test(type)) {
        wrong.push(`${p}: an RSS feed served as ${type}, not application/rss+xml or application/xml`);
      }
    } else if (p.endsWith('/') || p.endsWith('.html')) {
      if (!/^text\/html; charset=utf-8$/i.test(type)) wrong.push(`${p}: ${type}, not text/html; charset=utf-8`);
    } else if (p.endsWith('.css') && !/^text\/css\b/.test(type)) {
      wrong.push(`${p}: ${type}, not text/css`);
    }
  }
  assert.deepEqual(wrong, []);
  const feeds = [...site.resources.values()].filter((r) => r.xmlRoot === 'rss');
  console.log(`feeds: ${feeds.map((r) => `${pathOf(r.url)} (${r.contentType})`).join(', ') || 'none'}`);
});

test('nginx: missing paths get the site\'s 404 page with status 404', { skip: noServer }, async (t) => {
  const locations = Object.keys(notFoundPages);
  if (locations.length === 0) {
    t.skip(`no 404.html in ${config.siteDir}`);
    return;
  }
  const origin = new URL(server.url).origin;
  for (const location of locations) {
    const expected = fs.readFileSync(path.join(config.siteRoot, notFoundPages[location]), 'utf8');
    for (const missing of [`${location}no-such-page/`, `${location}news/1999/no-such-story/index.html`]) {
      const res = await fetch(origin + missing, { redirect: 'manual' });
      const body = await res.text();
      assert.equal(res.status, 404, `${missing}: status`);
      assert.equal(body, expected, `${missing}: not the body of ${notFoundPages[location]}`);
    }
    // served at any depth, so its own links must not be relative to where it lives
    const page = site.resources.get(origin + notFoundPages[location]);
    const relative = (page?.links ?? []).map((l) => l.url).filter((u) => !/^([a-z][\w+.-]*:|\/|#)/i.test(u));
    assert.deepEqual(relative, [], `${notFoundPages[location]} has document-relative links`);
  }
  console.log(`404 pages: ${locations.map((l) => `${l}* -> ${notFoundPages[l]}`).join(', ')}`);
});

test('nginx: every file in the output is reachable by links', { skip: noServer }, () => {
  // a report, not a failure: a page nothing links to may be intended (a redirect from an old
  // address); their links were crawled and checked like all others
  const orphans = [...site.resources.values()].filter((r) => r.orphan).map((r) => pathOf(r.url));
  if (orphans.length) console.log(`files no link reaches (checked as extra seeds):\n  ${orphans.join('\n  ')}`);
});

/** One page of each kind per language, in crawl order, unless E2E_ALL_PAGES asks for every page. */
function pagesToCheck() {
  const pages = [...site.resources.values()]
    .filter((r) => r.status === 200 && isHtmlType(r.contentType) && !r.orphan)
    .sort((a, b) => a.depth - b.depth || a.url.localeCompare(b.url));
  if (config.allPages) return pages;
  const seen = new Map();
  for (const p of pages) {
    const key = `${p.lang}|${p.kind ?? pathOf(p.url).split('/').slice(-3, -1).join('-')}`;
    if (!seen.has(key)) seen.set(key, p);
  }
  return [...seen.values()];
}

test('browser: axe (WCAG 2.1 A/AA), no horizontal scroll at 360 px, navigation visible', { timeout: 600_000, skip: config.skipWithout('nginx', 'chromium') }, async (t) => {
  const t0 = Date.now();
  const browser = await launch(config.chromiumPath);
  timings.browserLaunch = Date.now() - t0;
  const axeReport = [];
  const shots = {};
  try {
    const contexts = {};
    for (const width of config.widths) {
      contexts[width] = await browser.newContext({
        viewport: { width, height: width < 600 ? 740 : 800 },
        deviceScaleFactor: 1,
        reducedMotion: 'reduce',
        colorScheme: 'light',
      });
    }
    for (const p of pagesToCheck()) {
      const name = config.allPages
        ? decodeURI(pathOf(p.url)).replace(/^\/|\/$/g, '').replace(/[^\w.-]+/g, '_') || 'root'
        : `${p.lang}-${p.kind ?? 'page'}`;
      await t.test(`${p.lang} ${p.kind}: ${pathOf(p.url)}`, async () => {
        const failures = [];
        const violations = new Map();
        // both widths at once: each has its own context, and the browser waits on the page mostly
        await Promise.all(config.widths.map(async (width) => {
          const page = await contexts[width].newPage();
          try {
            const res = await page.goto(p.url, { waitUntil: 'load' });
            assert.equal(res.status(), 200);
            const m = await measure(page);
            if (m.scrollWidth > m.innerWidth) {
              failures.push(`${width} px: scrolls horizontally (scrollWidth ${m.scrollWidth} > ${m.innerWidth}); `
                + `too wide: ${m.wide.join(', ')}`);
            }
            for (const [label, nav, navItems] of [['language switcher', m.switcher, m.switcherItems],
              ['site navigation', m.nav, m.navItems]]) {
              if (!nav) { failures.push(`${width} px: no ${label}`); continue; }
              if (nav.hidden || nav.width === 0 || nav.height === 0) failures.push(`${width} px: ${label} not visible`);
              const off = navItems.filter((i) => i.hidden || i.width === 0 || i.left < 0 || i.right > m.innerWidth + 0.5);
              if (navItems.length === 0) failures.push(`${width} px: ${label} has no entries`);
              if (off.length) failures.push(`${width} px: ${label} entries not visible: ${off.map((i) => i.text).join(', ')}`);
            }
            if (width === config.widths[config.widths.length - 1]) {
              // the first Tab lands on a visible skip link
              await page.keyboard.press('Tab');
              const focus = await page.evaluate(() => {
                const el = document.activeElement;
                const r = el.getBoundingClientRect();
                return { tag: el.tagName, href: el.getAttribute('href'), top: r.top, height: r.height };
              });
              if (!(focus.tag === 'A' && focus.href?.startsWith('#') && focus.top >= 0 && focus.height > 0)) {
                failures.push(`first Tab: focus on ${JSON.stringify(focus)}, not a visible skip link`);
              }
              await page.evaluate(() => document.activeElement.blur()); // no focus ring in the screenshot
            }
            const axe = await runAxe(page, config.axeTags);
            for (const v of axe.violations) {
              for (const n of v.nodes) {
                const key = `${v.id} ${n.target}`;
                if (!violations.has(key)) violations.set(key, { ...v, nodes: undefined, node: n, widths: [] });
                violations.get(key).widths.push(width);
              }
            }
            axeReport.push({ url: p.url, lang: p.lang, kind: p.kind, width, ...axe });
            const file = path.join(config.screenshotDir, `${name}-${width}.png`);
            await page.screenshot({ path: file, fullPage: true });
            shots[`${p.lang}|${p.kind}|${width}`] ??= file;
          } finally {
            await page.close();
          }
        }));
        for (const v of violations.values()) {
          failures.push(`axe ${v.id} (${v.impact}) at ${v.widths.join('/')} px: ${v.help}\n`
            + `      element: ${v.node.target}  ${v.node.html}\n      ${(v.node.summary ?? '').replace(/\n/g, '\n      ')}`);
        }
        assert.ok(failures.length === 0, `${pathOf(p.url)}:\n  - ${failures.join('\n  - ')}`);
      });
    }
  } finally {
    axeReport.sort((a, b) => a.url.localeCompare(b.url) || a.width - b.width);
    // "needs review" results do not fail the run, but are worth a human look
    const review = new Map();
    for (const r of axeReport) {
      for (const v of r.incomplete) review.set(v.id, (review.get(v.id) ?? 0) + v.nodes.length);
    }
    if (review.size) {
      console.log(`axe, needs review (see axe.json): ${[...review].map(([id, n]) => `${id} ×${n}`).join(', ')}`);
    }
    fs.writeFileSync(path.join(config.outDir, 'axe.json'), JSON.stringify(axeReport, null, 2));
    await browser.close();
    timings.browser = Date.now() - t0;
    copyReadmeScreenshots(shots);
  }
});

test('browser: the low-vision version on every page kind in every language', { timeout: 900_000, skip: config.skipWithout('nginx', 'chromium') }, async (t) => {
  const browser = await launch(config.chromiumPath);
  const wide = config.widths[config.widths.length - 1];
  const narrow = config.widths[0];
  const shots = {};
  try {
    for (const p of pagesToCheck()) {
      await t.test(`${p.lang} ${p.kind}: ${pathOf(p.url)}`, async () => {
        const { failures, normal, on, tabs, screenshot } = await checkLowVision(browser, p, {
          wide, narrow, axeTags: config.axeTags, screenshotDir: config.screenshotDir,
        });
        if (screenshot) shots[`${p.lang}|${p.kind}`] ??= screenshot;
        if (p.lang === config.readmeLanguage && p.kind === 'article') {
          console.log(`low vision, ${pathOf(p.url)}: text ${normal.fontSize} → ${on.fontSize} px (${(on.fontSize / normal.fontSize).toFixed(2)}×), `
            + `line height ${on.lineHeight.toFixed(1)} px, letter spacing ${on.letterSpacing.toFixed(2)} px; toggle after ${tabs} Tab presses`);
        }
        assert.ok(failures.length === 0, `${pathOf(p.url)}:\n  - ${failures.join('\n  - ')}`);
      });
    }
  } finally {
    await browser.close();
    copyReadmeScreenshot(shots[`${config.readmeLanguage}|article`], 'low-vision.png');
  }
});

test('browser: the header lines up with the content column, in the same layout in every language', { timeout: 300_000, skip: config.skipWithout('nginx', 'chromium') }, async (t) => {
  const browser = await launch(config.chromiumPath);
  try {
    const failures = [];
    for (const width of [...config.widths, 768]) {
      const context = await browser.newContext({ viewport: { width, height: 800 } });
      const page = await context.newPage();
      for (const p of pagesToCheck()) {
        await page.goto(p.url, { waitUntil: 'load' });
        const m = await page.evaluate(() => {
          const contentLeft = (el) => {
            const r = el.getBoundingClientRect();
            return r.left + parseFloat(getComputedStyle(el).paddingLeft);
          };
          const rect = (sel) => document.querySelector(sel)?.getBoundingClientRect();
          return {
            header: contentLeft(document.querySelector('.site-header__inner')),
            main: contentLeft(document.querySelector('main')),
            footer: contentLeft(document.querySelector('.site-footer__inner')),
            name: rect('.site-name'),
            nav: rect('.site-nav'),
          };
        });
        const where = `${width} px ${pathOf(p.url)}`;
        if (Math.abs(m.header - m.main) > 0.5) failures.push(`${where}: header text at ${m.header}, content at ${m.main}`);
        if (Math.abs(m.footer - m.main) > 0.5) failures.push(`${where}: footer text at ${m.footer}, content at ${m.main}`);
        if (Math.abs(m.name.left - m.main) > 0.5) failures.push(`${where}: site name at ${m.name.left}, content at ${m.main}`);
        if (m.nav.top < m.name.bottom - 0.5) failures.push(`${where}: the navigation is not below the site's name`);
        if (Math.abs(m.nav.left - m.main) > 0.5) failures.push(`${where}: navigation at ${m.nav.left}, content at ${m.main}`);
      }
      await context.close();
    }
    assert.deepEqual(failures, []);
  } finally {
    await browser.close();
  }
});

/** One README picture, from a screenshot of this run; rewritten only when it changes. */
function copyReadmeScreenshot(from, target) {
  if (!config.readmeShotDir || !from) return;
  const to = path.join(config.readmeShotDir, target);
  const bytes = fs.readFileSync(from);
  if (fs.existsSync(to) && fs.readFileSync(to).equals(bytes)) return;
  fs.mkdirSync(config.readmeShotDir, { recursive: true });
  fs.writeFileSync(to, bytes);
  console.log(`updated ${to}`);
}

/** The README's pictures: the 1280 px home and article pages; rewritten only when they change. */
function copyReadmeScreenshots(shots) {
  const wide = config.widths[config.widths.length - 1];
  for (const [kind, target] of [['home', 'home.png'], ['article', 'article.png']]) {
    copyReadmeScreenshot(shots[`${config.readmeLanguage}|${kind}|${wide}`], target);
  }
}

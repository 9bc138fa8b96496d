// The harness itself: each check must fail on a site that deserves it, or the green run of
// site.test.mjs means nothing.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { test } from 'node:test';

import { launch, measure, runAxe } from '../lib/browser.mjs';
import * as config from '../lib/config.mjs';
import { crawl } from '../lib/crawl.mjs';
import { parseHtml, parseXml } from '../lib/links.mjs';
import { freePort, startNginx } from '../lib/nginx.mjs';

test('links: attributes with > in quotes, srcset, entities; comments and scripts skipped', () => {
  const page = parseHtml(`<!DOCTYPE html><html lang="be"><body class="x page-tag">
    <!-- <a href="/commented/"> -->
    <a title="a > b" href="/press/a/?x=1&amp;y=2#top">a</a>
    <script>var s = '<a href="/in-script/">';</script>
    <img alt="" src='/press/i.png' srcset="/press/i-2x.png 2x, /press/i-3x.png 3x">
    <link rel="preconnect" href="https://cdn.example/"><link rel=stylesheet href=/press/s.css>
    <h2 id="top">t</h2></body></html>`);
  assert.deepEqual(page.links.map((l) => l.url),
    ['/press/a/?x=1&y=2#top', '/press/i.png', '/press/i-2x.png', '/press/i-3x.png', '/press/s.css']);
  assert.equal(page.lang, 'be');
  assert.equal(page.kind, 'tag');
  assert.ok(page.ids.has('top'));
  assert.deepEqual(parseXml(`<rss><channel><link>http://h/press/</link><atom:link href="http://h/press/rss.xml"/>
    <item><guid isPermaLink="false">urn:x</guid><description><![CDATA[<a href="/no/">]]></description></item>
    </channel></rss>`).map((l) => l.url), ['http://h/press/', 'http://h/press/rss.xml']);
});

test('crawl and nginx: broken links, links out of the base path, missing fragments, 404 page, feed type',
  { skip: config.skipWithout('nginx') }, async () => {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'vestnik-e2e-fixture-'));
  const site = path.join(root, 'press');
  fs.mkdirSync(path.join(site, 'en'), { recursive: true });
  const page = (body) => `<!DOCTYPE html><html lang="en"><body class="page-home">${body}</body></html>`;
  fs.writeFileSync(path.join(site, 'index.html'), page(
    '<a href="en/">ok</a> <a href="/press/missing/">broken</a> <a href="/elsewhere/">out</a>'
    + ' <a href="en/#nowhere">fragment</a> <link rel="alternate" href="/press/en/rss.xml">'));
  fs.writeFileSync(path.join(site, 'en', 'index.html'), page('<h1 id="here">en</h1>'));
  fs.writeFileSync(path.join(site, 'en', 'rss.xml'), '<?xml version="1.0"?><rss version="2.0"><channel/></rss>');
  fs.writeFileSync(path.join(site, 'en', '404.html'), page('not found'));
  const server = await startNginx({
    nginx: config.nginxPath, root, basePath: '/press/', port: await freePort(),
    notFoundPages: { '/press/en/': '/press/en/404.html' },
  });
  try {
    const result = await crawl(server.url);
    assert.deepEqual(result.problems.map((p) => `${p.kind} ${new URL(p.url).pathname}${new URL(p.url).hash}`).sort(), [
      'missing-fragment /press/en/#nowhere',
      'outside-base-path /elsewhere/',
      'status-404 /press/missing/',
    ]);
    assert.match(result.resources.get(`${server.url}en/rss.xml`).contentType, /^application\/rss\+xml/);
    const res = await fetch(`${server.url}en/nothing-here`);
    assert.equal(res.status, 404);
    assert.match(await res.text(), /not found/);
  } finally {
    await server.stop();
    fs.rmSync(root, { recursive: true, force: true });
  }
});

test('browser: axe and the layout measure find what is wrong', {
  timeout: 120_000, skip: config.skipWithout('chromium'),
}, async () => {
  const browser = await launch(config.chromiumPath);
  try {
    const page = await browser.newPage({ viewport: { width: 360, height: 640 } });
    await page.setContent(`<html><body><p style="color:#aaa">faint</p><img src="data:,">
      <div style="width:500px">wide</div></body></html>`);
    const axe = await runAxe(page, config.axeTags);
    const ids = axe.violations.map((v) => v.id);
    for (const id of ['color-contrast', 'html-has-lang', 'image-alt', 'document-title']) assert.ok(ids.includes(id), id);
    const m = await measure(page);
    assert.ok(m.scrollWidth > m.innerWidth, 'horizontal scroll not seen');
    assert.equal(m.switcher, null);
  } finally {
    await browser.close();
  }
});

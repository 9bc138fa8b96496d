// Debian's Chromium under playwright-core (never a downloaded browser), axe-core injected into
// each page.
import fs from 'node:fs';
import { createRequire } from 'node:module';
import { chromium } from 'playwright-core';

const require = createRequire(import.meta.url);
const axeSource = fs.readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

/** The flags this machine's Chromium needs (see the README); Playwright adds a fresh profile dir. */
const CHROMIUM_ARGS = [
  '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
];

export async function launch(executablePath) {
  if (!fs.existsSync(executablePath)) {
    throw new Error(`no browser at ${executablePath}: install Debian's with \`apt-get install -y chromium\``
      + ' (or set E2E_CHROMIUM), or skip these tests with -Dvestnik.e2e.skip=true');
  }
  return chromium.launch({ executablePath, headless: true, args: CHROMIUM_ARGS, timeout: 60_000 });
}

export async function runAxe(page, tags) {
  await page.addScriptTag({ content: axeSource });
  return page.evaluate(async (values) => {
    const r = await window.axe.run(document, {
      runOnly: { type: 'tag', values },
      resultTypes: ['violations', 'incomplete'],
    });
    const brief = (list) => list.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      helpUrl: v.helpUrl,
      nodes: v.nodes.map((n) => ({ target: n.target.join(' '), html: n.html, summary: n.failureSummary })),
    }));
    return { violations: brief(r.violations), incomplete: brief(r.incomplete) };
  }, tags);
}

/** What the layout checks need to know, measured in the page. */
export async function measure(page) {
  return page.evaluate(() => {
    const box = (el) => {
      if (!el) return null;
      const r = el.getBoundingClientRect();
      const cs = getComputedStyle(el);
      return {
        left: r.left, right: r.right, top: r.top, width: r.width, height: r.height,
        hidden: cs.visibility === 'hidden' || cs.display === 'none' || Number(cs.opacity) === 0,
      };
    };
    const items = (sel) => [...document.querySelectorAll(`${sel} a, ${sel} [aria-current]`)]
      .map((el) => ({ text: el.textContent.trim(), ...box(el) }));
    return {
      innerWidth: window.innerWidth,
      scrollWidth: document.scrollingElement.scrollWidth,
      // the elements wider than the viewport, to name the culprit of a horizontal scroll
      wide: [...document.querySelectorAll('body *')]
        .filter((el) => el.getBoundingClientRect().right > window.innerWidth + 0.5)
        .slice(0, 5)
        .map((el) => `${el.tagName.toLowerCase()}${el.className ? '.' + String(el.className).split(' ').join('.') : ''}`),
      switcher: box(document.querySelector('.language-switcher')),
      switcherItems: items('.language-switcher'),
      nav: box(document.querySelector('.site-nav')),
      navItems: items('.site-nav'),
    };
  });
}

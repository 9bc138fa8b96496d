// The version for visually impaired readers, checked in the browser on one page: reached by
// keyboard, switched on, measured (text size, spacing, AAA contrast by axe), kept on the next page
// and on a new visit, applied before the first paint, switched off in one press.
import assert from 'node:assert/strict';
import path from 'node:path';

import { runAxe } from './browser.mjs';
import { pathOf } from './crawl.mjs';

const TOGGLE = '[data-low-vision-toggle]';

/** Records, in every page of the context, whether the low-vision class was on when <body> appeared. */
export async function watchFirstPaint(context) {
  await context.addInitScript(() => {
    const observer = new MutationObserver(() => {
      if (document.body) {
        window.__lowVisionAtBody = document.documentElement.classList.contains('low-vision');
        observer.disconnect();
      }
    });
    observer.observe(document, { childList: true, subtree: true });
  });
}

/** The size and spacing of the page's running text (the first paragraph of main, else main). */
export async function textMetrics(page) {
  return page.evaluate(() => {
    const el = document.querySelector('main p') ?? document.querySelector('main');
    const cs = getComputedStyle(el);
    const size = parseFloat(cs.fontSize);
    return {
      fontSize: size,
      lineHeight: cs.lineHeight === 'normal' ? 1.2 * size : parseFloat(cs.lineHeight),
      letterSpacing: cs.letterSpacing === 'normal' ? 0 : parseFloat(cs.letterSpacing),
      wordSpacing: parseFloat(cs.wordSpacing) || 0,
      on: document.documentElement.classList.contains('low-vision'),
      atBody: window.__lowVisionAtBody,
      scrollWidth: document.scrollingElement.scrollWidth,
      innerWidth: window.innerWidth,
    };
  });
}

export async function toggleState(page) {
  return page.evaluate((sel) => {
    const b = document.querySelector(sel);
    if (!b) return null;
    const r = b.getBoundingClientRect();
    return {
      pressed: b.getAttribute('aria-pressed'),
      role: b.tagName === 'BUTTON' ? 'button' : b.getAttribute('role'),
      name: b.textContent.trim(),
      visible: !b.hidden && r.width > 0 && r.height > 0,
    };
  }, TOGGLE);
}

/** Presses Tab until the toggle has the focus; the number of presses, or -1 past `limit`. */
export async function tabToToggle(page, limit = 40) {
  await page.evaluate(() => { document.activeElement?.blur(); window.scrollTo(0, 0); });
  for (let i = 1; i <= limit; i++) {
    await page.keyboard.press('Tab');
    if (await page.evaluate((sel) => document.activeElement?.matches(sel) ?? false, TOGGLE)) return i;
  }
  return -1;
}

/** axe's enhanced-contrast rule (WCAG AAA, 7:1 and 4.5:1 for large text) on the page as it is. */
export async function enhancedContrast(page) {
  return runAxe(page, ['wcag2aaa']).then((r) => ({
    violations: r.violations.filter((v) => v.id === 'color-contrast-enhanced'),
    incomplete: r.incomplete.filter((v) => v.id === 'color-contrast-enhanced'),
  }));
}

/**
 * The whole routine on one page p ({url, lang, kind}) in a fresh browser context: the failures
 * found, the text metrics before and after switching on, the Tab presses that reach the control,
 * and the screenshot taken (home and article pages, when screenshotDir is given).
 */
export async function checkLowVision(browser, p, { wide, narrow, axeTags, screenshotDir }) {
  let normal;
  let on;
  let tabs;
  let screenshot;
  // a fresh context per page: nothing stored from the page before
  const context = await browser.newContext({ viewport: { width: wide, height: 800 }, reducedMotion: 'reduce' });
  await watchFirstPaint(context);
  const failures = [];
  try {
    let page = await context.newPage();
    await page.goto(p.url, { waitUntil: 'load' });
    normal = await textMetrics(page);
    const before = await toggleState(page);
    assert.ok(before?.visible, `no visible [data-low-vision-toggle] on ${pathOf(p.url)}`);
    assert.equal(before.role, 'button');
    assert.equal(before.pressed, 'false', 'the toggle says it is off');

    tabs = await tabToToggle(page);
    assert.ok(tabs > 0, 'the toggle cannot be reached with Tab');
    await page.keyboard.press('Enter');
    on = await textMetrics(page);
    assert.equal((await toggleState(page)).pressed, 'true', 'aria-pressed after Enter');
    const ratio = on.fontSize / normal.fontSize;
    if (ratio < 1.5) failures.push(`text ${on.fontSize}px is ${ratio.toFixed(2)}× the usual ${normal.fontSize}px, not ≥ 1.5×`);
    if (on.lineHeight < 1.5 * on.fontSize) failures.push(`line height ${on.lineHeight}px < 1.5 × ${on.fontSize}px`);
    if (on.letterSpacing < 0.12 * on.fontSize - 0.01) failures.push(`letter spacing ${on.letterSpacing}px < 0.12em`);
    if (on.wordSpacing < 0.16 * on.fontSize - 0.01) failures.push(`word spacing ${on.wordSpacing}px < 0.16em`);

    const contrast = await enhancedContrast(page);
    for (const v of contrast.violations) {
      for (const n of v.nodes) failures.push(`axe color-contrast-enhanced: ${n.target} ${n.summary ?? ''}`.trim());
    }
    const aa = await runAxe(page, axeTags);
    for (const v of aa.violations) failures.push(`axe ${v.id} in the low-vision version: ${v.nodes.map((n) => n.target).join(', ')}`);

    // images are optional: one press hides them, and the button says so
    await page.click('[data-low-vision-images]');
    const images = await page.evaluate(() => ({
      pressed: document.querySelector('[data-low-vision-images]').getAttribute('aria-pressed'),
      shown: [...document.querySelectorAll('main img')].filter((i) => i.getBoundingClientRect().width > 0).length,
    }));
    if (images.pressed !== 'true' || images.shown !== 0) failures.push(`images not hidden: ${JSON.stringify(images)}`);
    await page.click('[data-low-vision-images]');

    await page.setViewportSize({ width: narrow, height: 740 });
    const small = await textMetrics(page);
    if (small.scrollWidth > small.innerWidth) failures.push(`${narrow} px: scrolls horizontally (${small.scrollWidth} px)`);
    await page.setViewportSize({ width: wide, height: 800 });
    if (screenshotDir && (p.kind === 'article' || p.kind === 'home')) {
      screenshot = path.join(screenshotDir, `low-vision-${p.lang}-${p.kind}-${wide}.png`);
      await page.screenshot({ path: screenshot });
    }

    // kept on the next page, applied before its first paint
    const next = await page.evaluate(() => document.querySelector('.site-nav a')?.href);
    await page.goto(next, { waitUntil: 'load' });
    const there = await textMetrics(page);
    if (!there.on || there.atBody !== true) failures.push(`not kept on ${pathOf(next)}: ${JSON.stringify(there)}`);
    if ((await toggleState(page)).pressed !== 'true') failures.push(`${pathOf(next)}: the toggle says off`);

    // and on a new visit
    await page.close();
    page = await context.newPage();
    await page.goto(p.url, { waitUntil: 'load' });
    const again = await textMetrics(page);
    if (!again.on || again.atBody !== true || again.fontSize !== on.fontSize) {
      failures.push(`not kept on a new visit: ${JSON.stringify(again)}`);
    }

    // one press switches it back, for this page and the next ones
    await page.focus('[data-low-vision-toggle]');
    await page.keyboard.press('Space');
    const off = await textMetrics(page);
    if (off.on || off.fontSize !== normal.fontSize) failures.push(`still on after one press: ${JSON.stringify(off)}`);
    await page.reload({ waitUntil: 'load' });
    const reloaded = await textMetrics(page);
    if (reloaded.on || reloaded.atBody !== false) failures.push(`back on after a reload: ${JSON.stringify(reloaded)}`);
  } finally {
    await context.close();
  }
  return { failures, normal, on, tabs, screenshot };
}

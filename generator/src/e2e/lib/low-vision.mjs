// The version for visually impaired readers, checked in the browser on one page: reached by
// keyboard, switched on, measured (text size, spacing, AAA contrast by axe), kept on the next page
// and on a new visit, applied before the first paint, switched off in one press.
import { runAxe } from './browser.mjs';

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

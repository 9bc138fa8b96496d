// The bytes an article page loads at 360 px wide, at device pixel ratios 1, 2 and 3:
// prints "dpr <TAB> image file <TAB> image bytes <TAB> all bytes" per line.
// playwright-core from generator/src/e2e (E2E_DIR): an ES module does not look in NODE_PATH
import { createRequire } from 'node:module';
const { chromium } = createRequire(`${process.env.E2E_DIR}/package.json`)('playwright-core');

const url = process.argv[2];
const browser = await chromium.launch({
  executablePath: process.env.E2E_CHROMIUM || '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
});
try {
  for (const dpr of [1, 2, 3]) {
    const context = await browser.newContext({ viewport: { width: 360, height: 740 }, deviceScaleFactor: dpr });
    const page = await context.newPage();
    let images = 0, all = 0;
    const chosen = [];
    page.on('response', async (response) => {
      const body = await response.body().catch(() => Buffer.alloc(0));
      all += body.length;
      if ((response.headers()['content-type'] || '').startsWith('image/')) {
        images += body.length;
        chosen.push(new URL(response.url()).pathname.split('/').pop());
      }
    });
    await page.goto(url, { waitUntil: 'networkidle' });
    // scroll to the end, so that lazy images load too
    await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
    await page.waitForTimeout(500);
    await page.waitForLoadState('networkidle');
    console.log([dpr, chosen.join(' ') || '-', images, all].join('\t'));
    await context.close();
  }
} finally {
  await browser.close();
}

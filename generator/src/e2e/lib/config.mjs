// Settings of one e2e run. Maven passes them as environment variables (see the root pom.xml);
// run by hand, the defaults find the site that `mvn verify` built into target/e2e-site.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const e2eDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const repoRoot = path.resolve(e2eDir, '..', '..', '..');

const env = process.env;

/** Directory nginx serves as its root; the site lives in its sub-directory basePath. */
export const siteRoot = path.resolve(env.E2E_SITE_ROOT || path.join(repoRoot, 'target', 'e2e-site'));
/** The sub-path the site is published under, with both slashes. */
export const basePath = normalizeBasePath(env.E2E_BASE_PATH || '/press/');
export const siteDir = path.join(siteRoot, ...basePath.split('/').filter(Boolean));
/** Where screenshots, the crawl and axe reports go. */
export const outDir = path.resolve(env.E2E_OUT || path.join(repoRoot, 'target', 'e2e'));
export const screenshotDir = path.join(outDir, 'screenshots');
/**
 * Screenshots committed for the README (home.png, article.png): refreshed only when asked, with
 * E2E_SCREENSHOTS=update (Maven: -Dvestnik.e2e.screenshots=update), so a test run leaves the work
 * tree as it was. E2E_README_SCREENSHOTS names another directory to refresh.
 */
export const readmeShotDir = env.E2E_README_SCREENSHOTS
  || (env.E2E_SCREENSHOTS === 'update' ? path.join(e2eDir, 'screenshots') : '');
/** Language whose home and article pages become the README screenshots. */
export const readmeLanguage = env.E2E_README_LANGUAGE || 'en';
/** The search fixture (generator/src/test/resources/sites/search) as the root pom builds it, and its port. */
export const searchRoot = path.resolve(env.E2E_SEARCH_ROOT || path.join(repoRoot, 'target', 'e2e-search'));
export const searchPort = () => Number(env.E2E_SEARCH_PORT || portOf(path.join(searchRoot, ...basePath.split('/').filter(Boolean))));
export const chromiumPath = env.E2E_CHROMIUM || '/usr/bin/chromium';
export const nginxPath = env.E2E_NGINX || findNginx();
/** true (Maven: -Dvestnik.e2e.requireTools=true, as .ci/run sets): a missing tool fails the run. */
export const requireTools = env.E2E_REQUIRE_TOOLS === 'true' || env.E2E_REQUIRE_TOOLS === '1';
/**
 * Why each tool cannot run here, or null when it can: the tests that need a missing one are
 * skipped with that reason (or, with requireTools, the run fails).
 */
export const missing = {
  chromium: executable(chromiumPath) ? null
    : `no Chromium at ${chromiumPath} (apt-get install -y chromium fonts-liberation, or set E2E_CHROMIUM)`,
  nginx: runs(nginxPath, ['-v']) ? null
    : `cannot run nginx as ${nginxPath} (apt-get install -y nginx, or set E2E_NGINX)`,
};
/** The `skip` option of a test that needs the tool: false when it is there (node:test wants false, not null). */
export function skipWithout(...tools) {
  const why = tools.map((tool) => missing[tool]).find(Boolean);
  return why ? `skipped: ${why}` : false;
}
/** 1: check every page in the browser, not one page of each kind per language. */
export const allPages = env.E2E_ALL_PAGES === '1' || env.E2E_ALL_PAGES === 'true';
export const widths = [360, 1280];
export const axeTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

/**
 * The port nginx listens on. The site's absolute URLs (canonical, hreflang, feeds) name the port
 * it was built for, so without E2E_PORT it is read from the root page's canonical link.
 */
export function port() {
  if (env.E2E_PORT) return Number(env.E2E_PORT);
  return portOf(siteDir);
}

function portOf(dir) {
  const root = path.join(dir, 'index.html');
  const html = fs.readFileSync(root, 'utf8');
  const m = /<link[^>]*rel="canonical"[^>]*href="http:\/\/127\.0\.0\.1:(\d+)\//.exec(html);
  if (!m) throw new Error(`${root}: no canonical link to http://127.0.0.1:<port>/; set E2E_PORT`);
  return Number(m[1]);
}

function normalizeBasePath(p) {
  let s = p.startsWith('/') ? p : '/' + p;
  if (!s.endsWith('/')) s += '/';
  return s;
}

function executable(file) {
  try {
    fs.accessSync(file, fs.constants.X_OK);
    return fs.statSync(file).isFile();
  } catch {
    return false;
  }
}

function runs(command, args) {
  const r = spawnSync(command, args, { stdio: 'ignore', timeout: 10_000 });
  return !r.error && r.status === 0;
}

function findNginx() {
  for (const p of ['/usr/sbin/nginx', '/usr/bin/nginx', '/usr/local/sbin/nginx', '/usr/local/bin/nginx']) {
    if (fs.existsSync(p)) return p;
  }
  return 'nginx';
}

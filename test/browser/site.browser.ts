import { existsSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { type Browser, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

// Opens the docs site (docs/api, from `npm run docs`) and the root entry's ESM
// bundle (dist/index.js, from `npm run build`) in headless Chromium: Debian's
// chromium package, driven by playwright-core (no browser download is needed).
// .ci/run installs chromium; without it this test fails, it does not skip.

const root = fileURLToPath(new URL('../..', import.meta.url));
const site = join(root, 'docs/api');
const executablePath = '/usr/bin/chromium';

const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.json': 'application/json',
  '.md': 'text/markdown; charset=utf-8',
};

let server: Server;
let base: string;
let browser: Browser;
let bundle: string;

beforeAll(async () => {
  if (!existsSync(executablePath))
    throw new Error(
      `${executablePath} is missing: install it with apt-get install -y chromium (.ci/run does)`,
    );
  if (!existsSync(join(site, 'index.html')))
    throw new Error('docs/api/index.html is missing: run npm run docs first');
  // The root entry as one ES module file, as a bundler would make it.
  const result = await build({
    entryPoints: [join(root, 'dist/index.js')],
    bundle: true,
    format: 'esm',
    platform: 'browser',
    write: false,
    logLevel: 'silent',
  });
  bundle = result.outputFiles[0]?.text ?? '';
  // A tiny static server on 127.0.0.1: the site, plus a plain page and the bundle.
  server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
    // Chromium asks every server for a favicon; the site has none, and a 404
    // for it would count as a console error of the site.
    if (path === '/favicon.ico') {
      response.writeHead(204).end();
      return;
    }
    if (path === '/plain/gcm-kit.js') {
      response.writeHead(200, { 'content-type': types['.js'] }).end(bundle);
      return;
    }
    if (path === '/plain/') {
      response
        .writeHead(200, { 'content-type': types['.html'] })
        .end(
          '<!doctype html><meta charset="utf-8"><title>plain</title><p>plain page</p>' +
            '<script type="module">import * as gcm from "./gcm-kit.js"; window.gcm = gcm;</script>',
        );
      return;
    }
    const file = join(site, normalize(path.endsWith('/') ? `${path}index.html` : path));
    if (!file.startsWith(site) || !existsSync(file)) {
      response.writeHead(404).end('not found');
      return;
    }
    response
      .writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream' })
      .end(readFileSync(file));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  // playwright-core starts Chromium headless, without the sandbox and with a
  // fresh, empty profile of its own; the other flags keep it off the network.
  browser = await chromium.launch({
    executablePath,
    headless: true,
    chromiumSandbox: false,
    args: [
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
});

afterAll(async () => {
  await browser?.close();
  await new Promise((resolve) => server?.close(resolve));
});

/** A new page that records console errors, uncaught errors and failed requests. */
async function open(path: string): Promise<{ page: Page; problems: string[] }> {
  const page = await browser.newPage();
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('requestfailed', (request) => problems.push(`request failed: ${request.url()}`));
  page.on('response', (response) => {
    if (response.status() >= 400) problems.push(`${response.status()}: ${response.url()}`);
  });
  const response = await page.goto(`${base}${path}`, { waitUntil: 'networkidle' });
  expect(response?.status(), path).toBe(200);
  return { page, problems };
}

/** Every link of a page that stays on the site answers 200. */
async function checkLinks(page: Page): Promise<number> {
  const hrefs: string[] = await page.$$eval('a[href]', (links) =>
    links.map((a) => (a as unknown as { href: string }).href),
  );
  const local = [...new Set(hrefs.map((h) => h.split('#')[0] as string))].filter((h) =>
    h.startsWith(base),
  );
  for (const href of local) {
    const response = await page.request.get(href);
    expect(response.status(), href).toBe(200);
  }
  return local.length;
}

describe('the docs site in Chromium', () => {
  it('shows the home page once titled, with the timeline picture, and no console error', async () => {
    const { page, problems } = await open('/index.html');
    const headings = await page.$$eval('h1', (hs) => hs.map((h) => h.textContent?.trim()));
    expect(headings.filter((h) => h === 'gcm-kit')).toHaveLength(1);
    // (The project compiles without the DOM library: page-side code names what it reads.)
    const picture = await page.$eval('img[src$="timeline.svg"]', (img) => {
      const { naturalWidth, complete } = img as unknown as {
        naturalWidth: number;
        complete: boolean;
      };
      return { width: naturalWidth, complete };
    });
    expect(picture).toEqual({ width: 880, complete: true });
    // The guides, sources and the modules as users import them, in the navigation.
    const nav = await page.$$eval('a[href]', (links) => links.map((a) => a.textContent?.trim()));
    for (const name of ['gcm-kit', 'gcm-kit/schemas', 'gcm-kit/ics', 'The command line', 'Sources'])
      expect(nav, name).toContain(name);
    expect(await checkLinks(page)).toBeGreaterThan(10);
    await page.goto(`${base}/modules/gcm-kit_schemas.html`, { waitUntil: 'networkidle' });
    expect(await page.$eval('h1', (h) => h.textContent?.trim())).toBe('Module gcm-kit/schemas');
    expect(problems).toEqual([]);
    await page.close();
  });

  it('shows a guide, its links working, with no console error', async () => {
    const { page, problems } = await open('/documents/The_command_line.html');
    expect(await page.$eval('h1', (h) => h.textContent?.trim())).toBe('The command line');
    expect(await page.textContent('body')).toContain('gcm-kit export');
    await checkLinks(page);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('finds getPhaseOn with the API search, and its page opens', async () => {
    const { page, problems } = await open('/index.html');
    await page.click('#tsd-search-trigger');
    await page.fill('#tsd-search-input', 'getPhaseOn');
    const first = page.locator('#tsd-search-results li a').first();
    await first.waitFor({ timeout: 10_000 });
    expect(await first.textContent()).toContain('getPhaseOn');
    await first.click();
    await page.waitForURL(/getPhaseOn/);
    expect(await page.$eval('h1', (h) => h.textContent?.trim())).toBe('Function getPhaseOn');
    expect(problems).toEqual([]);
    await page.close();
  });
});

describe('the docs site search, pages and layout', () => {
  /** The texts of the search results for a query typed into the site's search box. */
  async function search(page: Page, query: string): Promise<string[]> {
    await page.click('#tsd-search-trigger');
    await page.fill('#tsd-search-input', query);
    await page.locator('#tsd-search-results li a').first().waitFor({ timeout: 10_000 });
    return page.$$eval('#tsd-search-results li a', (links) =>
      links.map((a) => `${a.textContent?.trim()} ${(a as unknown as { href: string }).href}`),
    );
  }

  it('finds guide words and words of comments, not only names', async () => {
    // "csv" and "export" are words of the CLI guide, "Belarus" of the
    // validation guide and of the comments of the consultation types.
    for (const [query, expected] of [
      ['csv', /The command line/],
      ['export', /The command line/],
      ['Belarus', /Validating consultation records/],
      ['Belarus', /Consultation\.html/],
    ] as const) {
      const { page, problems } = await open('/index.html');
      const results = await search(page, query);
      expect(
        results.some((r) => expected.test(r)),
        `${query}: ${results.join(' | ')}`,
      ).toBe(true);
      expect(problems).toEqual([]);
      await page.close();
    }
  });

  it('lists the functions of a module before its interfaces, by topic, with summaries', async () => {
    const { page, problems } = await open('/modules/gcm-kit.html');
    const sections = await page.$$eval('h2.tsd-anchor-link', (hs) =>
      hs.map((h) => h.textContent?.trim()),
    );
    expect(sections[0]).toBe('Functions - Timeline');
    const firstInterface = sections.findIndex((s) => s?.startsWith('Interfaces'));
    const lastFunction = sections.map((s) => s?.startsWith('Functions')).lastIndexOf(true);
    expect(lastFunction).toBeLessThan(firstInterface);
    const summary = await page.$eval('dd.tsd-member-summary', (dd) => dd.textContent?.trim() ?? '');
    expect(summary.length).toBeGreaterThan(10);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('shows a whole record on the Consultation page, and links to the records guide', async () => {
    const { page, problems } = await open('/interfaces/gcm-kit_schemas.Consultation.html');
    const example = await page.$$eval('pre code', (codes) =>
      codes.map((c) => c.textContent ?? '').find((t) => t.includes('"belarus-2017-05-16"')),
    );
    const record = JSON.parse(
      readFileSync(join(root, 'src/consultations/records/belarus-2017-05-16.json'), 'utf8'),
    );
    expect(JSON.parse(example ?? '')).toEqual(record);
    await page.click('a:text("Writing consultation records")');
    expect(await page.$eval('h1', (h) => h.textContent?.trim())).toBe(
      'Writing consultation records',
    );
    expect(problems).toEqual([]);
    await page.close();
  });

  it('gives the register its width on a wide screen: the table scrolls in its box, the page does not', async () => {
    const { page, problems } = await open('/documents/Consultation_register.html');
    await page.setViewportSize({ width: 1440, height: 900 });
    const layout = await page.evaluate(() => {
      // biome-ignore lint/suspicious/noExplicitAny: the page's DOM
      const { document, getComputedStyle } = globalThis as any;
      const table = document.querySelector('.tsd-typography table');
      return {
        tableWidth: table.getBoundingClientRect().width,
        scrolls: getComputedStyle(table).overflowX,
        pageOverflows: document.documentElement.scrollWidth > document.documentElement.clientWidth,
      };
    });
    // 864 px at 1440 (the default layout gave it 722 px).
    expect(layout.tableWidth).toBeGreaterThan(800);
    expect(layout.scrolls).toBe('auto');
    expect(layout.pageOverflows).toBe(false);
    expect(problems).toEqual([]);
    await page.close();
  });
});

describe('the root entry in Chromium', () => {
  it('runs getPhaseOn and getEventsAt inside a plain page', async () => {
    const { page, problems } = await open('/plain/');
    await page.waitForFunction(() => 'gcm' in globalThis);
    const results = await page.evaluate(() => {
      // biome-ignore lint/suspicious/noExplicitAny: the module the page imported
      const { gcm, navigator } = globalThis as any;
      return {
        phase: gcm.getPhaseOn('2017-05-16')?.id,
        // 23:30 UTC on 8 May is 9 May in Geneva and in Minsk: the browser's Intl zone data.
        eventsAt: gcm
          .getEventsAt(new Date('2017-05-08T23:30:00Z'), { kind: 'thematic-session' })
          .map((e: { id: string }) => e.id),
        afterSession: gcm.getEventsAt(new Date('2017-05-09T22:30:00Z')).length,
        minsk: gcm.getPhaseOn(new Date('2017-03-31T22:30:00Z'), { timeZone: 'Europe/Minsk' })?.id,
        userAgent: navigator.userAgent,
      };
    });
    expect(results.phase).toBe('consultations');
    expect(results.eventsAt).toEqual(['thematic-session-1']);
    expect(results.afterSession).toBe(0);
    expect(results.minsk).toBe('consultations');
    expect(results.userAgent).toMatch(/Chrome\//);
    expect(problems).toEqual([]);
    await page.close();
  });
});

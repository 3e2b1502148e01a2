// Checks the built docs site (docs/api, from `npm run docs`) for static
// hosting: every link and asset inside the site is relative, so the folder
// can be served from any address and any path (a web server, GitHub Pages, a
// file share), and no page names a placeholder address. Run by
// `npm run docs:site`; prints one line per problem and exits 1 if any.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

const site = new URL('../docs/api/', import.meta.url).pathname;
const placeholders = ['github.com/gcm-kit/gcm-kit', 'example.com', 'localhost', '127.0.0.1'];

/** @param {string} dir @returns {string[]} */
function pages(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return pages(path);
    return entry.name.endsWith('.html') ? [path] : [];
  });
}

const problems = [];
const files = pages(site);
for (const file of files) {
  const html = readFileSync(file, 'utf8');
  const name = relative(site, file);
  for (const [, attribute, value] of html.matchAll(/\s(href|src)="([^"]*)"/g)) {
    if (value.startsWith('/') || value.startsWith('file:'))
      problems.push(`${name}: ${attribute}="${value}" is not relative`);
  }
  for (const placeholder of placeholders)
    if (html.includes(placeholder)) problems.push(`${name}: names ${placeholder}`);
}
for (const problem of problems) process.stderr.write(`${problem}\n`);
if (problems.length > 0) process.exit(1);
process.stdout.write(
  `docs/api: ${files.length} pages, every link relative; serve the folder as it is\n`,
);

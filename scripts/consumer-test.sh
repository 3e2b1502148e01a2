#!/usr/bin/env bash
# Packs gcm-kit as npm would publish it, installs the tarball into a fresh
# consumer project, and imports it from ESM, CJS and TypeScript (node16 and
# bundler resolution). Proves the published files work, not just the sources.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
dir="$root/.consumer"
rm -rf "$dir" && mkdir -p "$dir"
cd "$root"
tarball=$(npm pack --silent --pack-destination "$dir" | tail -n 1)
cd "$dir"
cat > package.json <<'JSON'
{ "name": "gcm-kit-consumer", "private": true, "type": "module" }
JSON
npm install --silent --no-audit --no-fund --prefer-offline "./$tarball" zod@4 >/dev/null

cat > esm.mjs <<'JS'
import assert from 'node:assert/strict';
import { getPhaseOn, thematicSessions } from 'gcm-kit';
assert.equal(thematicSessions.length, 6);
assert.equal(getPhaseOn('2017-05-16')?.id, 'consultations');
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
const { safeParseConsultation } = await import('gcm-kit/schemas');
const require = createRequire(import.meta.url);
const example = JSON.parse(readFileSync(require.resolve('gcm-kit/examples/belarus-2017-05-16.json'), 'utf8'));
assert.equal(safeParseConsultation(example).success, true);
const schema = require('gcm-kit/json-schema/consultation.schema.json');
assert.equal(schema.$id, 'urn:gcm-kit:json-schema:consultation');
const { toICalendar } = await import('gcm-kit/ics');
assert.match(toICalendar(), /BEGIN:VCALENDAR/);
const { consultations, getConsultationsOn } = await import('gcm-kit/consultations');
assert.ok(consultations.length >= 30);
assert.ok(getConsultationsOn('2017-05-16').some((c) => c.id === 'belarus-2017-05-16'));
const { getLabel } = await import('gcm-kit/labels');
assert.equal(getLabel(thematicSessions[0], 'en').fallback, false);
const { sources } = await import('gcm-kit/sources');
const root = await import('gcm-kit');
assert.equal('sources' in root, false, 'the registry is gcm-kit/sources, not the root entry');
assert.equal(root.getSourceUrl(sources['a-res-73-195']), 'https://undocs.org/A/RES/73/195');
console.log('esm: ok (root, schemas, consultations, labels, ics, sources, json-schema, examples)');
JS
cat > cjs.cjs <<'JS'
const assert = require('node:assert/strict');
const { thematicSessions, getPhaseOn } = require('gcm-kit');
assert.equal(thematicSessions[0].start, '2017-05-08');
assert.equal(getPhaseOn('2017-11-15').id, 'stocktaking');
const { consultations } = require('gcm-kit/consultations');
assert.ok(consultations.length >= 30);
const { sources } = require('gcm-kit/sources');
assert.equal(sources['a-res-71-280'].symbol, 'A/RES/71/280');
assert.equal(require('gcm-kit').sources, undefined);
const zodLoaded = Object.keys(require.cache).some((file) => /[\\/]node_modules[\\/]zod[\\/]/.test(file));
const { parseConsultation } = require('gcm-kit/schemas');
assert.equal(typeof parseConsultation, 'function');
assert.equal(zodLoaded, false, 'the root entry and the register must not load zod');
console.log('cjs: ok (zod not loaded by the root entry or the register)');
JS
cat > index.ts <<'TS'
import { type PhaseId, getPhaseOn, thematicSessions } from 'gcm-kit';
import type { Consultation } from 'gcm-kit/schemas';
import { consultations } from 'gcm-kit/consultations';
import { type SourceId, getSourceUrl } from 'gcm-kit';
import { sources } from 'gcm-kit/sources';
const cited: SourceId = 'a-res-71-280';
export const address: string | undefined = getSourceUrl(sources[cited]);
export const kinds: Consultation['kind'][] = consultations.map((c) => c.kind);
export type Checked = Consultation['kind'];
const id: PhaseId | undefined = getPhaseOn('2017-05-16')?.id;
const first: '2017-05-08' = thematicSessions[0].start;
// @ts-expect-error a Date needs a time zone
getPhaseOn(new Date());
export { first, id };
TS
for mode in node16 bundler; do
  module=$([ "$mode" = node16 ] && echo node16 || echo esnext)
  cat > "tsconfig.$mode.json" <<JSON
{ "compilerOptions": { "strict": true, "noEmit": true, "module": "$module", "moduleResolution": "$mode", "target": "es2022", "types": [], "skipLibCheck": false }, "files": ["index.ts"] }
JSON
  node "$root/node_modules/typescript/bin/tsc" -p "tsconfig.$mode.json"
  echo "typescript ($mode): ok"
done
node esm.mjs
node cjs.cjs
out=$(npx --no-install gcm-kit when 2017-05-16)
case "$out" in *"Phase I: consultations"*) echo "bin: ok";; *) echo "bin: unexpected output: $out"; exit 1;; esac

# Every relative link of the README (guides, changelog, picture, examples)
# resolves inside node_modules/gcm-kit, as a reader of the installed package finds it.
node --input-type=module - <<'JS'
import { existsSync, readFileSync } from 'node:fs';
const dir = 'node_modules/gcm-kit';
const readme = readFileSync(`${dir}/README.md`, 'utf8');
const links = [...readme.matchAll(/\]\(([^)\s]+)\)/g)]
  .map((m) => m[1].split('#')[0])
  .filter((href) => href && !/^[a-z]+:/.test(href));
const missing = links.filter((href) => !existsSync(`${dir}/${href}`));
if (links.length === 0 || missing.length > 0) {
  console.error(`README links missing from the package: ${missing.join(', ') || '(no links found)'}`);
  process.exit(1);
}
console.log(`readme links: ok (${links.length} relative links resolve in node_modules/gcm-kit)`);
JS

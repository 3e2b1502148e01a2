import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { getLanguageService, TextDocument } from 'vscode-json-languageservice';
// @ts-expect-error: a plain ES module script without types
import { renderDescriptions } from '../../scripts/descriptions.mjs';
import { descriptions } from '../../src/schemas/descriptions.generated.js';
import { createLocator } from '../../src/schemas/locate.js';
import { safeParseConsultation } from '../../src/schemas/safeParseConsultation.js';
import { jsonSchemaNames, toJsonSchema } from '../../src/schemas/toJsonSchema.js';

type Node = Record<string, unknown>;

/** Every property of a JSON Schema, with its path, and every code list. */
function walk(node: unknown, path: string, visit: (path: string, node: Node) => void): void {
  if (node === null || typeof node !== 'object') return;
  if (Array.isArray(node)) {
    for (const item of node) walk(item, path, visit);
    return;
  }
  const n = node as Node;
  visit(path, n);
  if (n.properties && typeof n.properties === 'object')
    for (const [key, value] of Object.entries(n.properties)) walk(value, `${path}.${key}`, visit);
  for (const key of ['items', 'anyOf', 'oneOf', 'allOf'])
    if (n[key] !== undefined) walk(n[key], key === 'items' ? `${path}[]` : path, visit);
}

describe('the shipped JSON Schemas document every field', () => {
  it.each(jsonSchemaNames)(
    '%s: every field has a description, every code list examples',
    (name) => {
      const undocumented: string[] = [];
      const schema = toJsonSchema(name);
      walk(schema, name, (path, node) => {
        if (node.properties && typeof node.properties === 'object') {
          for (const [key, value] of Object.entries(node.properties))
            if (typeof (value as Node).description !== 'string')
              undocumented.push(`${path}.${key}`);
        }
        if (Array.isArray(node.enum) && !Array.isArray(node.examples))
          undocumented.push(`${path} (enum without examples)`);
      });
      expect(undocumented).toEqual([]);
    },
  );

  it('gives the consultation schema a title and a stable $id', () => {
    const schema = toJsonSchema('consultation');
    expect([schema.title, schema.$id]).toEqual([
      'gcm-kit consultation record (version 3)',
      'urn:gcm-kit:json-schema:consultation',
    ]);
  });

  it('takes the descriptions from the TSDoc of the declared types (descriptions.generated.ts is current)', () => {
    const text = renderDescriptions();
    const json = text.slice(text.indexOf('> = ') + 4, text.lastIndexOf(';'));
    expect(descriptions).toEqual(JSON.parse(json));
  });
});

// A record with four structural mistakes that JSON Schema can express.
const text = `{
  "id": "nigeria-2017-09-20",
  "kind": "nationwide",
  "dates": { "start": "2017-09-20", "end": "2017-09-20" },
  "country": "NGA",
  "organisers": [],
  "participants": [{ "count": "many" }],
  "sources": [{ "title": "Nigeria holds national consultation", "publisher": "IOM" }]
}
`;

describe('an editor with the JSON language service and the shipped schema', () => {
  const schema = toJsonSchema('consultation');
  const service = getLanguageService({});
  service.configure({
    validate: true,
    schemas: [{ uri: String(schema.$id), fileMatch: ['*.json'], schema }],
  });
  const document = TextDocument.create('file:///record.json', 'json', 1, text);
  const json = service.parseJSONDocument(document);

  it('reports the same structural errors as ajv, on the same lines', async () => {
    const diagnostics = await service.doValidation(document, json);
    const editor = diagnostics.map((d) => d.range.start.line + 1).sort((a, b) => a - b);

    const ajv = new (Ajv2020 as unknown as typeof Ajv2020.default)({
      allErrors: true,
      strict: false,
    });
    (addFormats as unknown as typeof addFormats.default)(ajv);
    const validate = ajv.compile(schema);
    expect(validate(JSON.parse(text))).toBe(false);
    const locate = createLocator(text);
    const byAjv = (validate.errors ?? [])
      .map((e) => {
        const path = e.instancePath
          .split('/')
          .slice(1)
          .map((k) => (/^\d+$/.test(k) ? `[${k}]` : `.${k}`))
          .join('')
          .replace(/^\./, '');
        const extra = e.params as { additionalProperty?: string };
        return extra.additionalProperty !== undefined
          ? locate(path ? `${path}.${extra.additionalProperty}` : extra.additionalProperty, true)
              .line
          : locate(path).line;
      })
      .sort((a, b) => a - b);
    expect(editor).toEqual(byAjv);
    expect(editor).toEqual([1, 3, 6, 7]);
  });

  it('offers the code-list values as completions for kind', async () => {
    const at = document.positionAt(text.indexOf('"nationwide"') + 1);
    const list = await service.doComplete(document, at, json);
    const labels = list?.items.map((i) => i.label) ?? [];
    expect(labels).toEqual(
      expect.arrayContaining(['"national"', '"regional"', '"thematic-session"', '"other"']),
    );
  });

  it('shows the description of country on hover', async () => {
    const at = document.positionAt(text.indexOf('"country"') + 2);
    const hover = await service.doHover(document, at, json);
    // The service escapes Markdown characters of a plain description.
    const shown = [hover?.contents]
      .flat()
      .map((c) => (typeof c === 'string' ? c : (c as { value: string }).value))
      .join('\n')
      .replace(/\\(.)/g, '$1');
    expect(shown).toMatchInlineSnapshot(`
      "ISO 3166-1 alpha-3 code of the venue's country.

      \`NGA\`: **Nigeria**"
    `);
  });
});

describe('the count rule of version 3 in the shipped JSON Schema', () => {
  it('agrees with the library on counts with and without a number, on the record and on a part', () => {
    const ajv = new (Ajv2020 as unknown as typeof Ajv2020.default)({
      allErrors: true,
      strict: false,
    });
    (addFormats as unknown as typeof addFormats.default)(ajv);
    const validate = ajv.compile(toJsonSchema('consultation'));
    const record = {
      id: 'test-2020-11-09',
      kind: 'other',
      title: 'A test record',
      dates: { start: '2020-11-09', end: '2020-11-09' },
      sources: [{ title: 'A page', publisher: 'A publisher' }],
    };
    const counts = [
      { qualifier: 'indefinite', asStated: 'several dozen' },
      { count: 30, qualifier: 'over', asStated: 'more than 30' },
      { qualifier: 'indefinite' },
      { qualifier: 'about' },
      { count: 30, qualifier: 'indefinite', asStated: 'thirty or so' },
    ];
    const verdicts = counts.flatMap((count) => {
      const asRecord = { ...record, participants: [count] };
      const asPart = {
        ...record,
        parts: [{ id: 'p', dates: record.dates, participants: [count] }],
      };
      return [asRecord, asPart].map((r) => [validate(r), safeParseConsultation(r).success]);
    });
    expect(verdicts).toEqual([
      [true, true],
      [true, true],
      [true, true],
      [true, true],
      [false, false],
      [false, false],
      [false, false],
      [false, false],
      [false, false],
      [false, false],
    ]);
  });
});

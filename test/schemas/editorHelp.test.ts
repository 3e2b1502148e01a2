import { describe, expect, it } from 'vitest';
import { getLanguageService, TextDocument } from 'vscode-json-languageservice';
import { toJsonSchema } from '../../src/schemas/toJsonSchema.js';

// The shipped consultation schema in the JSON language service of VS Code, as
// an editor uses it: completions, their documentation, sort order and the
// messages of validation.
const schema = toJsonSchema('consultation');
const service = getLanguageService({});
service.configure({
  validate: true,
  schemas: [{ uri: String(schema.$id), fileMatch: ['*.json'], schema }],
});
const open = (text: string) => {
  const document = TextDocument.create('file:///record.json', 'json', 1, text);
  return { document, json: service.parseJSONDocument(document) };
};
async function complete(text: string) {
  const cursor = text.indexOf('|');
  const { document, json } = open(text.replace('|', ''));
  const list = await service.doComplete(document, document.positionAt(cursor), json);
  return list?.items ?? [];
}
const docOf = (item: { documentation?: unknown }) =>
  typeof item.documentation === 'string'
    ? item.documentation
    : String((item.documentation as { value?: string } | undefined)?.value ?? '');

describe('editor help in the consultation JSON Schema (vscode-json-languageservice)', () => {
  it('completes country codes with the names of the countries', async () => {
    const items = await complete('{ "country": | }');
    const belarus = items.find((i) => i.label === '"BLR"');
    expect(docOf(belarus ?? {})).toContain('Belarus');
    expect(items.filter((i) => docOf(i) !== '').length).toBeGreaterThanOrEqual(249);
  });

  it('offers the five regional commissions first in regions, then M49 areas with names', async () => {
    const items = await complete('{ "regions": [ | ] }');
    // What an editor shows first: sorted by sortText, else by label.
    const shown = [...items].sort((a, b) =>
      (a.sortText ?? a.label).localeCompare(b.sortText ?? b.label),
    );
    expect(shown.slice(0, 5).map((i) => i.label)).toEqual([
      '"ECA"',
      '"ECE"',
      '"ECLAC"',
      '"ESCAP"',
      '"ESCWA"',
    ]);
    expect(docOf(shown[0] ?? {})).toContain(
      'UN regional commission: Economic Commission for Africa',
    );
    expect(docOf(items.find((i) => i.label === '"150"') ?? {})).toContain('Europe');
  });

  it('says what is wrong with a bad date or id in words, not a regular expression', async () => {
    const { document, json } = open(
      '{ "id": "Belarus 2017", "kind": "national", "country": "BYX", "dates": { "start": "2017-02-30", "end": "2017-03-01" } }',
    );
    const messages = (await service.doValidation(document, json)).map((d) => String(d.message));
    expect(messages).toEqual(
      expect.arrayContaining([
        'must be lowercase kebab-case, such as belarus-2017-05-16',
        'must be an ISO calendar date that exists, YYYY-MM-DD, such as 2017-05-16',
      ]),
    );
    // A country outside the list is the one long message left: for a value of
    // an anyOf, the service rewrites enum messages to list every value
    // (updateEnumMismatchProblemMessages), whatever errorMessage says.
    const long = messages.filter((message) => message.length >= 120);
    expect(long).toHaveLength(1);
    expect(long[0]).toMatch(/^Value is not accepted\. Valid values: "ABW"/);
  });

  it('suggests time zones by example', async () => {
    const items = await complete('{ "timeZone": | }');
    expect(items.map((i) => i.label)).toContain('"Europe/Minsk"');
  });
});

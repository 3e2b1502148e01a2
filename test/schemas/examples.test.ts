import { readdirSync, readFileSync } from 'node:fs';
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { safeParseConsultation } from '../../src/schemas/safeParseConsultation.js';
import { jsonSchemaNames, toJsonSchema } from '../../src/schemas/toJsonSchema.js';

const read = (dir: string) =>
  readdirSync(new URL(dir, import.meta.url))
    .filter((f) => f.endsWith('.json'))
    .map((f) => ({
      file: f,
      json: JSON.parse(readFileSync(new URL(`${dir}${f}`, import.meta.url), 'utf8')),
    }));

const examples = read('../../examples/');
const fixtures = read('../fixtures/invalid/') as {
  file: string;
  json: { reason: string; checkedBy: 'json-schema' | 'library'; path: string; record: unknown };
}[];

// An independent validator: ajv with its formats, on the generated JSON Schema.
const ajv = new (Ajv2020 as unknown as typeof Ajv2020.default)({ allErrors: true, strict: false });
(addFormats as unknown as typeof addFormats.default)(ajv);
const validateJson = ajv.compile(toJsonSchema('consultation'));

describe('examples/', () => {
  it('holds the eight 2017 consultations of the fact sheet: four national, four regional', () => {
    expect(examples.map((e) => e.file).sort()).toEqual([
      'bangladesh-2017-10-26.json',
      'belarus-2017-05-16.json',
      'eca-2017-10-26.json',
      'eclac-2017-08-30.json',
      'escap-2017-11-06.json',
      'escwa-2017-09-26.json',
      'ghana-2017-09-15.json',
      'sri-lanka-2017-08-25.json',
    ]);
  });

  for (const { file, json } of examples) {
    it(`${file} is valid for zod and for ajv, cites a source, and is named after its id`, () => {
      const result = safeParseConsultation(json);
      expect(result.success, JSON.stringify(result.issues)).toBe(true);
      expect(result.issues).toEqual([]);
      expect(validateJson(json), JSON.stringify(validateJson.errors)).toBe(true);
      expect(json.sources.length).toBeGreaterThan(0);
      expect(`${json.id}.json`).toBe(file);
    });
  }

  it('records Belarus 16 May 2017: three thematic groups, recommendations at the plenary, Norway as funder, and the three bodies under whose auspices it was held as sponsors', () => {
    const belarus = examples.find((e) => e.file.startsWith('belarus'))?.json;
    expect(
      belarus.organizations
        .filter((o: { roles: string[] }) => o.roles.includes('sponsor'))
        .map((o: { name: string }) => o.name),
    ).toEqual([
      'IOM Minsk Mission',
      'Ministry of Foreign Affairs of the Republic of Belarus',
      'Ministry of the Interior of the Republic of Belarus',
    ]);
    expect(belarus.speakers[0].organization).toBeUndefined();
    expect(belarus.thematicGroups.map((g: { title: string }) => g.title)).toEqual([
      'Irregular migration',
      'Forced migration',
      'Migration and development',
    ]);
    expect(belarus.titleAsPublished).toMatch(/safe, orderly and legal migration/);
    expect(
      belarus.organizations.filter((o: { roles: string[] }) => o.roles.includes('funder')),
    ).toEqual([
      {
        name: 'Ministry of Foreign Affairs of the Kingdom of Norway',
        category: 'government',
        roles: ['funder'],
        sources: [0],
      },
    ]);
    // The page names no organizer: "under the auspices of" is sponsorship.
    expect(
      belarus.organizations.filter((o: { roles: string[] }) => o.roles.includes('organizer')),
    ).toEqual([]);
  });

  it("records Ghana's seven priorities as its outcome", () => {
    const ghana = examples.find((e) => e.file.startsWith('ghana'))?.json;
    expect(ghana.outcome.recommendations).toHaveLength(7);
  });
});

describe('test/fixtures/invalid/', () => {
  for (const { file, json } of fixtures) {
    it(`${file} fails for one reason: ${json.reason}`, () => {
      const result = safeParseConsultation(json.record);
      const errors = result.issues.filter((i) => i.severity === 'error');
      expect(result.success).toBe(false);
      expect(errors.map((i) => i.path)).toEqual([json.path]);
    });

    it(`${file}: ajv ${json.checkedBy === 'json-schema' ? 'agrees (invalid)' : 'accepts it: a rule the library alone checks'}`, () => {
      expect(validateJson(json.record)).toBe(json.checkedBy !== 'json-schema');
    });
  }

  it('cover both kinds of rule', () => {
    expect(new Set(fixtures.map((f) => f.json.checkedBy))).toEqual(
      new Set(['json-schema', 'library']),
    );
  });
});

describe('JSON Schema', () => {
  it('is generated for every named schema, as draft 2020-12 that ajv compiles', () => {
    for (const name of jsonSchemaNames) {
      const schema = toJsonSchema(name);
      expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
      const fresh = new (Ajv2020 as unknown as typeof Ajv2020.default)({ strict: false });
      (addFormats as unknown as typeof addFormats.default)(fresh);
      expect(() => fresh.compile(schema)).not.toThrow();
    }
  });

  it('turns code lists into enums', () => {
    const text = JSON.stringify(toJsonSchema('consultation'));
    expect(text).toContain(
      '"enum":["national","sub-regional","regional","global","thematic-session","stocktaking","other"]',
    );
    expect(text).toContain('"BLR"');
  });

  it('refuses an unknown name', () => {
    expect(() => toJsonSchema('nope' as never)).toThrow(RangeError);
  });
});

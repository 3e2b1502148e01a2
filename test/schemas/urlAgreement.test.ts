import { readFileSync } from 'node:fs';
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { sources } from '../../src/data/sources.js';
import { HttpUrlSchema } from '../../src/schemas/primitives.js';
import { SourceSchema } from '../../src/schemas/reference.js';
import { safeParseConsultation } from '../../src/schemas/safeParseConsultation.js';

// The shipped JSON Schema files and the zod schemas must say the same of a
// link: an editor that shows no error for an address the library refuses
// (or the reverse) is worse than none (issue 17, Agreement).
const schema = (name: string) =>
  JSON.parse(
    readFileSync(new URL(`../../json-schema/${name}.schema.json`, import.meta.url), 'utf8'),
  );
const ajv = new (Ajv2020 as unknown as typeof Ajv2020.default)({ allErrors: true, strict: false });
(addFormats as unknown as typeof addFormats.default)(ajv);
const consultationByAjv = ajv.compile(schema('consultation'));
const sourceByAjv = ajv.compile(schema('source'));

const record = JSON.parse(
  readFileSync(new URL('../../examples/belarus-2017-05-16.json', import.meta.url), 'utf8'),
) as { sources: Record<string, unknown>[] };
const withUrl = (url: string) => ({
  ...record,
  sources: [{ ...record.sources[0], url }, ...record.sources.slice(1)],
});
const source = sources['a-res-73-195'];

/** Addresses at the edges: case, hosts, ports, spaces, other schemes, lengths. */
const corpus = [
  'https://belarus.iom.int/',
  'http://www.un.org/pga/71/',
  'HTTPS://WWW.UN.ORG/',
  'Https://undocs.org/A/RES/73/195',
  'hTtP://example.org',
  'https://example.org:8080/a?b=c#d',
  'https://example.org:65535/',
  'https://example.org:65536/',
  'https://example.org:0/',
  'https://sub.example.co.uk/path/to/file.pdf',
  'https://example.org/a%20b',
  'https://example.org/a b',
  'https://exa mple.org/',
  'https://example.org/\u00e9t\u00e9',
  'https://example.org\\evil.com',
  'https://example.org.',
  'https://localhost/',
  'https://127.0.0.1/',
  'https://[::1]/',
  'https://user:pw@example.org/',
  'https://-bad.example.org/',
  'https://example',
  'https://',
  'https:/example.org',
  'https:example.org',
  'https:///example.org',
  ' https://example.org',
  'https://example.org ',
  'https://example.org\n',
  'ftp://example.org/',
  'mailto:a@example.org',
  'javascript:alert(1)',
  '//example.org',
  'example.org',
  '',
  `https://example.org/${'a'.repeat(1980)}`,
  `https://example.org/${'a'.repeat(1981)}`,
];

describe('links: the shipped JSON Schemas agree with the zod schemas', () => {
  it('on every address of the edge corpus, in a consultation record and in a source', () => {
    const disagreements: string[] = [];
    for (const url of corpus) {
      const zod = HttpUrlSchema.safeParse(url).success;
      const verdicts = {
        'consultation, zod': safeParseConsultation(withUrl(url)).success,
        'consultation, ajv': consultationByAjv(withUrl(url)),
        'source, zod': SourceSchema.safeParse({ ...source, url }).success,
        'source, ajv': sourceByAjv({ ...source, url }),
      };
      for (const [name, verdict] of Object.entries(verdicts))
        if (verdict !== zod) disagreements.push(`${JSON.stringify(url)}: ${name} says ${verdict}`);
    }
    expect(disagreements).toEqual([]);
  });

  it('accepts http and https in any case, and refuses other schemes, hosts without a dot and spaces', () => {
    const accepted = corpus.filter((url) => HttpUrlSchema.safeParse(url).success);
    expect(accepted).toContain('HTTPS://WWW.UN.ORG/');
    expect(accepted).toContain('hTtP://example.org');
    for (const url of [
      'ftp://example.org/',
      'https://exa mple.org/',
      'https://localhost/',
      'https:example.org',
    ])
      expect(accepted).not.toContain(url);
  });

  it('accepts every address of the register and of the sources', () => {
    for (const s of Object.values(sources))
      for (const url of [s.url, s.officialUrl])
        if (url) expect(HttpUrlSchema.safeParse(url).success, url).toBe(true);
  });
});

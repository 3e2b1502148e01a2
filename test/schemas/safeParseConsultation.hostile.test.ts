import { describe, expect, it } from 'vitest';
import { LanguageTagSchema } from '../../src/schemas/primitives.js';
import { safeParseConsultation } from '../../src/schemas/safeParseConsultation.js';

const minimal = {
  id: 'belarus-2017-05-16',
  kind: 'national',
  title: 'National consultation on the Global Compact for Migration',
  dates: { start: '2017-05-16', end: '2017-05-16' },
  country: 'BLR',
  sources: [{ title: 'Minsk Hosts National Consultations', publisher: 'IOM Belarus' }],
};

const issuesOf = (input: unknown) => safeParseConsultation(input).issues;

describe('safeParseConsultation on hostile records (issue 8)', () => {
  it('case 6: gives at most 100 issues, then one saying how many more', () => {
    const keys = Object.fromEntries(Array.from({ length: 64_000 }, (_, i) => [`k${i}`, 1]));
    const issues = issuesOf({ ...minimal, ...keys });
    expect(issues).toHaveLength(101);
    expect(issues.at(-1)).toMatchInlineSnapshot(`
      {
        "code": "too_many_issues",
        "message": "and 63900 more issues, not listed",
        "path": "(record)",
        "severity": "error",
      }
    `);
  });

  it('makes no suggestion for a key or value over 100 characters, and still one for a typo', () => {
    const issues = issuesOf({ ...minimal, country: 'b'.repeat(200), ['organisers'.repeat(20)]: 1 });
    expect(issues.map((i) => i.suggestion)).toEqual([undefined, undefined]);
    expect(issuesOf({ ...minimal, organisers: [] })[0]?.suggestion).toBe('organizations');
  });

  it('case 7: refuses a 1 MB language tag on its length alone, before the cached Intl check', () => {
    const result = LanguageTagSchema.safeParse(`en-${'abcdefgh-'.repeat(100_000)}x`);
    expect(result.error?.issues.map((i) => i.code)).toEqual(['too_big']);
  });

  it('case 15: does not throw when a getter throws a value that cannot be printed', () => {
    const input = {
      ...minimal,
      get title(): string {
        throw Object.create(null);
      },
    };
    expect(issuesOf(input)).toMatchInlineSnapshot(`
      [
        {
          "code": "unreadable",
          "message": "could not be read: reading it threw an object",
          "path": "(record)",
          "severity": "error",
        },
      ]
    `);
  });

  it('case 15: quotes what a getter threw, line breaks escaped, as every other message does', () => {
    const thrower = (thrown: unknown) => ({
      ...minimal,
      get title(): string {
        throw thrown;
      },
    });
    expect(
      issuesOf(thrower(new Error('boom\nrecords.json:9: error: forged'))).map((i) => i.message),
    ).toMatchInlineSnapshot(`
      [
        "could not be read: reading it threw "boom\\nrecords.json:9: error: forged"",
      ]
    `);
    expect(issuesOf(thrower({})).map((i) => i.message)).toEqual([
      'could not be read: reading it threw an object',
    ]);
  });

  it('case 15: quotes keys that are not plain names, so they cannot pass for a path', () => {
    const paths = issuesOf({
      ...minimal,
      '': 1,
      'dates.start': 1,
      'x\nrecords.json:9: error: forged': 1,
      ['k'.repeat(100)]: 1,
    }).map((i) => i.path);
    expect(paths).toMatchInlineSnapshot(`
      [
        "[""]",
        "["dates.start"]",
        "["x\\nrecords.json:9: error: forged"]",
        "["kkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkk… (100 characters)"]",
      ]
    `);
  });

  it('case 15: refuses a title of only zero-width spaces', () => {
    expect(issuesOf({ ...minimal, title: '\u200B\u200B' })).toMatchInlineSnapshot(`
      [
        {
          "code": "invalid_format",
          "message": "must not be empty or blank",
          "path": "title",
          "severity": "error",
        },
      ]
    `);
  });

  it('case 15: reports objective 1e21 once', () => {
    const input = {
      ...minimal,
      outcome: {
        kind: 'recommendations',
        recommendations: [{ id: 'r1', text: 'Data', gcmObjectives: [1e21], tagBasis: 'editor' }],
      },
    };
    expect(issuesOf(input)).toMatchInlineSnapshot(`
      [
        {
          "code": "too_big",
          "message": "1e+21 is out of range: GCM objectives are numbered 1 to 23",
          "path": "outcome.recommendations[0].gcmObjectives[0]",
          "severity": "error",
        },
      ]
    `);
  });
});

describe('a record whose tag lists are wide and full of bad values (issue 8, case 6)', () => {
  const recommendations = Array.from({ length: 700 }, (_, i) => ({
    id: `r${i}`,
    text: 'Strengthen data collection',
    sdgTargets: Array.from({ length: 169 }, () => '10,7'),
    tagBasis: 'editor',
  }));
  const wide = {
    ...minimal,
    country: 'blr',
    outcome: { kind: 'recommendations', recommendations },
  };

  it('gives the first 100 bad values, counts the rest once, and still checks the other fields', () => {
    const issues = issuesOf(wide);
    expect(issues).toHaveLength(101);
    expect(issues[0]).toMatchObject({
      path: 'outcome.recommendations[0].sdgTargets[0]',
      message: 'must be an SDG target code such as 10.7 or 10.c',
    });
    // The 100 listed are all tag values; the country's error is counted with the rest.
    expect(issues.filter((i) => i.path === 'country')).toHaveLength(0);
    expect(issues[100]?.message).toBe(`and ${700 * 169 - 100 + 1} more issues, not listed`);
  });

  it('says the same of a record with few bad values as zod does, value by value', () => {
    const few = {
      ...minimal,
      outcome: {
        ...wide.outcome,
        recommendations: recommendations.slice(0, 1).map((r) => ({ ...r, sdgTargets: ['10,7'] })),
      },
    };
    expect(issuesOf(few).map((i) => [i.path, i.message])).toEqual([
      [
        'outcome.recommendations[0].sdgTargets[0]',
        'must be an SDG target code such as 10.7 or 10.c',
      ],
    ]);
  });
});

describe('safeParseConsultation on text that is not what was written (issue 17, N13)', () => {
  it('warns about U+FFFD, what bytes that are not UTF-8 (FF FE C3) decode to, in any string field', async () => {
    const bytes = new Uint8Array([
      ...new TextEncoder().encode(JSON.stringify({ ...minimal, title: 'Consultation X' })),
    ]);
    // Replace the "X" of the title by three bytes that are not UTF-8.
    const at = bytes.indexOf(0x58);
    const broken = new Uint8Array([
      ...bytes.slice(0, at),
      0xff,
      0xfe,
      0xc3,
      ...bytes.slice(at + 1),
    ]);
    const { validateMany } = await import('../../src/schemas/validateMany.js');
    const summary = await validateMany(broken, { keep: 'all' });
    expect(summary.valid).toBe(1);
    expect(summary.reports[0]?.issues).toMatchInlineSnapshot(`
      [
        {
          "code": "replacement_character",
          "message": "holds U+FFFD, the replacement character (at character 14), which a decoder writes for bytes that are not UTF-8: check the file's encoding and the text against its source",
          "path": "title",
          "severity": "warning",
        },
      ]
    `);
    expect(
      issuesOf({ ...minimal, sources: [{ ...minimal.sources[0], publisher: 'IOM \uFFFD' }] }).map(
        (i) => `${i.severity} ${i.path} ${i.code}`,
      ),
    ).toEqual(['warning sources[0].publisher replacement_character']);
  });

  it('reports a title of a lone surrogate as such, not as blank', () => {
    expect(issuesOf({ ...minimal, title: '\uD800' })).toMatchInlineSnapshot(`
      [
        {
          "code": "custom",
          "message": "holds a lone surrogate (U+D800 at character 1): half of a character, so not valid Unicode text",
          "path": "title",
          "severity": "error",
        },
      ]
    `);
    expect(
      issuesOf({ ...minimal, title: 'Consultation \uDC00 nationale' }).map((i) => i.message),
    ).toEqual([
      'holds a lone surrogate (U+DC00 at character 14): half of a character, so not valid Unicode text',
    ]);
  });
});

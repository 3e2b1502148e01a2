import { describe, expect, it } from 'vitest';
import { idOf, idOfParsed } from '../../src/_lib/idOf.js';

describe('idOf and idOfParsed, the id the repeated-id rules read', () => {
  const texts = [
    '{"id":"belarus-2017-05-16"}',
    `{"id":"${'a'.repeat(200)}"}`,
    `{"id":"${'a'.repeat(201)}"}`,
    '{"id":2017}',
    '{"id":null}',
    '{"title":"no id"}',
    '{"__proto__":{"id":"inherited"}}',
    '["belarus-2017-05-16"]',
    '"belarus-2017-05-16"',
    'null',
  ];

  it('give the same id for every value JSON.parse makes', () => {
    const ids = texts.map((t) => idOfParsed(JSON.parse(t)));
    expect(ids).toEqual(texts.map((t) => idOf(JSON.parse(t))));
    // Only a string of at most 200 characters, the record's own, is an id.
    expect(ids).toEqual([
      'belarus-2017-05-16',
      'a'.repeat(200),
      undefined,
      undefined,
      undefined,
      undefined,
      undefined,
      undefined,
      undefined,
      undefined,
    ]);
  });

  it('idOf never runs a getter, for records that did not come from text', () => {
    let ran = false;
    const record = {
      get id() {
        ran = true;
        return 'belarus-2017-05-16';
      },
    };
    expect(idOf(record)).toBeUndefined();
    expect(ran).toBe(false);
  });
});

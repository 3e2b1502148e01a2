import { describe, expect, it } from 'vitest';
import { getSourceUrl } from '../../src/data/getSourceUrl.js';
import { sources } from '../../src/data/sources.js';

describe('getSourceUrl', () => {
  it('prefers the official address of a resolution read on a mirror', () => {
    const compact = sources['a-res-73-195'];
    expect(compact.url).toMatch(/vlex\.com/);
    expect(getSourceUrl(compact)).toBe('https://undocs.org/A/RES/73/195');
  });

  it('falls back to the copy read for a press release', () => {
    expect(getSourceUrl(sources['press-ga-11902'])).toBe(
      'https://press.un.org/en/2017/ga11902.doc.htm',
    );
  });

  it('gives undefined for a source with no address anywhere', () => {
    expect(getSourceUrl(sources['sdg-secondary-quotes'])).toBeUndefined();
    expect(getSourceUrl({})).toBeUndefined();
  });
});

describe('getSourceUrl with what is not a source (issue 17, N12)', () => {
  it('refuses null, a string and a number with a TypeError that names the function', () => {
    expect(() => getSourceUrl(null as never)).toThrowErrorMatchingInlineSnapshot(
      `[TypeError: getSourceUrl: expected a source (an entry of sources, or an object with officialUrl or url), got null]`,
    );
    expect(() => getSourceUrl('a-res-73-195' as never)).toThrowErrorMatchingInlineSnapshot(
      `[TypeError: getSourceUrl: expected a source (an entry of sources, or an object with officialUrl or url), got "a-res-73-195"]`,
    );
    expect(() => getSourceUrl(7 as never)).toThrow(TypeError);
  });

  it('refuses an address that is not a string, naming the field', () => {
    expect(() => getSourceUrl({ officialUrl: 42 } as never)).toThrowErrorMatchingInlineSnapshot(
      `[TypeError: getSourceUrl: officialUrl must be a string or undefined, got number 42]`,
    );
  });

  it('explains a getter that throws, keeping the cause', () => {
    const boom = new Error('boom');
    const source = {
      get officialUrl(): string {
        throw boom;
      },
    };
    expect(() => getSourceUrl(source as never)).toThrowErrorMatchingInlineSnapshot(
      `[TypeError: getSourceUrl: reading source.officialUrl threw: "boom"]`,
    );
  });
});

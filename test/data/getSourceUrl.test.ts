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

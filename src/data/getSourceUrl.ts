import { describe } from '../_lib/describe.js';
import { readProperty } from '../_lib/readProperty.js';
import type { Source } from './sources.js';

/**
 * Gives the address to cite for a source: its address in the UN's official
 * document system where it has one (`officialUrl`), else the address of the
 * copy that was read (`url`), else `undefined` (a few sources have no
 * address anywhere; their `note` says so).
 *
 * @param source - An entry of the `sources` registry, or anything with its `officialUrl` and `url`.
 * @returns The preferred address, or `undefined` when the source has none.
 * @throws TypeError when `source` is not an object, an address is not a
 *   string, or reading one throws (the error thrown is the `cause`).
 *
 * @example
 * ```ts
 * import { getSourceUrl } from 'gcm-kit';
 * import { sources } from 'gcm-kit/sources';
 * getSourceUrl(sources['a-res-73-195']);
 * // => 'https://undocs.org/A/RES/73/195'
 * getSourceUrl(sources['press-ga-11902']);
 * // => 'https://press.un.org/en/2017/ga11902.doc.htm'
 * ```
 */
export function getSourceUrl(source: Pick<Source, 'officialUrl' | 'url'>): string | undefined {
  if (source === null || typeof source !== 'object') {
    throw new TypeError(
      `getSourceUrl: expected a source (an entry of sources, or an object with officialUrl or url), got ${describe(source)}`,
    );
  }
  for (const key of ['officialUrl', 'url'] as const) {
    const address = readProperty(source, key, 'getSourceUrl', 'source');
    if (typeof address === 'string') return address;
    if (address !== undefined) {
      throw new TypeError(
        `getSourceUrl: ${key} must be a string or undefined, got ${describe(address)}`,
      );
    }
  }
  return undefined;
}

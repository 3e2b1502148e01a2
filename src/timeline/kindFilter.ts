// Internal (not exported from the entry): the event-kind check shared by the helpers that take options.kind.

import { describe } from '../_lib/describe.js';
import { type EventKind, eventKinds } from '../data/events.js';

/** A predicate for `options.kind`, or `undefined` when every kind is wanted. */
export function kindFilter(kind: unknown, where: string): ((k: EventKind) => boolean) | undefined {
  if (kind === undefined) return undefined;
  const kinds = typeof kind === 'string' ? [kind] : kind;
  if (!Array.isArray(kinds)) {
    throw new TypeError(
      `${where}: options.kind must be an event kind or an array of them, got ${describe(kind)}`,
    );
  }
  for (const k of kinds) {
    if (!(eventKinds as readonly unknown[]).includes(k)) {
      throw new RangeError(
        `${where}: unknown event kind ${describe(k)}; expected one of ${eventKinds.join(', ')}`,
      );
    }
  }
  const set = new Set<string>(kinds as string[]);
  return (k) => set.has(k);
}

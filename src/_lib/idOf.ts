/** An id as the id rules take it: a string of at most 200 characters. */
const shortId = (id: unknown): string | undefined =>
  typeof id === 'string' && id.length <= 200 ? id : undefined;

/**
 * A record's id, when it has a short string one (at most 200 characters);
 * never runs a getter. Used by validateMany and createRegister. Internal.
 */
export function idOf(value: unknown): string | undefined {
  if (value === null || typeof value !== 'object') return undefined;
  const own = Object.getOwnPropertyDescriptor(value, 'id');
  return shortId(own !== undefined && 'value' in own ? own.value : undefined);
}

/**
 * {@link idOf} for a value `JSON.parse` made, which has no getters: its own
 * id is read as it is, without a property descriptor for every record of a
 * bulk file (issue 16). Internal.
 */
export function idOfParsed(value: unknown): string | undefined {
  return typeof value === 'object' && value !== null && Object.hasOwn(value, 'id')
    ? shortId((value as { id: unknown }).id)
    : undefined;
}

/**
 * A record's id, when it has a short string one (at most 200 characters);
 * never runs a getter. Used by validateMany and createRegister. Internal.
 */
export function idOf(value: unknown): string | undefined {
  if (value === null || typeof value !== 'object') return undefined;
  const own = Object.getOwnPropertyDescriptor(value, 'id');
  const id = own !== undefined && 'value' in own ? own.value : undefined;
  return typeof id === 'string' && id.length <= 200 ? id : undefined;
}

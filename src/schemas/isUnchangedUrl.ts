/**
 * Whether zod's URL check (`z.httpUrl()`, `z.url()` without `normalize`)
 * accepts a text and keeps it as it is: no surrounding space or tab or line
 * break for zod to strip, an `http://` or `https://` start, a URL that
 * parses, and a hostname and protocol that match. Stricter than zod where
 * zod would change the value, so the generated checker can say yes only when
 * zod says yes. Internal.
 */
export function isUnchangedUrl(
  value: string,
  hostname: RegExp | undefined,
  protocol: RegExp | undefined,
): boolean {
  if (value.trim() !== value || /[\t\n\r]/.test(value) || !/^https?:\/\//i.test(value))
    return false;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return false;
  }
  if (hostname !== undefined) {
    hostname.lastIndex = 0;
    if (!hostname.test(url.hostname)) return false;
  }
  if (protocol !== undefined) {
    protocol.lastIndex = 0;
    const name = url.protocol.endsWith(':') ? url.protocol.slice(0, -1) : url.protocol;
    if (!protocol.test(name)) return false;
  }
  return true;
}

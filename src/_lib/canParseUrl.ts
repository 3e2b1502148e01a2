/**
 * Whether the WHATWG URL parser takes a text as an absolute URL. The link
 * check of the schemas and the generated fast checker both call this one
 * function (a named function, so the generator can recognise the
 * refinement). Internal.
 */
export function canParseUrl(value: string): boolean {
  return URL.canParse(value);
}

// The words of the schemas' errors that more than one place says: the zod
// schemas, the check of over-wide tag lists that runs before zod
// (wideTags.ts) and the editor help of the JSON Schemas (editorHelp.ts), so
// that an editor and the validator say the same thing. Internal.

/** Error messages, by what the value must be. */
export const messages = {
  slug: 'must be lowercase kebab-case, such as belarus-2017-05-16',
  blank: 'must not be empty or blank',
  country: 'must be an ISO 3166-1 alpha-3 country code such as BLR',
  region:
    'must be a UN regional commission (ECA, ECE, ECLAC, ESCAP, ESCWA) or a UN M49 area code such as 150',
  sdgTarget: 'must be an SDG target code such as 10.7 or 10.c',
  httpUrl: 'must be an http(s) URL',
  languageTag: 'must be a BCP 47 language tag such as en or ru-BY',
} as const;

import { findCountryCode, toCountryCode } from '../../_lib/countries.js';
import { describe } from '../../_lib/describe.js';
import type { ConsultationQueries } from '../../consultations/createQueries.js';
import type { Consultation, ConsultationKind } from '../../consultations/types.js';
import { gcmGuidingPrinciples } from '../../data/gcmGuidingPrinciples.js';
import { gcmObjectives } from '../../data/gcmObjectives.js';
import { getSourceUrl } from '../../data/getSourceUrl.js';
import { migof } from '../../data/migof.js';
import { phases } from '../../data/phases.js';
import { type Source, sources } from '../../data/sources.js';
import { thematicSessions } from '../../data/thematicSessions.js';
import { getLabel, type LabelledItem } from '../../labels/getLabel.js';
import type { LabelLanguage } from '../../labels/labels.js';
import { UsageError } from '../errors.js';
import { consultationPlace, dateRange } from '../format.js';
import type { Io } from '../io.js';
import { parseLang } from '../lang.js';
import { loadRecords, recordsHelp } from '../records.js';

export const listHelp = `Usage: gcm-kit list <phases|sessions|objectives|principles|migof|sources|consultations> [--lang LANG] [--json]
       gcm-kit list consultations [--country C] [--kind KIND]... [--records PATH]... [--json]

Lists reference data, one item a line (or as JSON with --json).

  --lang LANG      ar, en, es, fr, ru or zh: each name in that language where a
                   source in that language gives it, marked * where it falls back
                   to English; under the list, the sources of those names and the
                   items shown in English; with --json, adds a "label" with its
                   sources
  --country C      consultations held in or covering a country: an ISO 3166-1
                   code, alpha-3 or alpha-2 in any case, or an English name
                   (BLR, by, Belarus)
  --kind KIND      consultations of a kind: national, sub-regional, regional,
                   global, thematic-session, stocktaking or other (repeatable)
${recordsHelp}

Examples: gcm-kit list objectives --lang fr
          gcm-kit list consultations --country Belarus --kind national
          gcm-kit list consultations --records my-records/`;

interface ListOptions {
  readonly json?: boolean | undefined;
  readonly lang?: string | undefined;
  readonly country?: string | undefined;
  readonly kind?: readonly string[] | undefined;
  readonly records?: readonly string[] | undefined;
}

/** The name of an item in the language asked for; `*` marks a fallback to English. */
type Name = (item: LabelledItem) => string;

/**
 * The alpha-3 code of --country: a code in any case, an alpha-2 code or a
 * name, as the validator reads them; a likely typo is refused with the
 * validator's suggestion, and what is not a country is refused.
 */
function countryOption(text: string): string {
  const code = findCountryCode(text);
  if (code !== undefined) return code;
  const guess = text.trim().length <= 64 ? toCountryCode(text) : undefined;
  throw new UsageError(
    `list: --country ${describe(text)} is not a country${guess !== undefined ? `; did you mean ${guess}?` : ': give an ISO 3166-1 code (BLR or BY) or an English name (Belarus)'}`,
  );
}

function consultationList(
  options: ListOptions,
  country: string | undefined,
  queries: ConsultationQueries,
) {
  let found: Consultation[];
  try {
    found = queries.getConsultations({
      ...(country !== undefined ? { country } : {}),
      ...(options.kind !== undefined ? { kind: options.kind as ConsultationKind[] } : {}),
    });
  } catch (error) {
    throw new UsageError(
      `list: ${(error as Error).message.replace(/^getConsultations: /, '').replace('options.', '--')}`,
    );
  }
  return {
    data: found,
    text: found.map(
      (c) =>
        `${c.dates.start}${c.dates.end === c.dates.start ? '           ' : ` – ${c.dates.end}`}  ${c.kind.padEnd(12)} ${consultationPlace(c).padEnd(24)} ${c.title}`,
    ),
  };
}

/** The address to cite, in angle brackets, or a plain "(no address)". */
function addressOf(source: Source): string {
  const address = getSourceUrl(source);
  return address === undefined ? '(no address)' : `<${address}>`;
}

/**
 * The lines under a list shown in another language: which sources give the
 * labels shown in it, naming the items each gives, then which items are
 * shown in English because no source in that language was read for them.
 */
function labelFooter(
  items: readonly LabelledItem[],
  keys: readonly string[],
  lang: LabelLanguage,
): string[] {
  const bySource = new Map<string, string[]>();
  const inEnglish: string[] = [];
  items.forEach((item, i) => {
    const key = keys[i] ?? '';
    const label = getLabel(item, lang);
    if (label.fallback) inEnglish.push(key);
    else for (const id of label.sourceIds) bySource.set(id, [...(bySource.get(id) ?? []), key]);
  });
  const lines: string[] = [];
  if (bySource.size > 0)
    lines.push(
      `Sources of the "${lang}" labels: ${[...bySource].map(([id, of]) => `${id} (${of.join(', ')})`).join('; ')}`,
    );
  if (inEnglish.length > 0)
    lines.push(
      `* ${inEnglish.length} of ${items.length} shown in English (no source in "${lang}" was read for it): ${inEnglish.join(', ')}`,
    );
  return lines;
}

const lists = {
  phases: (name: Name) => ({
    data: phases,
    items: phases as readonly LabelledItem[],
    keys: phases.map((p) => p.id),
    text: phases.map((p) => `${p.id.padEnd(14)} ${p.start} – ${p.end ?? '(open)    '}  ${name(p)}`),
  }),
  sessions: (name: Name) => ({
    data: thematicSessions,
    items: thematicSessions as readonly LabelledItem[],
    keys: thematicSessions.map((s) => String(s.number)),
    text: thematicSessions.map(
      (s) =>
        `${s.number}  ${dateRange({ ...s, precision: 'day' }).padEnd(18)} ${s.venue.city.padEnd(9)} ${name(s)}`,
    ),
  }),
  objectives: (name: Name) => ({
    data: gcmObjectives,
    items: gcmObjectives as readonly LabelledItem[],
    keys: gcmObjectives.map((o) => String(o.number)),
    text: gcmObjectives.map((o) => `${String(o.number).padStart(2)}  ${name(o)}`),
  }),
  principles: (name: Name) => ({
    data: gcmGuidingPrinciples,
    items: gcmGuidingPrinciples as readonly LabelledItem[],
    keys: gcmGuidingPrinciples.map((p) => p.letter),
    text: gcmGuidingPrinciples.map((p) => `(${p.letter})  ${name(p)}`),
  }),
  migof: (name: Name) => ({
    data: migof,
    items: [...migof.principles, ...migof.objectives] as readonly LabelledItem[],
    keys: [...migof.principles, ...migof.objectives].map((m) => m.id),
    text: [
      ...migof.principles.map((p) => `${p.id}  ${name(p)}`),
      ...migof.objectives.map((o) => `${o.id}  ${name(o)}`),
    ],
  }),
  sources: (_name: Name) => ({
    data: sources,
    items: [] as readonly LabelledItem[],
    keys: [] as readonly string[],
    text: Object.values(sources).map(
      (s) => `${s.id.padEnd(32)} ${s.symbol ? `${s.symbol}: ` : ''}${s.title}  ${addressOf(s)}`,
    ),
  }),
} as const;

export async function list(args: readonly string[], options: ListOptions, io: Io): Promise<number> {
  const lang: LabelLanguage = parseLang(options.lang, 'list');
  const what = args[0];
  const names = [...Object.keys(lists), 'consultations'];
  if (args.length !== 1 || what === undefined || !names.includes(what)) {
    throw new UsageError(
      `list: name one of ${names.join(', ')}${what ? `, not ${describe(what)}` : ''}`,
    );
  }
  if (
    what !== 'consultations' &&
    (options.country !== undefined || options.kind !== undefined || options.records !== undefined)
  ) {
    throw new UsageError('list: --country, --kind and --records go with list consultations');
  }
  if ((what === 'sources' || what === 'consultations') && options.lang !== undefined)
    throw new UsageError(
      'list: --lang goes with phases, sessions, objectives, principles or migof',
    );
  if (what === 'consultations') {
    // The options are checked before any record file is read.
    const country = options.country === undefined ? undefined : countryOption(options.country);
    const { queries, leftOut } = await loadRecords(options.records, 'list', io);
    const { data, text } = consultationList(options, country, queries);
    if (options.json) io.out(JSON.stringify(data, null, 2));
    else io.out(text.length > 0 ? text.join('\n') : 'no consultation in the register matches');
    // With bad records, the good ones are still listed, and the status is 1.
    return leftOut > 0 ? 1 : 0;
  }
  const name: Name = (item) => {
    const label = getLabel(item, lang);
    return label.fallback ? `${label.text} *` : label.text;
  };
  const { data, items, keys, text } = lists[what as keyof typeof lists](name);
  if (options.json) {
    const labelled =
      options.lang === undefined
        ? data
        : { lang, labels: items.map((item) => getLabel(item, lang)), data };
    io.out(JSON.stringify(labelled, null, 2));
    return 0;
  }
  if (lang !== 'en') text.push(...labelFooter(items, keys, lang).map((line) => io.style.dim(line)));
  io.out(text.join('\n'));
  return 0;
}

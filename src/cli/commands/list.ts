import { gcmGuidingPrinciples } from '../../data/gcmGuidingPrinciples.js';
import { gcmObjectives } from '../../data/gcmObjectives.js';
import { migof } from '../../data/migof.js';
import { phases } from '../../data/phases.js';
import { sources } from '../../data/sources.js';
import { thematicSessions } from '../../data/thematicSessions.js';
import { getLabel, type LabelledItem } from '../../labels/getLabel.js';
import type { LabelLanguage } from '../../labels/labels.js';
import { UsageError } from '../errors.js';
import { dateRange } from '../format.js';
import type { Io } from '../io.js';
import { parseLang } from '../lang.js';

export const listHelp = `Usage: gcm-kit list <phases|sessions|objectives|principles|migof|sources> [--lang LANG] [--json]

Lists reference data, one item a line (or as JSON with --json).

  --lang LANG  ar, en, es, fr, ru or zh: each name in that language where a
               source in that language gives it, marked * where it falls back
               to English; with --json, adds a "label" with its sources

Example: gcm-kit list objectives --lang fr`;

/** The name of an item in the language asked for; `*` marks a fallback to English. */
type Name = (item: LabelledItem) => string;

const lists = {
  phases: (name: Name) => ({
    data: phases,
    items: phases as readonly LabelledItem[],
    text: phases.map((p) => `${p.id.padEnd(14)} ${p.start} – ${p.end ?? '(open)    '}  ${name(p)}`),
  }),
  sessions: (name: Name) => ({
    data: thematicSessions,
    items: thematicSessions as readonly LabelledItem[],
    text: thematicSessions.map(
      (s) =>
        `${s.number}  ${dateRange({ ...s, precision: 'day' }).padEnd(18)} ${s.venue.city.padEnd(9)} ${name(s)}`,
    ),
  }),
  objectives: (name: Name) => ({
    data: gcmObjectives,
    items: gcmObjectives as readonly LabelledItem[],
    text: gcmObjectives.map((o) => `${String(o.number).padStart(2)}  ${name(o)}`),
  }),
  principles: (name: Name) => ({
    data: gcmGuidingPrinciples,
    items: gcmGuidingPrinciples as readonly LabelledItem[],
    text: gcmGuidingPrinciples.map((p) => `(${p.letter})  ${name(p)}`),
  }),
  migof: (name: Name) => ({
    data: migof,
    items: [...migof.principles, ...migof.objectives] as readonly LabelledItem[],
    text: [
      ...migof.principles.map((p) => `${p.id}  ${name(p)}`),
      ...migof.objectives.map((o) => `${o.id}  ${name(o)}`),
    ],
  }),
  sources: (_name: Name) => ({
    data: sources,
    items: [] as readonly LabelledItem[],
    text: Object.values(sources).map(
      (s) => `${s.id.padEnd(32)} ${s.symbol ? `${s.symbol}: ` : ''}${s.title}`,
    ),
  }),
} as const;

export function list(
  args: readonly string[],
  options: { lang?: string | undefined; json?: boolean | undefined },
  io: Io,
): number {
  const lang: LabelLanguage = parseLang(options.lang, 'list');
  const what = args[0];
  if (args.length !== 1 || what === undefined || !Object.hasOwn(lists, what)) {
    throw new UsageError(
      `list: name one of ${Object.keys(lists).join(', ')}${what ? `, not ${JSON.stringify(what)}` : ''}`,
    );
  }
  if (what === 'sources' && options.lang !== undefined)
    throw new UsageError(
      'list: --lang goes with phases, sessions, objectives, principles or migof',
    );
  let fellBack = 0;
  const name: Name = (item) => {
    const label = getLabel(item, lang);
    if (label.fallback) fellBack++;
    return label.fallback ? `${label.text} *` : label.text;
  };
  const { data, items, text } = lists[what as keyof typeof lists](name);
  if (options.json) {
    const labelled =
      options.lang === undefined
        ? data
        : { lang, labels: items.map((item) => getLabel(item, lang)), data };
    io.out(JSON.stringify(labelled, null, 2));
    return 0;
  }
  if (fellBack > 0)
    text.push(
      io.style.dim(
        `* ${fellBack} of ${items.length} shown in English (no source in "${lang}" was read for it)`,
      ),
    );
  io.out(text.join('\n'));
  return 0;
}

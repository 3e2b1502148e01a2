import { gcmGuidingPrinciples } from '../../data/gcmGuidingPrinciples.js';
import { gcmObjectives } from '../../data/gcmObjectives.js';
import { getSourceUrl } from '../../data/getSourceUrl.js';
import { migof } from '../../data/migof.js';
import { phases } from '../../data/phases.js';
import { type Source, sources } from '../../data/sources.js';
import { thematicSessions } from '../../data/thematicSessions.js';
import { UsageError } from '../errors.js';
import { dateRange } from '../format.js';
import type { Io } from '../io.js';

export const listHelp = `Usage: gcm-kit list <phases|sessions|objectives|principles|migof|sources> [--json]

Lists reference data, one item a line (or as JSON with --json).

Example: gcm-kit list sessions`;

/** The address to cite, in angle brackets, or a plain "(no address)". */
function addressOf(source: Source): string {
  const address = getSourceUrl(source);
  return address === undefined ? '(no address)' : `<${address}>`;
}

const lists = {
  phases: () => ({
    data: phases,
    text: phases.map((p) => `${p.id.padEnd(14)} ${p.start} – ${p.end ?? '(open)    '}  ${p.name}`),
  }),
  sessions: () => ({
    data: thematicSessions,
    text: thematicSessions.map(
      (s) =>
        `${s.number}  ${dateRange({ ...s, precision: 'day' }).padEnd(18)} ${s.venue.city.padEnd(9)} ${s.title}`,
    ),
  }),
  objectives: () => ({
    data: gcmObjectives,
    text: gcmObjectives.map((o) => `${String(o.number).padStart(2)}  ${o.title}`),
  }),
  principles: () => ({
    data: gcmGuidingPrinciples,
    text: gcmGuidingPrinciples.map((p) => `(${p.letter})  ${p.name}`),
  }),
  migof: () => ({
    data: migof,
    text: [
      ...migof.principles.map((p) => `${p.id}  ${p.short}`),
      ...migof.objectives.map((o) => `${o.id}  ${o.short}`),
    ],
  }),
  sources: () => ({
    data: sources,
    text: Object.values(sources).map(
      (s) => `${s.id.padEnd(32)} ${s.symbol ? `${s.symbol}: ` : ''}${s.title}  ${addressOf(s)}`,
    ),
  }),
} as const;

export function list(
  args: readonly string[],
  options: { json?: boolean | undefined },
  io: Io,
): number {
  const what = args[0];
  if (args.length !== 1 || what === undefined || !Object.hasOwn(lists, what)) {
    throw new UsageError(
      `list: name one of ${Object.keys(lists).join(', ')}${what ? `, not ${JSON.stringify(what)}` : ''}`,
    );
  }
  const { data, text } = lists[what as keyof typeof lists]();
  io.out(options.json ? JSON.stringify(data, null, 2) : text.join('\n'));
  return 0;
}

import { getConsultations } from '../../consultations/getConsultations.js';
import type { Consultation, ConsultationKind } from '../../consultations/types.js';
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

export const listHelp = `Usage: gcm-kit list <phases|sessions|objectives|principles|migof|sources|consultations> [--json]
       gcm-kit list consultations [--country ISO3] [--kind KIND]... [--json]

Lists reference data, one item a line (or as JSON with --json).

  --country ISO3   consultations held in or covering a country (alpha-3, such as BLR)
  --kind KIND      consultations of a kind: national, sub-regional, regional,
                   global, thematic-session, stocktaking or other (repeatable)

Examples: gcm-kit list sessions
          gcm-kit list consultations --country BLR --kind national`;

interface ListOptions {
  readonly json?: boolean | undefined;
  readonly country?: string | undefined;
  readonly kind?: readonly string[] | undefined;
}

const where = (c: Consultation): string => {
  if (c.parts)
    return c.parts.map((p) => [p.city, p.country].filter(Boolean).join(', ')).join(' + ');
  return [c.city, c.country].filter(Boolean).join(', ');
};

function consultationList(options: ListOptions) {
  let found: Consultation[];
  try {
    found = getConsultations({
      ...(options.country !== undefined ? { country: options.country } : {}),
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
        `${c.dates.start}${c.dates.end === c.dates.start ? '           ' : ` – ${c.dates.end}`}  ${c.kind.padEnd(12)} ${where(c).padEnd(24)} ${c.title}`,
    ),
  };
}

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

export function list(args: readonly string[], options: ListOptions, io: Io): number {
  const what = args[0];
  const names = [...Object.keys(lists), 'consultations'];
  if (args.length !== 1 || what === undefined || !names.includes(what)) {
    throw new UsageError(
      `list: name one of ${names.join(', ')}${what ? `, not ${JSON.stringify(what)}` : ''}`,
    );
  }
  if (what !== 'consultations' && (options.country !== undefined || options.kind !== undefined)) {
    throw new UsageError('list: --country and --kind go with list consultations');
  }
  const { data, text } =
    what === 'consultations' ? consultationList(options) : lists[what as keyof typeof lists]();
  if (!options.json && text.length === 0) {
    io.out('no consultation in the register matches');
    return 0;
  }
  io.out(options.json ? JSON.stringify(data, null, 2) : text.join('\n'));
  return 0;
}

import { parseDayNumber } from '../_lib/dayNumber.js';
import { toDayNumber } from '../_lib/toDayNumber.js';
import type { InstantOptions } from '../timeline/types.js';
import { type ConsultationFilter, consultationFilter } from './filter.js';
import type { Consultation, ConsultationDates } from './types.js';

/** The query helpers over one list of consultations. */
export interface ConsultationQueries {
  /** The consultations, in order of their first day, then id. */
  readonly consultations: readonly Consultation[];
  /** The consultations that pass a filter (see `getConsultations` of gcm-kit/consultations). */
  getConsultations(filter?: ConsultationFilter): Consultation[];
  /** The consultations held on a calendar day (see `getConsultationsOn`). */
  getConsultationsOn(date: string, options?: ConsultationFilter): Consultation[];
  /** The consultations held on the calendar day of an instant in `options.timeZone`. */
  getConsultationsOn(date: Date, options: ConsultationFilter & InstantOptions): Consultation[];
  /** The consultations held between two calendar days, both included (see `getConsultationsBetween`). */
  getConsultationsBetween(start: string, end: string, options?: ConsultationFilter): Consultation[];
  /** The consultations held between the calendar days of two instants in `options.timeZone`. */
  getConsultationsBetween(
    start: Date,
    end: Date,
    options: ConsultationFilter & InstantOptions,
  ): Consultation[];
}

/** A consultation with the day numbers of the spans it was held in. */
interface Spans {
  readonly consultation: Consultation;
  /** [first, last] day numbers, inclusive: one per part, or the record's dates. */
  readonly spans: readonly (readonly [number, number])[];
}

const span = (dates: ConsultationDates): readonly [number, number] => [
  parseDayNumber(dates.start) as number,
  parseDayNumber(dates.end) as number,
];

/** The filter part of options that may also carry a zone. */
function filterOf(
  options: (ConsultationFilter & Partial<InstantOptions>) | undefined,
): ConsultationFilter | undefined {
  if (options === undefined || options === null || typeof options !== 'object') return options;
  const { timeZone: _, ...filter } = options;
  return filter;
}

/**
 * The query helpers over a list of valid consultations, already in register
 * order (by first day, then id). Internal: the one implementation behind
 * gcm-kit/consultations and `createRegister`. It does not validate: callers
 * pass the built-in register or records that `safeParseConsultation` passed.
 *
 * A consultation held in parts is held on the days of its parts, not between
 * them; a month- or year-precision record on every day of its range, as
 * events are. The days are parsed once, on first use.
 */
export function createQueries(list: readonly Consultation[]): ConsultationQueries {
  let index: readonly Spans[] | undefined;
  const spans = (): readonly Spans[] => {
    index ??= list.map((consultation) => ({
      consultation,
      spans: consultation.parts?.map((p) => span(p.dates)) ?? [span(consultation.dates)],
    }));
    return index;
  };
  /** The consultations with a span that meets [from, to] and pass the filter. */
  const held = (
    from: number,
    to: number,
    filter: ConsultationFilter | undefined,
    where: string,
  ) => {
    const keep = consultationFilter(filter, where);
    const found: Consultation[] = [];
    for (const { consultation, spans: days } of spans()) {
      if (days.some(([first, last]) => first <= to && from <= last)) {
        if (keep === undefined || keep(consultation)) found.push(consultation);
      }
    }
    return found;
  };
  function getConsultationsOn(date: string, options?: ConsultationFilter): Consultation[];
  function getConsultationsOn(
    date: Date,
    options: ConsultationFilter & InstantOptions,
  ): Consultation[];
  function getConsultationsOn(
    date: string | Date,
    options?: ConsultationFilter & Partial<InstantOptions>,
  ): Consultation[] {
    const day = toDayNumber(date, options, 'getConsultationsOn');
    return held(day, day, filterOf(options), 'getConsultationsOn');
  }
  function getConsultationsBetween(
    start: string,
    end: string,
    options?: ConsultationFilter,
  ): Consultation[];
  function getConsultationsBetween(
    start: Date,
    end: Date,
    options: ConsultationFilter & InstantOptions,
  ): Consultation[];
  function getConsultationsBetween(
    start: string | Date,
    end: string | Date,
    options?: ConsultationFilter & Partial<InstantOptions>,
  ): Consultation[] {
    const from = toDayNumber(start, options, 'getConsultationsBetween');
    const to = toDayNumber(end, options, 'getConsultationsBetween');
    if (to < from) throw new RangeError('getConsultationsBetween: the end is before the start');
    return held(from, to, filterOf(options), 'getConsultationsBetween');
  }
  return {
    consultations: list,
    getConsultations(filter?: ConsultationFilter): Consultation[] {
      const keep = consultationFilter(filter, 'getConsultations');
      return keep === undefined ? [...list] : list.filter(keep);
    },
    getConsultationsOn,
    getConsultationsBetween,
  };
}

/** Register order: by first day, then id. Internal. */
export function compareConsultations(a: Consultation, b: Consultation): number {
  if (a.dates.start !== b.dates.start) return a.dates.start < b.dates.start ? -1 : 1;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

import { parseDayNumber } from '../_lib/dayNumber.js';
import { consultations } from './consultations.js';
import type { Consultation, ConsultationDates } from './types.js';

/** A consultation with the day numbers of the spans it was held in. Internal. */
export interface Spans {
  readonly consultation: Consultation;
  /** [first, last] day numbers, inclusive: one per part, or the record's dates. */
  readonly spans: readonly (readonly [number, number])[];
}

const span = (dates: ConsultationDates): readonly [number, number] => [
  parseDayNumber(dates.start) as number,
  parseDayNumber(dates.end) as number,
];

let index: readonly Spans[] | undefined;

/**
 * The register with its days parsed once, on first use. A consultation held
 * in parts is held on the days of its parts, not between them; a month- or
 * year-precision record on every day of its range, as events are.
 */
export function consultationSpans(): readonly Spans[] {
  index ??= consultations.map((consultation) => ({
    consultation,
    spans: consultation.parts?.map((p) => span(p.dates)) ?? [span(consultation.dates)],
  }));
  return index;
}

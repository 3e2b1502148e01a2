import { consultations } from './consultations.js';
import { type ConsultationQueries, createQueries } from './createQueries.js';

let queries: ConsultationQueries | undefined;

/** The query helpers over the built-in register, made on first use. Internal. */
export function builtInQueries(): ConsultationQueries {
  queries ??= createQueries(consultations);
  return queries;
}

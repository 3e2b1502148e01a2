/**
 * An ISO 8601 calendar date, `YYYY-MM-DD` (example: `'2017-05-08'`).
 *
 * Zero-padded ISO dates sort and compare correctly as strings, so gcm-kit
 * keeps calendar dates as strings and never as `Date` objects.
 */
export type IsoDate = `${number}-${number}-${number}`;

/** How precisely a source dates an event: to the `'day'`, the `'month'` or the `'year'` (example: `'month'`). */
export type Precision = 'day' | 'month' | 'year';

/** Where an event took place. */
export interface Venue {
  /** City (example: `'Geneva'`). */
  readonly city: string;
  /** ISO 3166-1 alpha-3 code of the country (example: `'CHE'`). */
  readonly country: string;
  /** Building or room, where a source names it (example: `'Palais des Nations, Room XIX'`). */
  readonly place?: string;
  /** IANA time zone of the venue (example: `'Europe/Zurich'`). */
  readonly timeZone: string;
}

/**
 * `gcm-kit/ics`: iCalendar export of the GCM events.
 *
 * @packageDocumentation
 * @module gcm-kit/ics
 */
export { type ICalendarOptions, toICalendar } from './toICalendar.js';

/**
 * `gcm-kit/ics`: iCalendar export of the GCM events.
 *
 * @packageDocumentation
 */
export { type ICalendarOptions, toICalendar } from './toICalendar.js';

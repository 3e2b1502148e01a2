import type { Venue } from './types.js';

// Venues that several records share. Internal. Written out in full (no
// spreads or calls), so that a bundler can drop data that a consumer's code
// does not use.

const chamber = 'United Nations Headquarters';

export const geneva = {
  city: 'Geneva',
  country: 'CHE',
  timeZone: 'Europe/Zurich',
} as const satisfies Venue;
export const genevaPalais = {
  city: 'Geneva',
  country: 'CHE',
  place: 'Palais des Nations',
  timeZone: 'Europe/Zurich',
} as const satisfies Venue;
export const genevaRoomXix = {
  city: 'Geneva',
  country: 'CHE',
  place: 'Palais des Nations, Room XIX',
  timeZone: 'Europe/Zurich',
} as const satisfies Venue;
export const newYork = {
  city: 'New York',
  country: 'USA',
  place: chamber,
  timeZone: 'America/New_York',
} as const satisfies Venue;
export const newYorkTrusteeship = {
  city: 'New York',
  country: 'USA',
  place: 'Trusteeship Council Chamber, United Nations Headquarters',
  timeZone: 'America/New_York',
} as const satisfies Venue;
export const newYorkEcosoc = {
  city: 'New York',
  country: 'USA',
  place: 'ECOSOC Chamber, United Nations Headquarters',
  timeZone: 'America/New_York',
} as const satisfies Venue;
export const viennaVic = {
  city: 'Vienna',
  country: 'AUT',
  place: 'Vienna International Centre, Plenary Room',
  timeZone: 'Europe/Vienna',
} as const satisfies Venue;
export const marrakech = {
  city: 'Marrakech',
  country: 'MAR',
  timeZone: 'Africa/Casablanca',
} as const satisfies Venue;
export const marrakechBabIghli = {
  city: 'Marrakech',
  country: 'MAR',
  place: 'Bab Ighli',
  timeZone: 'Africa/Casablanca',
} as const satisfies Venue;
export const addisAbaba = {
  city: 'Addis Ababa',
  country: 'ETH',
  timeZone: 'Africa/Addis_Ababa',
} as const satisfies Venue;
export const bangkok = {
  city: 'Bangkok',
  country: 'THA',
  timeZone: 'Asia/Bangkok',
} as const satisfies Venue;

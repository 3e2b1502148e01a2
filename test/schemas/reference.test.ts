import { describe, expect, it } from 'vitest';
import * as root from '../../src/index.js';
import * as s from '../../src/schemas/index.js';
import * as sourcesEntry from '../../src/sources/index.js';

const gcm = { ...root, ...sourcesEntry };

describe('the reference datasets parse with their schemas', () => {
  const cases: [
    string,
    { safeParse(v: unknown): { success: boolean; error?: unknown } },
    readonly unknown[],
  ][] = [
    ['sources', s.SourceSchema, Object.values(gcm.sources)],
    ['phases', s.PhaseSchema, gcm.phases],
    ['events', s.GcmEventSchema, gcm.events],
    ['thematicSessions', s.ThematicSessionSchema, gcm.thematicSessions],
    ['gcmObjectives', s.GcmObjectiveSchema, gcm.gcmObjectives],
    ['gcmGuidingPrinciples', s.GcmGuidingPrincipleSchema, gcm.gcmGuidingPrinciples],
    ['mgiDomains', s.MgiDomainSchema, gcm.mgiDomains],
    ['sdgTargets', s.SdgTargetSchema, gcm.sdgTargets],
    ['migof', s.MigofSchema, [gcm.migof]],
    ['modalities', s.ModalitiesSchema, [gcm.modalities]],
    ['conference', s.ConferenceSchema, [gcm.conference]],
  ];
  for (const [name, schema, records] of cases) {
    it(`every record of ${name}`, () => {
      for (const record of records) {
        const result = schema.safeParse(record);
        expect(result.success, `${name}: ${JSON.stringify(result.error)}`).toBe(true);
      }
    });
  }

  it('and the schemas reject what the data must never hold', () => {
    const session = { ...gcm.thematicSessions[0], number: 7 };
    expect(s.ThematicSessionSchema.safeParse(session).success).toBe(false);
    const event = { ...gcm.events[0], sourceIds: ['no-such-source'] };
    expect(s.GcmEventSchema.safeParse(event).success).toBe(false);
    const venue = { city: 'Geneva', country: 'CHE', timeZone: 'Europe/Geneva' };
    expect(s.VenueSchema.safeParse(venue).success).toBe(false);
  });
});

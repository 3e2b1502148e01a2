import { describe, expect, it } from 'vitest';
import * as root from '../../src/index.js';
import * as sourcesEntry from '../../src/sources/index.js';

const gcm = { ...root, ...sourcesEntry };

const datasets = {
  sources: gcm.sources,
  modalities: gcm.modalities,
  phases: gcm.phases,
  events: gcm.events,
  eventKinds: gcm.eventKinds,
  thematicSessions: gcm.thematicSessions,
  gcmObjectives: gcm.gcmObjectives,
  gcmGuidingPrinciples: gcm.gcmGuidingPrinciples,
  migof: gcm.migof,
  mgiDomains: gcm.mgiDomains,
  sdgTargets: gcm.sdgTargets,
  conference: gcm.conference,
  reviewCycles: gcm.reviewCycles,
};

function assertDeepFrozen(value: unknown, path: string): void {
  if (value === null || typeof value !== 'object') return;
  expect(Object.isFrozen(value), path).toBe(true);
  for (const [key, v] of Object.entries(value)) assertDeepFrozen(v, `${path}.${key}`);
}

describe('reference data', () => {
  it('is deeply frozen', () => {
    for (const [name, value] of Object.entries(datasets)) assertDeepFrozen(value, name);
  });

  it('throws on a write in strict mode (ES modules are strict)', () => {
    const session = gcm.thematicSessions[0] as { start: string };
    expect(() => {
      session.start = '2017-05-09';
    }).toThrow(TypeError);
    expect(() => (gcm.phases as unknown as unknown[]).push({})).toThrow(TypeError);
    expect(gcm.thematicSessions[0]?.start).toBe('2017-05-08');
  });

  it('matches the reviewed golden fixture (every data edit shows in review)', async () => {
    await expect(`${JSON.stringify(datasets, null, 2)}\n`).toMatchFileSnapshot(
      '../fixtures/golden/data.json',
    );
  });
});

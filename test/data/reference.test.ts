import { describe, expect, it } from 'vitest';
import { conference } from '../../src/data/conference.js';
import { gcmGuidingPrinciples } from '../../src/data/gcmGuidingPrinciples.js';
import { gcmObjectives } from '../../src/data/gcmObjectives.js';
import { mgiDomains } from '../../src/data/mgiDomains.js';
import { migof } from '../../src/data/migof.js';
import { modalities } from '../../src/data/modalities.js';
import { sdgTargets } from '../../src/data/sdgTargets.js';

describe('gcmObjectives', () => {
  it('are 23, numbered 1 to 23, with unique titles and labels', () => {
    expect(gcmObjectives.map((o) => o.number)).toEqual(Array.from({ length: 23 }, (_, i) => i + 1));
    expect(new Set(gcmObjectives.map((o) => o.title)).size).toBe(23);
    expect(new Set(gcmObjectives.map((o) => o.shortLabel)).size).toBe(23);
  });

  it('put each commitment in paragraph 16 + n (objective 1 in paragraph 17, objective 23 in 39)', () => {
    for (const o of gcmObjectives) expect(o.commitmentParagraph).toBe(16 + o.number);
  });

  it('keep the official wording where code repositories paraphrase it', () => {
    expect(gcmObjectives[5]?.title).toMatch(/conditions that ensure decent work$/);
    expect(gcmObjectives[11]?.title).toMatch(/for appropriate screening, assessment and referral$/);
    expect(gcmObjectives[14]?.title).toBe('Provide access to basic services for migrants');
    expect(gcmObjectives[15]?.title.startsWith('Empower migrants and societies')).toBe(true);
  });
});

describe('gcmGuidingPrinciples', () => {
  it('are the ten principles of paragraph 15, (a) people-centred to (j) whole-of-society', () => {
    expect(gcmGuidingPrinciples).toHaveLength(10);
    expect(gcmGuidingPrinciples[0]?.name).toBe('People-centred');
    expect(gcmGuidingPrinciples[9]?.name).toBe('Whole-of-society approach');
    expect(new Set(gcmGuidingPrinciples.map((p) => p.id)).size).toBe(10);
  });
});

describe('migof', () => {
  it('has three principles and three objectives, each with long and short wording', () => {
    expect(migof.principles.map((p) => p.number)).toEqual([1, 2, 3]);
    expect(migof.objectives.map((p) => p.number)).toEqual([1, 2, 3]);
    for (const e of [...migof.principles, ...migof.objectives]) {
      expect(e.long.length).toBeGreaterThan(e.short.length - 20);
    }
  });

  it('keeps every verb that sources use for the 2015 Council decision', () => {
    expect(migof.endorsement.map((e) => e.verb)).toEqual(['endorsed', 'welcomed', 'approved']);
    expect(migof.council.sessionStart <= migof.council.sessionEnd).toBe(true);
  });
});

describe('mgiDomains', () => {
  it('are six, with the unverified short labels flagged and explained', () => {
    expect(mgiDomains.map((d) => d.number)).toEqual([1, 2, 3, 4, 5, 6]);
    for (const d of mgiDomains) if (!d.labelVerified) expect('note' in d && d.note).toBeTruthy();
  });
});

describe('sdgTargets', () => {
  it('have codes goal.target as strings, unique, with the goal number', () => {
    expect(new Set(sdgTargets.map((t) => t.code)).size).toBe(sdgTargets.length);
    for (const t of sdgTargets) {
      expect(t.code).toMatch(/^\d{1,2}\.(\d{1,2}|[a-z])$/);
      expect(Number(t.code.split('.')[0])).toBe(t.goal);
    }
  });

  it('include 10.7 on well-managed migration policies', () => {
    expect(sdgTargets.find((t) => t.code === '10.7')?.wording).toMatch(
      /well-managed migration policies$/,
    );
  });
});

describe('modalities', () => {
  it('were adopted on 6 April 2017 on draft A/71/L.58 without a vote', () => {
    expect(modalities.adoption).toMatchObject({ date: '2017-04-06', draftSymbol: 'A/71/L.58' });
    expect(modalities.adoption.manner).toMatch(/without a vote/);
  });

  it('keep 30 and 31 January 2017 as the dates the text was agreed, each with its source', () => {
    expect(modalities.agreed.dates.map((d) => d.date)).toEqual(['2017-01-30', '2017-01-31']);
    expect(modalities.agreed.dates[0]?.sourceIds).not.toEqual(
      modalities.agreed.dates[1]?.sourceIds,
    );
  });

  it('name the co-facilitators of Mexico and Switzerland', () => {
    expect(modalities.coFacilitators.persons.map((p) => p.country)).toEqual(['MEX', 'CHE']);
  });

  it('give the three phases in months, matching the phases dataset', () => {
    expect(modalities.phases.list.map((p) => `${p.fromMonth}..${p.toMonth}`)).toEqual([
      '2017-04..2017-11',
      '2017-11..2018-01',
      '2018-02..2018-07',
    ]);
  });

  it('foresaw four multi-stakeholder hearings (paragraph 30); five were held', () => {
    expect([
      modalities.hearings.foreseen,
      modalities.hearings.held,
      modalities.hearings.paragraph,
    ]).toEqual([4, 5, 30]);
  });
});

describe('conference', () => {
  it('keeps 164 and 165 as the counts of States adopting at Marrakech', () => {
    expect(conference.statesAdopting.map((s) => s.count)).toEqual([164, 164, 164, 165, null]);
  });

  it('records the endorsement vote of 19 December 2018 as 152–5–12', () => {
    const v = conference.endorsementVote;
    expect([v.date, v.inFavour, v.against, v.abstentions, v.againstStates.length]).toEqual([
      '2018-12-19',
      152,
      5,
      12,
      5,
    ]);
  });
});

describe('every dataset', () => {
  it('has unique ids (and unique numbers where records are numbered)', async () => {
    const gcm = await import('../../src/index.js');
    const lists: [string, readonly { id: string; number?: number | null }[]][] = [
      ['phases', gcm.phases],
      ['events', gcm.events],
      ['thematicSessions', gcm.thematicSessions],
      ['gcmObjectives', gcm.gcmObjectives],
      ['gcmGuidingPrinciples', gcm.gcmGuidingPrinciples],
      ['mgiDomains', gcm.mgiDomains],
      ['migof.principles', gcm.migof.principles],
      ['migof.objectives', gcm.migof.objectives],
    ];
    for (const [name, list] of lists) {
      expect(new Set(list.map((r) => r.id)).size, name).toBe(list.length);
      const numbers = list.map((r) => r.number).filter((n) => typeof n === 'number');
      expect(new Set(numbers).size, name).toBe(numbers.length);
    }
    expect(new Set(gcm.sdgTargets.map((t) => t.code)).size).toBe(gcm.sdgTargets.length);
  });
});

import { describe, expect, it } from 'vitest';
import { phases } from '../../src/data/phases.js';
import { thematicSessions } from '../../src/data/thematicSessions.js';

const phaseI = phases.find((p) => p.id === 'consultations');

describe('thematicSessions', () => {
  it('are exactly six, numbered 1 to 6 in date order', () => {
    expect(thematicSessions.map((s) => s.number)).toEqual([1, 2, 3, 4, 5, 6]);
    for (let i = 1; i < thematicSessions.length; i++) {
      expect((thematicSessions[i - 1]?.end ?? '') < (thematicSessions[i]?.start ?? '')).toBe(true);
    }
  });

  it('each fall inside Phase I (April–November 2017)', () => {
    for (const s of thematicSessions) {
      expect(s.start >= (phaseI?.start ?? '')).toBe(true);
      expect(s.end <= (phaseI?.end ?? '')).toBe(true);
    }
  });

  it('were held in Geneva (three), New York (two) and Vienna (one), Geneva counted in Europe/Zurich', () => {
    expect(thematicSessions.map((s) => s.venue.city)).toEqual([
      'Geneva',
      'New York',
      'Geneva',
      'New York',
      'Vienna',
      'Geneva',
    ]);
    for (const s of thematicSessions.filter((s) => s.venue.city === 'Geneva')) {
      expect(s.venue.timeZone).toBe('Europe/Zurich');
    }
  });

  it('start with session 1 on human rights on 8 May 2017 and end with session 6 on 13 October 2017', () => {
    expect(thematicSessions[0]?.title.startsWith('Human rights of all migrants')).toBe(true);
    expect(thematicSessions[0]?.start).toBe('2017-05-08');
    expect(thematicSessions[5]?.end).toBe('2017-10-13');
  });

  it('keep both wordings of the title of session 4 (diasporas / diaspora)', () => {
    const s4 = thematicSessions[3];
    expect(s4?.title).toMatch(/migrants and diasporas/);
    expect(s4?.titleVariants?.[0]?.title).toMatch(/migrants and diaspora to/);
  });
});

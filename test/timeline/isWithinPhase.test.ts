import { describe, expect, it } from 'vitest';
import { isWithinPhase } from '../../src/timeline/isWithinPhase.js';

describe('isWithinPhase', () => {
  it('includes both ends of Phase I: 1 April and 30 November 2017', () => {
    expect(isWithinPhase('2017-03-31', 'consultations')).toBe(false);
    expect(isWithinPhase('2017-04-01', 'consultations')).toBe(true);
    expect(isWithinPhase('2017-11-30', 'consultations')).toBe(true);
    expect(isWithinPhase('2017-12-01', 'consultations')).toBe(false);
  });

  it('puts 15 November 2017 in both Phase I and Phase II', () => {
    expect(
      isWithinPhase('2017-11-15', 'consultations') && isWithinPhase('2017-11-15', 'stocktaking'),
    ).toBe(true);
  });

  it('refuses an unknown phase id', () => {
    // @ts-expect-error: not a phase id
    expect(() => isWithinPhase('2017-11-15', 'phase-1')).toThrowErrorMatchingInlineSnapshot(
      `[RangeError: isWithinPhase: unknown phase "phase-1"; expected one of launch, consultations, stocktaking, negotiations, adoption, follow-up]`,
    );
  });
});

import { describe, expect, it } from 'vitest';
import { formatDayNumber, parseDayNumber } from '../../src/_lib/dayNumber.js';
import { getTimelinePosition } from '../../src/timeline/getTimelinePosition.js';

describe('the resolved timeline', () => {
  it('matches the reviewed golden fixture, day by day from 2016-09-18 to 2031-12-31, with the review cycle and stage of each follow-up day', async () => {
    const lines: string[] = [];
    const last = parseDayNumber('2031-12-31') as number;
    for (let day = parseDayNumber('2016-09-18') as number; day <= last; day++) {
      const at = getTimelinePosition(formatDayNumber(day));
      const phases = at.phases.map((p) => p.id).join('+') || '-';
      const events = at.events.map((e) => e.id).join(' ');
      const cycle = at.reviewCycle
        ? ` [${at.reviewCycle.cycle.id} ${at.reviewCycle.stage.id}]`
        : '';
      lines.push(`${at.date} ${phases}${cycle}${events ? ` | ${events}` : ''}`);
    }
    await expect(`${lines.join('\n')}\n`).toMatchFileSnapshot('../fixtures/golden/timeline.txt');
  });
});

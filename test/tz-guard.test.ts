import { describe, expect, it } from 'vitest';

// scripts/test-tz.sh runs the whole suite under several TZ values and sets
// EXPECTED_TZ to the zone of each run. This guard fails the run when the zone
// did not take effect, so a pass under "Pacific/Kiritimati" really means one.
describe('the process time zone', () => {
  const expected = process.env.EXPECTED_TZ;
  it.runIf(expected !== undefined)(`is ${expected ?? 'set'} in this run`, () => {
    // Compare ICU's canonical names: it may spell Asia/Kathmandu as Asia/Katmandu.
    const canonical = new Intl.DateTimeFormat('en-US', { timeZone: expected }).resolvedOptions()
      .timeZone;
    expect(Intl.DateTimeFormat().resolvedOptions().timeZone).toBe(canonical);
    const offset = new Date(Date.UTC(2017, 4, 16, 12)).getTimezoneOffset();
    const offsets: Record<string, number> = {
      UTC: 0,
      'Pacific/Kiritimati': -840,
      'Pacific/Pago_Pago': 660,
      'Asia/Kathmandu': -345,
      'America/St_Johns': 150,
      'Australia/Lord_Howe': -630,
      'Europe/Minsk': -180,
      'America/New_York': 240,
    };
    if (expected !== undefined && expected in offsets) expect(offset).toBe(offsets[expected]);
  });
});

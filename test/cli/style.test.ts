import { describe, expect, it } from 'vitest';
import { makeStyle } from '../../src/cli/style.js';

const stream = (isTTY: boolean) => ({ isTTY }) as unknown as NodeJS.WriteStream;

describe('CLI colour', () => {
  it('is used on a terminal', () => {
    expect(makeStyle(stream(true), {}).red('error')).toBe('\u001b[31merror\u001b[39m');
  });

  it('is used with an empty NO_COLOR, which does not count (no-color.org; issue 8, case 14)', () => {
    expect(makeStyle(stream(true), { NO_COLOR: '' }).red('error')).toBe(
      '\u001b[31merror\u001b[39m',
    );
  });

  it('is never used with a non-empty NO_COLOR, nor with TERM=dumb, nor in a pipe', () => {
    expect(makeStyle(stream(true), { NO_COLOR: '1' }).red('error')).toBe('error');
    expect(makeStyle(stream(true), { TERM: 'dumb' }).red('error')).toBe('error');
    expect(makeStyle(stream(false), {}).red('error')).toBe('error');
  });
});

import fc from 'fast-check';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { utf8Decoder } from '../../src/_lib/utf8Decoder.js';

/** The text of `bytes` cut at `cuts`, through the decoder under test. */
function decodeInChunks(bytes: Uint8Array, cuts: readonly number[]): string {
  const decoder = utf8Decoder();
  const at = [...new Set(cuts.map((c) => c % (bytes.length + 1)))].sort((a, b) => a - b);
  let text = '';
  let from = 0;
  for (const cut of [...at, bytes.length]) {
    text += decoder.write(bytes.subarray(from, cut));
    from = cut;
  }
  return text + decoder.end();
}

const whole = (bytes: Uint8Array) => new TextDecoder('utf-8').decode(bytes);

// Bytes people's files hold: ASCII, every length of sequence, a BOM, and
// what is not UTF-8 (a lone continuation byte, an overlong lead, a
// surrogate's encoding, bytes above F4, sequences cut short).
const piece = fc.constantFrom(
  [0x41],
  [0x0a],
  [0xc3, 0xa9],
  [0xe2, 0x82, 0xac],
  [0xf0, 0x9f, 0x98, 0x80],
  [0xef, 0xbb, 0xbf],
  [0x80],
  [0xbf],
  [0xc0, 0xaf],
  [0xc2],
  [0xe0, 0x80],
  [0xe0, 0xa0],
  [0xed, 0xa0, 0x80],
  [0xf0, 0x8f],
  [0xf4, 0x90, 0x80, 0x80],
  [0xf5],
  [0xff, 0xfe, 0xc3],
);
const bytesOf = fc
  .array(fc.oneof(piece, fc.array(fc.integer({ min: 0, max: 255 }), { maxLength: 4 })), {
    maxLength: 24,
  })
  .map((parts) => new Uint8Array(parts.flat()));

describe('utf8Decoder (issue 16: Buffer where there is one, same text as TextDecoder)', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  it('gives what TextDecoder gives for any bytes cut anywhere: each bad sequence one U+FFFD, a leading BOM dropped', () => {
    fc.assert(
      fc.property(bytesOf, fc.array(fc.nat(), { maxLength: 6 }), (bytes, cuts) => {
        expect(decodeInChunks(bytes, cuts)).toBe(whole(bytes));
      }),
      { numRuns: 3000, seed: 20_261_205 },
    );
  });

  it('decodes "café €" cut inside both characters, and drops one BOM but keeps a second', () => {
    const cafe = new TextEncoder().encode('café €');
    expect(decodeInChunks(cafe, [4, 8])).toBe('café €');
    const twoBoms = new Uint8Array([0xef, 0xbb, 0xbf, 0xef, 0xbb, 0xbf, 0x7b, 0x7d]);
    expect(decodeInChunks(twoBoms, [1, 2, 4])).toBe('\uFEFF{}');
  });

  it('makes the bytes FF FE C3 (not UTF-8) three U+FFFD, and a sequence cut short at the end one', () => {
    expect(decodeInChunks(new Uint8Array([0x58, 0xff, 0xfe, 0xc3]), [2])).toBe(
      'X\uFFFD\uFFFD\uFFFD',
    );
    expect(decodeInChunks(new Uint8Array([0xe2, 0x82]), [1])).toBe('\uFFFD');
  });

  it('is TextDecoder itself where there is no Buffer (a browser)', () => {
    vi.stubGlobal('Buffer', undefined);
    const euro = new TextEncoder().encode('10 €');
    expect(decodeInChunks(euro, [4])).toBe('10 €');
    expect(decodeInChunks(new Uint8Array([0xef, 0xbb, 0xbf, 0x41, 0xff]), [])).toBe('A\uFFFD');
  });
});

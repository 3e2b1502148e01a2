// A streaming UTF-8 decoder that gives exactly what
// `new TextDecoder('utf-8')` gives with `{ stream: true }` (a leading BOM
// dropped, each bad sequence one U+FFFD, as the WHATWG Encoding Standard
// says), but, where Node's Buffer is at hand, decodes with it: on this
// machine that takes about 60% of TextDecoder's time on a 143 MB file
// (issue 16). Elsewhere it is TextDecoder itself.

/** What the decoder needs of Node's Buffer; read from globalThis, so that bundles for browsers need no polyfill. */
interface BufferClass {
  from(
    buffer: ArrayBufferLike,
    byteOffset: number,
    length: number,
  ): Uint8Array & {
    toString(encoding: 'utf8', start: number, end: number): string;
  };
}

/** A streaming decoder: `write` each chunk of bytes, then `end`. */
export interface Utf8Decoder {
  /** The text of the bytes so far, less an unfinished sequence at the end, which waits for the next chunk. */
  write(bytes: Uint8Array): string;
  /** The text of what is left (an unfinished sequence is one U+FFFD). */
  end(): string;
}

/** How many bytes the sequence a lead byte starts has in all (0 for a byte no sequence starts with). */
function sequenceLength(byte: number): number {
  if (byte >= 0xc2 && byte <= 0xdf) return 2;
  if (byte >= 0xe0 && byte <= 0xef) return 3;
  if (byte >= 0xf0 && byte <= 0xf4) return 4;
  return 0;
}

/**
 * Where the text that can be decoded now ends: before a lead byte at the
 * end whose sequence lacks bytes. A decoder is back in its first state at
 * any lead byte, so decoding the bytes before it and, later, the bytes from
 * it with what follows gives what decoding all of them at once gives.
 */
function completeEnd(bytes: Uint8Array): number {
  const n = bytes.length;
  for (let k = 1; k <= 3 && k <= n; k++) {
    const byte = bytes[n - k] as number;
    if (byte < 0x80 || byte > 0xbf) return sequenceLength(byte) > k ? n - k : n;
  }
  return n;
}

const BOM = [0xef, 0xbb, 0xbf] as const;

/** A decoder with Node's Buffer. */
function bufferDecoder(NodeBuffer: BufferClass): Utf8Decoder {
  let held: Uint8Array | undefined;
  let first = true;
  const text = (bytes: Uint8Array, start: number, end: number) =>
    start >= end
      ? ''
      : NodeBuffer.from(bytes.buffer, bytes.byteOffset, bytes.length).toString('utf8', start, end);
  return {
    write(chunk) {
      let bytes = chunk;
      if (held !== undefined) {
        const joined = new Uint8Array(held.length + chunk.length);
        joined.set(held);
        joined.set(chunk, held.length);
        bytes = joined;
        held = undefined;
      }
      let start = 0;
      if (first) {
        // A BOM is dropped only at the very start, as TextDecoder does; wait
        // until three bytes have come to know whether there is one.
        if (bytes.length < 3 && bytes.every((b, i) => b === BOM[i])) {
          held = bytes.length > 0 ? bytes : undefined;
          return '';
        }
        first = false;
        if (bytes[0] === BOM[0] && bytes[1] === BOM[1] && bytes[2] === BOM[2]) start = 3;
      }
      const end = completeEnd(bytes);
      if (end < bytes.length) held = bytes.slice(end);
      return text(bytes, start, end);
    },
    end() {
      const rest = held;
      held = undefined;
      first = true;
      return rest === undefined ? '' : text(rest, 0, rest.length);
    },
  };
}

/** A decoder with TextDecoder, where there is no Buffer. */
function textDecoder(): Utf8Decoder {
  const decoder = new TextDecoder('utf-8');
  return {
    write: (bytes) => decoder.decode(bytes, { stream: true }),
    end: () => decoder.decode(),
  };
}

/** A new streaming UTF-8 decoder. Internal. */
export function utf8Decoder(): Utf8Decoder {
  const NodeBuffer = (globalThis as { Buffer?: BufferClass }).Buffer;
  return typeof NodeBuffer?.from === 'function' ? bufferDecoder(NodeBuffer) : textDecoder();
}

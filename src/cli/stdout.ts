import { fs } from './node.js';

// Standard output without Node's stream where it can: `process.stdout` is
// built on first use, and for a pipe that loads Node's net and stream
// libraries, about a tenth of a bare start (issue 16). The CLI's text goes
// out with fs.writeSync on descriptor 1 instead, synchronously, as Node's
// own stream writes to pipes and files on Linux. When the descriptor cannot
// take it now (EAGAIN: a non-blocking pipe, as a parent may hand down) or
// fails in a way other than a closed reader, the rest goes through
// process.stdout, and so does everything after it, in order.

let stream: NodeJS.WriteStream | undefined;

/** The stream, with the quiet stop on a closed reader (gcm-kit … | head). Internal. */
export function stdoutStream(): NodeJS.WriteStream {
  if (stream === undefined) {
    stream = process.stdout;
    stream.on('error', (error: NodeJS.ErrnoException) => {
      if (error.code === 'EPIPE') process.exit(0);
      throw error;
    });
  }
  return stream;
}

/**
 * Writes text to standard output. A reader that stops early closes the
 * pipe: the write fails with EPIPE, and the CLI stops quietly and
 * successfully, as other command-line tools do. Internal.
 */
export function writeOut(text: string): void {
  if (stream !== undefined) {
    stream.write(text);
    return;
  }
  const bytes = Buffer.from(text, 'utf8');
  let done = 0;
  while (done < bytes.length) {
    try {
      done += fs.writeSync(1, bytes, done, bytes.length - done);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'EPIPE') process.exit(0);
      stdoutStream().write(bytes.subarray(done));
      return;
    }
  }
}

/**
 * Whether a descriptor is a terminal. Only a character device can be one;
 * Node's tty module, which loads its net library, is asked only then.
 * Internal.
 */
export function isTerminal(fd: number): boolean {
  try {
    if (!fs.fstatSync(fd).isCharacterDevice()) return false;
  } catch {
    return false;
  }
  return process.getBuiltinModule('node:tty').isatty(fd);
}

// A batch timer: runs `fn(i)` for i over a batch, repeatedly, for about
// `ms` milliseconds, and returns calls per second. Timing whole batches keeps
// the timer's own cost out of sub-microsecond measurements.
export function measure(fn, { batch = 1000, ms = 600 } = {}) {
  let sink = 0;
  const run = (n) => {
    for (let i = 0; i < n; i++) sink ^= fn(i) === undefined ? 1 : 2;
  };
  run(batch * 20); // warm up
  let calls = 0;
  const start = process.hrtime.bigint();
  let elapsed = 0;
  while (elapsed < ms * 1e6) {
    run(batch);
    calls += batch;
    elapsed = Number(process.hrtime.bigint() - start);
  }
  if (sink === 42) console.log(''); // keep the results alive
  return (calls / elapsed) * 1e9;
}

// `npm run bench`: builds, then measures. Not a test: nothing here fails
// because the machine is slow; it prints figures and ratios from one run.
import { runStartupBench } from './startup.mjs';
import { runTimelineBench } from './timeline.mjs';

const only = process.argv[2];
if (!only || only === 'timeline') runTimelineBench();
if (!only || only === 'startup') await runStartupBench();
if (!only || only === 'validation') {
  const { runValidationBench } = await import('./validation.mjs').catch(() => ({}));
  if (runValidationBench) await runValidationBench();
}

// Timeline benchmarks: gcm-kit's helpers against a straightforward date-fns
// scan over the same data, measured in the same run. Ratios are what count.
import { isWithinInterval } from 'date-fns/isWithinInterval';
import { parseISO } from 'date-fns/parseISO';
import {
  events,
  getEventsOn,
  getPhaseOn,
  getReviewCycleOn,
  phases,
  reviewCycles,
} from '../dist/index.js';
import { measure } from './measure.mjs';

// Baseline: intervals parsed once up front (kinder to the baseline than
// parsing the data on every call), the query parsed with parseISO each time.
const eventIntervals = events.map((e) => ({
  e,
  interval: { start: parseISO(e.start), end: parseISO(e.end) },
}));
const farFuture = new Date(8.64e15);
const phaseIntervals = phases.map((p) => ({
  p,
  interval: { start: parseISO(p.start), end: p.end === null ? farFuture : parseISO(p.end) },
}));
const naiveEventsOn = (iso) => {
  const d = parseISO(iso);
  return eventIntervals.filter(({ interval }) => isWithinInterval(d, interval)).map(({ e }) => e);
};
// The straightforward scan as often written, parsing the data as it goes.
const parsingEventsOn = (iso) => {
  const d = parseISO(iso);
  return events.filter((e) =>
    isWithinInterval(d, { start: parseISO(e.start), end: parseISO(e.end) }),
  );
};
const naivePhaseOn = (iso) => {
  const d = parseISO(iso);
  let found;
  for (const { p, interval } of phaseIntervals) if (isWithinInterval(d, interval)) found = p;
  return found;
};

const stageIntervals = reviewCycles.flatMap((cycle) =>
  cycle.stages.map((stage) => ({
    cycle,
    stage,
    interval: { start: parseISO(stage.start), end: parseISO(stage.end) },
  })),
);
const naiveReviewCycleOn = (iso) => {
  const d = parseISO(iso);
  const found = stageIntervals.find(({ interval }) => isWithinInterval(d, interval));
  return found && { cycle: found.cycle, stage: found.stage };
};

// Query days: every day of 2016–2019, shuffled deterministically.
const days = [];
for (let t = Date.UTC(2016, 0, 1); t < Date.UTC(2020, 0, 1); t += 86_400_000)
  days.push(new Date(t).toISOString().slice(0, 10));
for (let i = days.length - 1, seed = 7; i > 0; i--) {
  seed = (seed * 48271) % 2147483647;
  const j = seed % (i + 1);
  [days[i], days[j]] = [days[j], days[i]];
}
const instants = days.map((d) => new Date(`${d}T12:34:00Z`));
const n = days.length;
// For the review cycles: every day of 2018–2031, in the same shuffled order.
const cycleDays = [];
for (let t = Date.UTC(2018, 0, 1); t < Date.UTC(2032, 0, 1); t += 86_400_000)
  cycleDays.push(new Date(t).toISOString().slice(0, 10));
for (let i = cycleDays.length - 1, seed = 11; i > 0; i--) {
  seed = (seed * 48271) % 2147483647;
  const j = seed % (i + 1);
  [cycleDays[i], cycleDays[j]] = [cycleDays[j], cycleDays[i]];
}
const m = cycleDays.length;

export function runTimelineBench() {
  const tasks = [
    [
      'baseline: date-fns isWithinInterval scan, events',
      'events',
      (i) => naiveEventsOn(days[i % n]),
    ],
    [
      'baseline: date-fns isWithinInterval scan, phases',
      'phases',
      (i) => naivePhaseOn(days[i % n]),
    ],
    [
      '  (for reference) date-fns scan parsing the data on each call, events',
      'events',
      (i) => parsingEventsOn(days[i % n]),
    ],
    [
      'baseline: date-fns isWithinInterval scan, review-cycle stages',
      'cycles',
      (i) => naiveReviewCycleOn(cycleDays[i % m]),
    ],
    ['getEventsOn(iso)', 'events', (i) => getEventsOn(days[i % n])],
    ['getReviewCycleOn(iso)', 'cycles', (i) => getReviewCycleOn(cycleDays[i % m])],
    ['getPhaseOn(iso)', 'phases', (i) => getPhaseOn(days[i % n])],
    [
      "getEventsOn(Date, { timeZone: 'Europe/Minsk' })",
      'events',
      (i) => getEventsOn(instants[i % n], { timeZone: 'Europe/Minsk' }),
    ],
    [
      "getPhaseOn(Date, { timeZone: 'Europe/Minsk' })",
      'phases',
      (i) => getPhaseOn(instants[i % n], { timeZone: 'Europe/Minsk' }),
    ],
  ];
  const hz = {};
  for (const [name, , fn] of tasks)
    hz[name] = measure(fn, { batch: name.includes('date-fns') ? 20 : 2000 });
  const base = { events: hz[tasks[0][0]], phases: hz[tasks[1][0]], cycles: hz[tasks[3][0]] };
  const rows = tasks.map(([name, over]) => ({
    task: name,
    'calls/s': Math.round(hz[name]).toLocaleString('en'),
    'vs baseline': `${(hz[name] / base[over]).toFixed(1)}x`,
  }));
  console.log(
    `\nTimeline look-ups over ${events.length} events and ${phases.length} phases (each against the date-fns scan over the same data)`,
  );
  console.table(rows);
  return { hz, base };
}

import { deepFreeze } from '../_lib/deepFreeze.js';
import type { SourceId } from './sources.js';

/** One of the ten cross-cutting and interdependent guiding principles (paragraph 15 of the compact). */
export interface GcmGuidingPrinciple {
  /** Stable id (example: `'people-centred'`). */
  readonly id: string;
  /** Sub-paragraph letter of paragraph 15 (example: `'a'`). */
  readonly letter: 'a' | 'b' | 'c' | 'd' | 'e' | 'f' | 'g' | 'h' | 'i' | 'j';
  /** Whether a source shows the letter itself; `false` where it follows from the order (example: `true`). */
  readonly letterVerified: boolean;
  /** Name (example: `'People-centred'`). */
  readonly name: string;
  /** Sources (example: `['a-res-73-195']`). */
  readonly sourceIds: readonly SourceId[];
}

/**
 * The ten guiding principles of the compact, in the order of paragraph 15,
 * which the Progress Declaration of 2022 (paragraph 3) repeats.
 *
 * @example
 * ```ts
 * import { gcmGuidingPrinciples } from 'gcm-kit';
 * gcmGuidingPrinciples.map((p) => p.letter).join('');
 * // => 'abcdefghij'
 * ```
 */
export const gcmGuidingPrinciples = /* @__PURE__ */ deepFreeze([
  {
    id: 'people-centred',
    letter: 'a',
    letterVerified: true,
    name: 'People-centred',
    sourceIds: ['a-res-73-195'],
  },
  {
    id: 'international-cooperation',
    letter: 'b',
    letterVerified: true,
    name: 'International cooperation',
    sourceIds: ['a-res-73-195'],
  },
  {
    id: 'national-sovereignty',
    letter: 'c',
    letterVerified: true,
    name: 'National sovereignty',
    sourceIds: ['a-res-73-195', 'un-network-hub'],
  },
  {
    id: 'rule-of-law-and-due-process',
    letter: 'd',
    letterVerified: true,
    name: 'Rule of law and due process',
    sourceIds: ['a-res-73-195'],
  },
  {
    id: 'sustainable-development',
    letter: 'e',
    letterVerified: false,
    name: 'Sustainable development',
    sourceIds: ['un-network-hub', 'progress-declaration-2022'],
  },
  {
    id: 'human-rights',
    letter: 'f',
    letterVerified: false,
    name: 'Human rights',
    sourceIds: ['progress-declaration-2022', 'un-network-hub'],
  },
  {
    id: 'gender-responsive',
    letter: 'g',
    letterVerified: false,
    name: 'Gender-responsive',
    sourceIds: ['a-res-73-195', 'un-network-hub'],
  },
  {
    id: 'child-sensitive',
    letter: 'h',
    letterVerified: true,
    name: 'Child-sensitive',
    sourceIds: ['a-res-73-195'],
  },
  {
    id: 'whole-of-government-approach',
    letter: 'i',
    letterVerified: true,
    name: 'Whole-of-government approach',
    sourceIds: ['a-res-73-195'],
  },
  {
    id: 'whole-of-society-approach',
    letter: 'j',
    letterVerified: true,
    name: 'Whole-of-society approach',
    sourceIds: ['a-res-73-195'],
  },
] as const satisfies readonly GcmGuidingPrinciple[]);

/** Id of a guiding principle (example: `'child-sensitive'`). */
export type GcmGuidingPrincipleId = (typeof gcmGuidingPrinciples)[number]['id'];

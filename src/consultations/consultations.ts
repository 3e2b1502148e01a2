import { deepFreeze } from '../_lib/deepFreeze.js';
import { records } from './register.generated.js';
import type { Consultation } from './types.js';

/**
 * The register: real consultations of 2017–2026 that fed the GCM or its follow-up, each
 * citing the pages it was written from, in order of their first day. Each is
 * one file of `src/consultations/records/` in the public record format, and a
 * test parses every one with `ConsultationSchema`. See docs/consultations.md.
 *
 * @example
 * ```ts
 * import { consultations } from 'gcm-kit/consultations';
 * consultations.find((c) => c.id === 'belarus-2017-05-16')?.city;
 * // => 'Minsk'
 * ```
 */
export const consultations: readonly Consultation[] = /* @__PURE__ */ deepFreeze(records);

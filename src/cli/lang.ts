import { describe } from '../_lib/describe.js';
import { type LabelLanguage, labelLanguages } from '../labels/labels.js';
import { UsageError } from './errors.js';

/** The --lang option: one of the six UN languages, English by default. */
export function parseLang(value: string | undefined, command: string): LabelLanguage {
  if (value === undefined) return 'en';
  if (!(labelLanguages as readonly string[]).includes(value)) {
    throw new UsageError(
      `${command}: unknown language ${describe(value)}; expected one of ${labelLanguages.join(', ')}`,
    );
  }
  return value as LabelLanguage;
}

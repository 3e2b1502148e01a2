/**
 * gcm-kit/labels: labels of the thematic sessions, objectives, guiding
 * principles, phases and MiGOF in the six UN languages, only where a source
 * in that language was read, each citing it. A separate entry, so that the
 * root entry's date helpers never load them.
 *
 * @packageDocumentation
 * @module gcm-kit/labels
 */
export { getLabel, type Label, type LabelledItem } from './getLabel.js';
export {
  type LabelDataset,
  type LabelLanguage,
  type LabelRecord,
  labelDatasets,
  labelLanguages,
  labels,
} from './labels.js';

import { withoutContactDetails } from '../../core/model.js';

/** A document as the analysis reads it (`readAnalysisInput`): its people without their contact details. */
export function asAnalysed<T extends { people: ReadonlyArray<object> }>(doc: T): T {
  return { ...doc, people: doc.people.map(withoutContactDetails) };
}

import { CONTACT_DETAILS } from '../../core/model.js';

/** A document as the analysis reads it (`readAnalysisInput`): its people without their contact details. */
export function asAnalysed<T extends { people: ReadonlyArray<object> }>(doc: T): T {
  const people = doc.people.map((person) => {
    const lean: Record<string, unknown> = { ...person };
    for (const field of CONTACT_DETAILS) delete lean[field];
    return lean;
  });
  return { ...doc, people };
}

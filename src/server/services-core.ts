import { assess } from '../core/analysis/assess.js';
import { buildNetworkView } from '../core/analysis/view.js';
import { strongestPaths } from '../core/coach/paths.js';
import { plan } from '../core/coach/plan.js';
import { compareSnapshots, type Snapshot, takeSnapshot } from '../core/coach/review.js';
import { summarizeSnapshot } from '../core/coach/review-summary.js';
import { coachContext, suggestFrom } from '../core/coach/suggest.js';
import { commitmentsKept } from '../core/findings/rules.js';
import { sampleNetwork } from '../core/sample/index.js';
import { FORMS, type Form } from '../core/vocabulary.js';
import type { ThreefoldDocument } from '../document/schema.js';
import { validateDocument } from '../document/validate.js';
import { invalidInput, notFound } from '../errors.js';
import { parseJson } from '../io/document-file.js';
import { planFormatImport } from '../io/format-import.js';
import { API_EXPORT_FORMATS, exportFile, readUpload } from './file-formats.js';
import type { AssessmentLike, CoachAction, Services } from './services.js';

/** threefold/1 JSON: the format every build reads. */
export function readThreefoldJson(bytes: Uint8Array, filename: string | undefined): ThreefoldDocument {
  const text = new TextDecoder('utf-8', { fatal: false }).decode(bytes);
  try {
    return validateDocument(parseJson(text, filename ?? 'the upload'));
  } catch (err) {
    if (err instanceof Error && /not valid JSON/.test(err.message)) {
      throw invalidInput(err.message, [{ path: 'body', message: 'not JSON' }]);
    }
    throw err;
  }
}

/** The core's functions, wired for the server; the clock is read here, at the edge. */
export function coreServices(): Services {
  return {
    today: () => new Date().toISOString().slice(0, 10),
    // The routes read measures by name, so the typed results are widened to records here.
    assess: (doc, asOf) => assess(doc, { asOf }) as unknown as AssessmentLike,
    suggest: (doc, { asOf, limit }) => ({
      actions: suggestFrom(coachContext(doc, asOf), { limit }).map((a) => ({ ...a }) as CoachAction),
    }),
    paths: (doc, { to, k, asOf }) => {
      const ctx = { view: buildNetworkView(doc, asOf) };
      const target = ctx.view.graph.index.get(to);
      if (target === undefined || target === 0) throw notFound(`no person "${to}"`);
      const paths = strongestPaths(ctx.view.graph, 0, target, k);
      if (paths.length === 0)
        throw notFound(`no chain of known ties leads from you to ${ctx.view.people.get(to)?.name ?? to}`);
      return { paths };
    },
    plan: (doc, { week, budget, hidden }) => {
      const ctx = coachContext(doc, week);
      const minutesByForm = Object.fromEntries(
        FORMS.map((f) => [f, ctx.measures.forms[f].minutesRecent]),
      ) as Record<Form, number>;
      return plan(suggestFrom(ctx, hidden ? { hidden } : {}), {
        week,
        budgetMinutes: budget ?? 180,
        minutesByForm,
      });
    },
    snapshot: (doc, asOf) => {
      const ctx = coachContext(doc, asOf);
      return takeSnapshot(ctx.view, ctx.measures, commitmentsKept(ctx.view));
    },
    compare: (previous, current) => compareSnapshots(previous as Snapshot, current as Snapshot),
    summarize: (snapshot, previous) =>
      summarizeSnapshot(snapshot as Snapshot, previous as Snapshot | undefined),
    sample: () => sampleNetwork({ asOf: new Date().toISOString().slice(0, 10) }),
    readFile: (bytes, filename, options) => readUpload(bytes, filename, options, readThreefoldJson),
    planImport: (existing, parsed, opts) => planFormatImport(existing, parsed, opts),
    exportFormats: () => API_EXPORT_FORMATS,
    exportAs: (doc, format, asOf) => exportFile(doc, format, asOf),
  };
}

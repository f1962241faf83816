import { z } from 'zod';
import { importNetwork, importPlanned, loadSample } from '../../app/network.js';
import type { ThreefoldDocument } from '../../document/schema.js';
import { conflict, invalidInput } from '../../errors.js';
import { type FormatImportSummary, ownerEmailOf } from '../../io/format-import.js';
import { IMPORT_FORMATS } from '../../io/formats/types.js';
import { readBody, UPLOAD_BODY_LIMIT } from '../body.js';
import { param } from '../list-query.js';
import { type Route, route } from '../route.js';
import { asOfOr, currentDocument, DateParam, type RouteContext } from './context.js';

const FILENAME_RE = /^[^/\\\0]{1,255}$/;

/** Pulls the file out of a multipart body; a raw body is the file itself. */
async function uploadedFile(
  req: Request,
  filenameParam: string | undefined,
): Promise<{ bytes: Uint8Array; filename: string | undefined; contentType: string | undefined }> {
  const type = req.headers.get('content-type') ?? undefined;
  const bytes = await readBody(req, UPLOAD_BODY_LIMIT);
  if (type && /^multipart\/form-data/i.test(type)) {
    // Re-wrap the bytes already counted against the limit and let the platform parse the parts.
    const form = await new Response(bytes, { headers: { 'content-type': type } }).formData().catch(() => {
      throw invalidInput('the multipart body could not be read', [
        { path: 'body', message: 'malformed multipart' },
      ]);
    });
    const file = form.get('file');
    if (!(file instanceof Blob)) {
      throw invalidInput('body.file: a multipart upload needs a `file` field', [
        { path: 'body.file', message: 'required' },
      ]);
    }
    const name = filenameParam ?? ('name' in file && typeof file.name === 'string' ? file.name : undefined);
    return {
      bytes: new Uint8Array(await file.arrayBuffer()),
      filename: name,
      contentType: file.type || undefined,
    };
  }
  return { bytes, filename: filenameParam, contentType: type };
}

export function ioRoutes(ctx: RouteContext): Route[] {
  return [
    route({
      method: 'post',
      path: '/api/import',
      operationId: 'import',
      summary: 'Import a file (threefold/1 JSON or any format the importers detect)',
      tag: 'io',
      query: z.object({
        filename: z
          .string()
          .regex(FILENAME_RE, 'must be a plain file name')
          .optional()
          .meta({ description: 'the file name, which helps detect the format' }),
        mode: z.enum(['new', 'merge', 'replace']).default('new').meta({
          description:
            'threefold/1: new into an empty database, merge by id, replace to start over; other formats: new and merge add to the network (matching people already there), replace starts over with the owner kept',
        }),
        format: z
          .enum(IMPORT_FORMATS)
          .optional()
          .meta({ description: 'the format, when the content does not tell' }),
        dryRun: param.bool('answer the summary, write nothing'),
        skipInvalid: param.bool('import the readable records and list the others in `invalid`'),
        ownerEmail: z
          .string()
          .min(3)
          .max(320)
          .optional()
          .meta({ description: "calendar: the owner's address (default: the owner's first e-mail)" }),
        maxAttendees: z.coerce
          .number()
          .int()
          .min(1)
          .max(10_000)
          .optional()
          .meta({ description: 'calendar: meetings with more attendees are skipped (default 25)' }),
        asOf: DateParam.optional().meta({ description: 'calendar: meetings before this date are past' }),
      }),
      body: 'upload',
      response: z.looseObject({}),
      errors: [409],
      handler: async ({ query, c }) => {
        const file = await uploadedFile(c.req.raw, query.filename);
        if (file.bytes.byteLength === 0) {
          throw invalidInput('body: the upload is empty', [{ path: 'body', message: 'empty' }]);
        }
        const owner = await ctx.store.owner();
        const existing = owner ? await ctx.store.exportDocument() : undefined;
        const upload = ctx.services.readFile(file.bytes, file.filename, {
          format: query.format,
          contentType: file.contentType,
          asOf: asOfOr(ctx, query.asOf),
          ownerEmail: ownerEmailOf(existing, query.ownerEmail),
          maxAttendees: query.maxAttendees,
        });
        if (upload.format === 'json') {
          // A dry run goes through every check of the real import, then writes nothing.
          const summary = await importNetwork(ctx.store, upload.doc, query.mode, {
            at: new Date().toISOString(),
            ...(query.dryRun ? { dryRun: true } : {}),
          });
          return { format: 'json', mode: query.mode, dryRun: Boolean(query.dryRun), ...(summary as object) };
        }
        if (!owner || !existing) {
          throw conflict(
            'this database has no owner yet: set one (PUT /api/owner) before importing contacts, a calendar or a graph',
          );
        }
        // Replace starts over: the file is resolved against nobody, the owner stays.
        const base: ThreefoldDocument =
          query.mode === 'replace'
            ? { format: existing.format, owner: existing.owner, people: [] }
            : existing;
        const { doc, summary } = ctx.services.planImport(base, upload.parsed, {
          file: file.filename ?? 'the upload',
          dryRun: Boolean(query.dryRun),
          skipInvalid: Boolean(query.skipInvalid),
        });
        let backup: unknown;
        if (!query.dryRun) {
          const written = (await importPlanned(
            ctx.store,
            existing,
            doc,
            query.mode === 'replace' ? 'replace' : 'merge',
            { at: new Date().toISOString() },
          )) as { changes?: FormatImportSummary['changes']; backup?: unknown };
          summary.changes = written.changes;
          backup = written.backup;
        }
        return { ...summary, mode: query.mode, ...(backup ? { backup } : {}) };
      },
    }),
    route({
      method: 'get',
      path: '/api/export',
      operationId: 'export',
      summary: 'Download the network: threefold/1 JSON (default), gexf, graphml, vcard, csv or kumu',
      tag: 'io',
      query: z.object({
        format: z.string().min(1).max(40).default('threefold').meta({ description: 'export format' }),
      }),
      response: z.unknown().meta({ description: 'the file' }),
      handler: async ({ query, c }) => {
        const formats = ctx.services.exportFormats();
        if (!formats.includes(query.format)) {
          throw invalidInput(`query.format: unknown format "${query.format}"; one of ${formats.join(', ')}`, [
            { path: 'query.format', message: `one of ${formats.join(', ')}` },
          ]);
        }
        const out = ctx.services.exportAs(await currentDocument(ctx), query.format, ctx.services.today());
        const name = `threefold-${ctx.services.today()}.${out.extension}`;
        c.header('content-type', out.contentType);
        c.header('content-disposition', `attachment; filename="${name}"`);
        return c.body(typeof out.body === 'string' ? out.body : new Uint8Array(out.body));
      },
    }),
    route({
      method: 'post',
      path: '/api/sample',
      operationId: 'loadSample',
      summary: 'Load the sample network into an empty database',
      tag: 'io',
      status: 201,
      response: z.looseObject({}),
      errors: [409],
      handler: () => loadSample(ctx.store, ctx.services.sample()),
    }),
  ];
}

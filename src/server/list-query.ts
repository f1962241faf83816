import { z } from 'zod';
import { isIsoDate } from '../document/dates.js';

export const MAX_PAGE = 1000;

export interface ListQuery {
  limit: number;
  offset: number;
  sort: { field: string; desc: boolean } | undefined;
  /** Collection-specific filters, already validated; absent keys are not filtered on. */
  filters: Record<string, string | number | boolean | undefined>;
}

export interface Page<T> {
  items: T[];
  total: number;
  limit: number;
  offset: number;
  /** Offset of the next page, null on the last one. */
  next: number | null;
}

const booleanParam = z
  .enum(['true', 'false', '1', '0'])
  .transform((v) => v === 'true' || v === '1')
  .meta({ type: 'boolean' });

export const param = {
  text: (description: string) => z.string().min(1).max(200).optional().meta({ description }),
  int: (description: string, min: number, max: number) =>
    z.coerce.number().int().min(min).max(max).optional().meta({ description }),
  bool: (description: string) => booleanParam.optional().meta({ description }),
  date: (description: string) =>
    z
      .string()
      .refine(isIsoDate, { message: 'must be an ISO date such as 2026-03-01' })
      .optional()
      .meta({ description }),
  oneOf: <T extends readonly [string, ...string[]]>(values: T, description: string) =>
    z.enum(values).optional().meta({ description }),
};

/**
 * The query schema of a list: paging, `sort` (`name` or `-name` for descending) among the
 * collection's sortable fields, and its filters.
 */
export function listQuerySchema(
  sortable: readonly [string, ...string[]],
  filters: Record<string, z.ZodType>,
) {
  const sortValues = sortable.flatMap((f) => [f, `-${f}`]) as [string, ...string[]];
  return z.object({
    limit: z.coerce
      .number()
      .int('must be a whole number')
      .min(1)
      .max(MAX_PAGE)
      .default(50)
      .meta({ description: `page size, 1..${MAX_PAGE}` }),
    offset: z.coerce
      .number()
      .int('must be a whole number')
      .min(0)
      .default(0)
      .meta({ description: 'items to skip' }),
    sort: z
      .enum(sortValues)
      .optional()
      .meta({ description: `sort field, prefixed with - for descending: ${sortable.join(', ')}` }),
    ...filters,
  });
}

export function toListQuery(parsed: Record<string, unknown>): ListQuery {
  const { limit, offset, sort, ...filters } = parsed as {
    limit: number;
    offset: number;
    sort?: string;
  } & Record<string, string | number | boolean | undefined>;
  return {
    limit,
    offset,
    sort: sort === undefined ? undefined : { field: sort.replace(/^-/, ''), desc: sort.startsWith('-') },
    filters,
  };
}

export function pageOf<T>(items: T[], total: number, q: ListQuery): Page<T> {
  const end = q.offset + items.length;
  return { items, total, limit: q.limit, offset: q.offset, next: end < total ? end : null };
}

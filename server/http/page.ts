import type { PageQuery } from '../../schemas/types.ts';
import { validate } from '../validation/schema.validator.ts';

/** Validated `limit`/`offset` of a list request (query strings are text, so digits become numbers first). */
export function pageOf(req: { query: Record<string, unknown> }): { limit: number; offset: number } {
  const raw = Object.fromEntries(
    Object.entries(req.query)
      .filter(([, v]) => v !== undefined)
      .map(([k, v]) => [k, typeof v === 'string' && /^\d{1,9}$/.test(v) ? Number(v) : v]),
  );
  const page = validate<PageQuery>('common.json#/$defs/pageQuery', raw);
  return { limit: page.limit ?? 50, offset: page.offset ?? 0 };
}

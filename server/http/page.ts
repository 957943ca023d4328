import type { Page } from '../repositories/document.repository.ts';

/**
 * The one list envelope (common.json#/$defs/page): `items`, `total` of them in all, from `offset`, at most
 * `limit` on the page. A list answered whole is one page of all its items.
 */
export function pageOf<T>(items: T[], at: Partial<Omit<Page<T>, 'items'>> = {}): Page<T> {
  return { items, total: at.total ?? items.length, limit: at.limit ?? items.length, offset: at.offset ?? 0 };
}

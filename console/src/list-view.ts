/**
 * The pure part of the console's entity lists: search (accent- and case-insensitive), filters, sort and
 * paging over rows already loaded. entity-list.tsx draws it; tests run it without a browser.
 */

/** Text as a search compares it: lower case, without diacritics ("Lệ Thanh" → "le thanh", "Đ" → "d"). */
export function fold(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .toLowerCase()
    .normalize('NFC');
}

/** Whether every word of `query` occurs in one of `texts`, diacritics ignored unless `exact` is asked. */
export function matches(query: string, texts: readonly string[], exact = false): boolean {
  const norm = exact ? (s: string) => s.toLowerCase() : fold;
  const words = norm(query).split(/\s+/).filter(Boolean);
  if (words.length === 0) return true;
  const haystack = texts.map(norm).join('\n');
  return words.every((w) => haystack.includes(w));
}

export type SortDirection = 'ascending' | 'descending';
export interface SortState {
  key: string;
  direction: SortDirection;
}

/** What the list shows: the rows of one page, and where that page sits. */
export interface ListView<T> {
  rows: T[];
  /** Rows that pass search and filters, over all pages. */
  total: number;
  page: number;
  pages: number;
}

export interface ViewInput<T> {
  rows: readonly T[];
  query: string;
  exact?: boolean;
  texts: (row: T) => readonly string[];
  /** Each chosen filter as a predicate; an unchosen one is left out. */
  tests: readonly ((row: T) => boolean)[];
  sort?: SortState | undefined;
  sortValue?: ((row: T, key: string) => string | number | undefined) | undefined;
  page: number;
  pageSize: number;
}

const collator = new Intl.Collator(['vi', 'en'], { numeric: true, sensitivity: 'base' });

/** Compares two sort values: numbers as numbers, text in Vietnamese order, missing values last. */
export function compareValues(a: string | number | undefined, b: string | number | undefined): number {
  if (a === undefined || a === '') return b === undefined || b === '' ? 0 : 1;
  if (b === undefined || b === '') return -1;
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  return collator.compare(String(a), String(b));
}

/** Search, filter, sort (stable) and cut one page; a page past the end shows the last one. */
export function viewOf<T>(input: ViewInput<T>): ListView<T> {
  const kept = input.rows.filter(
    (row) => input.tests.every((test) => test(row)) && matches(input.query, input.texts(row), input.exact),
  );
  const { sort, sortValue } = input;
  if (sort && sortValue) {
    const sign = sort.direction === 'ascending' ? 1 : -1;
    const keyed = kept.map((row, index) => ({ row, index, value: sortValue(row, sort.key) }));
    keyed.sort((a, b) => {
      // Missing values stay last whichever way the column is sorted.
      const aMissing = a.value === undefined || a.value === '';
      const bMissing = b.value === undefined || b.value === '';
      if (aMissing !== bMissing) return aMissing ? 1 : -1;
      return sign * compareValues(a.value, b.value) || a.index - b.index;
    });
    kept.splice(0, kept.length, ...keyed.map((k) => k.row));
  }
  const pageSize = Math.max(1, input.pageSize);
  const pages = Math.max(1, Math.ceil(kept.length / pageSize));
  const page = Math.min(Math.max(1, input.page), pages);
  return { rows: kept.slice((page - 1) * pageSize, page * pageSize), total: kept.length, page, pages };
}

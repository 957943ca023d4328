import { describe, expect, it } from 'vitest';
import { fold, matches, viewOf } from './list-view.ts';

const rows = Array.from({ length: 45 }, (_, i) => ({
  name: i === 7 ? 'Giờ mở cửa Lệ Thanh' : `Thông điệp ${String(i).padStart(2, '0')}`,
  updated: i,
}));
const base = {
  rows,
  query: '',
  texts: (r: (typeof rows)[number]) => [r.name],
  tests: [],
  page: 1,
  pageSize: 20,
};

describe('list view', () => {
  it('folds Vietnamese diacritics and đ for search', () => {
    expect(fold('Lệ Thanh ĐỒNG')).toBe('le thanh dong');
    expect(matches('le thanh', ['Giờ mở cửa Lệ Thanh'])).toBe(true);
    expect(matches('lệ', ['Le Thanh'], true)).toBe(false);
    expect(matches('gio cua', ['Giờ mở cửa'])).toBe(true);
  });

  it('pages by 20 and clamps a page past the end', () => {
    const v = viewOf({ ...base, page: 9 });
    expect(v).toMatchObject({ total: 45, pages: 3, page: 3 });
    expect(v.rows).toHaveLength(5);
  });

  it('finds a row by accent-free search and sorts descending', () => {
    expect(viewOf({ ...base, query: 'le thanh' }).rows.map((r) => r.name)).toEqual(['Giờ mở cửa Lệ Thanh']);
    const sorted = viewOf({
      ...base,
      sort: { key: 'updated', direction: 'descending' },
      sortValue: (r) => r.updated,
    });
    expect(sorted.rows[0]?.updated).toBe(44);
  });

  it('applies every chosen filter', () => {
    const v = viewOf({ ...base, tests: [(r) => r.updated % 2 === 0, (r) => r.updated < 10] });
    expect(v.rows.map((r) => r.updated)).toEqual([0, 2, 4, 6, 8]);
  });
});

/** The lists and editors of messages and playlists strings of the one catalogue (merged into it by i18n.ts). */
export const contentMessages = {
  // entity-list.tsx: every list of the console.
  listSearch: { vi: 'Tìm kiếm', en: 'Search' },
  listSearchFor: { vi: 'Tìm trong {what}', en: 'Search {what}' },
  listSearchHint: {
    vi: 'Tìm theo tên và nội dung; không phân biệt dấu và chữ hoa.',
    en: 'Searches names and texts; accents and capitals are ignored.',
  },
  listSearchHintExact: {
    vi: 'Tìm theo tên và nội dung; phân biệt dấu.',
    en: 'Searches names and texts; accents must match.',
  },
  listExact: { vi: 'Phân biệt dấu', en: 'Match accents' },
  listAll: { vi: 'Tất cả', en: 'All' },
  listCount: { vi: '{count} mục', en: '{count} items' },
  listNoMatch: {
    vi: 'Không có mục nào khớp với tìm kiếm và bộ lọc.',
    en: 'Nothing matches the search and filters.',
  },
  listActions: { vi: 'Thao tác', en: 'Actions' },
  listPaging: { vi: 'Phân trang {what}', en: '{what} pages' },
  listPrevious: { vi: 'Trang trước', en: 'Previous page' },
  listNext: { vi: 'Trang sau', en: 'Next page' },
  listPage: { vi: 'Trang {page}/{pages}', en: 'Page {page} of {pages}' },
  listOpen: { vi: 'Mở', en: 'Open' },
  listOpenFor: { vi: 'Mở {name}', en: 'Open {name}' },
  listDuplicate: { vi: 'Nhân bản', en: 'Duplicate' },
  listDuplicateFor: { vi: 'Nhân bản {name}', en: 'Duplicate {name}' },
  listDelete: { vi: 'Xóa', en: 'Delete' },
  listDeleteFor: { vi: 'Xóa {name}', en: 'Delete {name}' },
} satisfies Record<string, { vi: string; en: string }>;

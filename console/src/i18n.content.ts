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

  // messages.tsx and message-editor.tsx.
  noMessages: { vi: 'Chưa có thông điệp nào.', en: 'No messages yet.' },
  colUpdated: { vi: 'Cập nhật', en: 'Updated' },
  stateRejected: { vi: 'Bị từ chối', en: 'Rejected' },
  filterHasLanguage: { vi: 'Có ngôn ngữ', en: 'Has language' },
  filterLacksLanguage: { vi: 'Thiếu ngôn ngữ', en: 'Lacks language' },
  confirmDeleteMessage: {
    vi: 'Xóa thông điệp “{name}”? Không thể hoàn tác.',
    en: 'Delete the message “{name}”? This cannot be undone.',
  },
  deleteRefused: { vi: 'Chưa xóa “{name}”. {reason}', en: '“{name}” was not deleted. {reason}' },
  copyName: { vi: '{name} (bản sao)', en: '{name} (copy)' },
  duplicateOf: { vi: 'Nhân bản {name}', en: 'Duplicate of {name}' },
  ownerLegend: { vi: 'Thuộc về', en: 'Belongs to' },
  ownerNational: { vi: 'Toàn quốc', en: 'National' },
  ownerProvince: { vi: 'Một tỉnh', en: 'A province' },
  ownerGate: { vi: 'Một cửa khẩu', en: 'A gate' },
  ownerProvinceOf: { vi: 'Tỉnh {province}', en: '{province} province' },
  ownerMoved: {
    vi: 'Bạn đang chuyển thông điệp sang nơi khác: khi lưu, nó sẽ thuộc về nơi mới chọn.',
    en: 'You are moving this message: once saved, it belongs to the place chosen.',
  },
  levelLabel: { vi: 'Mức độ', en: 'Level' },
  levelNormal: { vi: 'Bình thường', en: 'Normal' },
  levelPriority: { vi: 'Ưu tiên', en: 'Priority' },
  levelEmergency: { vi: 'Khẩn cấp', en: 'Emergency' },
  fieldTitle: { vi: 'Tiêu đề ({lang})', en: 'Title ({lang})' },
  fieldBody: { vi: 'Nội dung ({lang})', en: 'Text ({lang})' },
  fieldTicker: { vi: 'Dòng chữ chạy ({lang})', en: 'Ticker ({lang})' },
  addLanguageHint: {
    vi: 'Mã ngôn ngữ (vd. km, lo, jra), rồi nhấn Enter hoặc nút Thêm.',
    en: 'A language code (e.g. km, lo, jra), then Enter or the Add button.',
  },
  languageTagInvalid: {
    vi: 'Mã ngôn ngữ không hợp lệ: dùng mã như vi, km, lo, zh-Hans, jra.',
    en: 'Not a language code: use codes such as vi, km, lo, zh-Hans, jra.',
  },
  looksUntranslated: {
    vi: 'Trông như chưa dịch: giống hệt bản {lang}.',
    en: 'Looks untranslated: the same as the {lang} text.',
  },
  uncoveredIn: {
    vi: '{field}: phông chữ không có ký tự {chars}; trên màn hình sẽ hiện ô trống.',
    en: '{field}: no font has {chars}; the screens would show empty boxes.',
  },
  missingHint: {
    vi: 'Có thể gửi khi còn thiếu, nếu bạn xác nhận từng ngôn ngữ: màn hình sẽ bỏ qua ngôn ngữ đó cho thông điệp này.',
    en: 'You may submit with languages missing once you acknowledge each: screens skip that language for this message.',
  },
  acknowledgeMissing: {
    vi: 'Tôi biết còn thiếu {lang} (cần cho {gates})',
    en: 'I know {lang} is missing (needed at {gates})',
  },
  acknowledgeFirst: {
    vi: 'Chưa gửi được: hãy đánh dấu xác nhận từng ngôn ngữ còn thiếu, hoặc bổ sung bản dịch.',
    en: 'Not submitted: acknowledge each missing language, or add its text.',
  },
  uncoveredFirst: {
    vi: 'Chưa gửi được: hãy bỏ các ký tự không có phông chữ (xem cảnh báo bên cạnh từng ô).',
    en: 'Not submitted: remove the characters no font covers (see the warning beside each field).',
  },
  fixMarkedFields: {
    vi: 'Chưa lưu được: hãy sửa ô có thông báo lỗi bên cạnh.',
    en: 'Not saved: correct the field with the error beside it.',
  },
} satisfies Record<string, { vi: string; en: string }>;

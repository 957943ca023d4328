/** The approval review strings of the one catalogue (merged into it by i18n.ts). */
export const reviewMessages = {
  rvQueueCount: { vi: '{n} mục đang chờ duyệt', en: '{n} items waiting for approval' },
  rvSubmittedBy: { vi: '{by} gửi lúc {time}', en: 'Sent by {by} at {time}' },
  rvNew: { vi: 'Mới, chưa từng được duyệt', en: 'New, never approved' },
  rvChangedParts: { vi: 'Những phần thay đổi', en: 'What changed' },
  rvNothingChanged: {
    vi: 'Không có gì khác với bản đang phát.',
    en: 'Nothing differs from the version on screens.',
  },
  rvChangeLine: { vi: '{what}: {before} → {after}', en: '{what}: {before} → {after}' },
  rvNone: { vi: '(không có)', en: '(none)' },
  rvBefore: { vi: 'Trước (đang phát)', en: 'Before (on screens)' },
  rvAfter: { vi: 'Sau (đề xuất)', en: 'After (proposed)' },
  rvName: { vi: 'Tên', en: 'Name' },
  rvLevel: { vi: 'Mức độ', en: 'Level' },
  rvLevel_normal: { vi: 'Bình thường', en: 'Normal' },
  rvLevel_priority: { vi: 'Ưu tiên', en: 'Priority' },
  rvLevel_emergency: { vi: 'Khẩn cấp', en: 'Emergency' },
  rvOwner: { vi: 'Thuộc về', en: 'Belongs to' },
  rvOwnerNational: { vi: 'Toàn quốc', en: 'National' },
  rvOwnerProvince: { vi: 'Tỉnh {name}', en: '{name} province' },
  rvUnknown: { vi: '(không rõ)', en: '(unknown)' },
  rvTags: { vi: 'Nhãn', en: 'Tags' },

  // A message, per language
  rvTextsHeading: { vi: 'Nội dung theo ngôn ngữ', en: 'Text by language' },
  rvField_title: { vi: 'Tiêu đề', en: 'Title' },
  rvField_body: { vi: 'Nội dung', en: 'Body' },
  rvField_ticker: { vi: 'Dòng chữ chạy', en: 'Ticker' },
  rvLangAdded: { vi: 'Ngôn ngữ mới thêm', en: 'Language added' },
  rvLangRemoved: { vi: 'Ngôn ngữ bị bỏ', en: 'Language removed' },
  rvLangChanged: { vi: 'Có thay đổi', en: 'Changed' },
  rvLangSame: { vi: 'Không đổi', en: 'Unchanged' },
  rvInserted: { vi: 'thêm:', en: 'inserted:' },
  rvDeleted: { vi: 'xóa:', en: 'deleted:' },
  rvDiffLegend: {
    vi: 'Chữ bị xóa gạch ngang trên nền đỏ; chữ thêm vào gạch chân trên nền xanh.',
    en: 'Deleted words are struck through on red; inserted words are underlined on green.',
  },
  rvUntranslated: {
    vi: 'Có vẻ chưa dịch: giống hệt bản {other}',
    en: 'Looks untranslated: the same as the {other} text',
  },
  rvMissingHeading: { vi: 'Ngôn ngữ còn thiếu', en: 'Missing languages' },
  rvMissingNone: {
    vi: 'Đủ mọi ngôn ngữ mà các màn hình liên quan hiển thị.',
    en: 'Every language the screens concerned show is there.',
  },
  rvMissingIntro: {
    vi: 'Màn hình ở các cửa khẩu liên quan hiển thị những ngôn ngữ sau nhưng thông điệp chưa có; khi phát, màn hình sẽ bỏ qua chúng:',
    en: 'Screens at the gates concerned show these languages, which the message lacks; on screens they are skipped:',
  },
  rvMissingAcknowledged: {
    vi: '{lang}: {by} đã xác nhận để trống khi gửi duyệt',
    en: '{lang}: {by} acknowledged it when submitting',
  },
  rvMissingUnacknowledged: {
    vi: '{lang}: tác giả chưa xác nhận để trống',
    en: '{lang}: not acknowledged by the author',
  },
  rvPreviewHeading: { vi: 'Xem trước trên màn hình', en: 'Preview on a screen' },
  rvPreviewBefore: { vi: 'Bản đang phát', en: 'On screens now' },
  rvPreviewAfter: { vi: 'Bản đề xuất', en: 'Proposed' },
  rvPreviewNothingBefore: {
    vi: 'Chưa có bản nào được duyệt để so sánh.',
    en: 'No approved version to compare with.',
  },

  // A playlist
  rvItemsHeading: { vi: 'Các mục phát', en: 'Items' },
  rvItemMessage: { vi: 'Thông điệp «{name}», {seconds} giây', en: 'Message “{name}”, {seconds} s' },
  rvItemImage: { vi: 'Hình ảnh «{name}», {seconds} giây', en: 'Image “{name}”, {seconds} s' },
  rvItemVideo: { vi: 'Video «{name}», {seconds} giây', en: 'Video “{name}”, {seconds} s' },
  rvItemClock: { vi: 'Đồng hồ, {seconds} giây', en: 'Clock, {seconds} s' },
  rvItemAdded: { vi: 'Thêm mới', en: 'Added' },
  rvItemRemoved: { vi: 'Bỏ đi', en: 'Removed' },
  rvItemKept: { vi: 'Giữ nguyên', en: 'Kept' },
  rvItemsNone: { vi: 'Không có mục nào.', en: 'No items.' },
  rvLanguages: { vi: 'Ngôn ngữ', en: 'Languages' },
  rvLanguagesOfScreen: { vi: 'Theo màn hình', en: 'As each screen shows' },

  // A schedule
  rvWhenHeading: { vi: 'Phát khi nào, ở đâu', en: 'When and where' },
  rvPlaylist: { vi: 'Danh sách phát', en: 'Playlist' },
  rvEnabled: { vi: 'Trạng thái', en: 'Status' },
  rvOn: { vi: 'Đang bật', en: 'On' },
  rvOff: { vi: 'Đang tắt', en: 'Off' },
  rvTimelineBefore: { vi: 'Khung giờ trước', en: 'Slots before' },
  rvTimelineAfter: { vi: 'Khung giờ sau', en: 'Slots after' },
  rvTimelineCaption: {
    vi: 'Khung giờ trong tuần (0–24 giờ, theo giờ cửa khẩu)',
    en: 'Slots in the week (0–24 h, gate time)',
  },
  rvSlotTimes: { vi: '{from}–{until}', en: '{from}–{until}' },
  rvTimelineUnknown: {
    vi: 'Lịch theo biểu thức cron này không vẽ được trên tuần; xem câu mô tả ở trên.',
    en: 'This cron expression cannot be drawn on a week; read the sentence above.',
  },
  rvUnapproved: {
    vi: 'Chưa được duyệt nên sẽ chưa lên màn hình: {names}',
    en: 'Not approved yet, so not shown on screens: {names}',
  },

  // Decision
  rvDecision: { vi: 'Quyết định', en: 'Decision' },
  rvApprove: { vi: 'Duyệt và đưa lên màn hình', en: 'Approve and put on screens' },
  rvReject: { vi: 'Từ chối', en: 'Reject' },
  rvReason: { vi: 'Lý do từ chối (tác giả sẽ thấy)', en: 'Why it is rejected (the author sees this)' },
  rvReasonMissing: {
    vi: 'Hãy ghi lý do từ chối để tác giả biết cần sửa gì.',
    en: 'Say why it is rejected, so the author knows what to fix.',
  },
  rvClose: { vi: 'Đóng', en: 'Close' },
  rvApproved: { vi: 'Đã duyệt «{name}».', en: 'Approved “{name}”.' },
  rvRejected: {
    vi: 'Đã trả «{name}» về cho tác giả kèm lý do.',
    en: 'Sent “{name}” back to its author with the reason.',
  },
  rvOnScreensNow: { vi: 'Đang lên màn hình.', en: 'It is on screens now.' },
  rvOnScreensAt: { vi: 'Sẽ lên màn hình lúc {when}.', en: 'It will reach screens at {when}.' },
  rvOnScreensNever: {
    vi: 'Chưa có màn hình nào phát trong 7 ngày tới (chưa có lịch phát nào đã duyệt đưa nó lên).',
    en: 'No screen plays it in the coming days (no approved schedule puts it on).',
  },
  rvLoading: { vi: 'Đang tải…', en: 'Loading…' },
} satisfies Record<string, { vi: string; en: string }>;

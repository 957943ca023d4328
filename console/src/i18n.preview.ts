/** The live preview strings of the one catalogue (merged into it by i18n.ts). */
export const previewMessages = {
  previewHeading: { vi: 'Xem trước', en: 'Preview' },
  previewScreen: { vi: 'Màn hình xem trước', en: 'Preview screen' },
  previewFrame: {
    vi: 'Xem trước trên {screen} ({size})',
    en: 'Preview on {screen} ({size})',
  },
  previewHint: {
    vi: 'Do trình phát thật vẽ, đúng độ phân giải của màn hình, lần lượt từng ngôn ngữ.',
    en: 'Drawn by the real player at the screen’s exact resolution, each language in turn.',
  },
  previewNoScreens: {
    vi: 'Chưa có màn hình nào để xem trước.',
    en: 'There is no screen to preview on.',
  },
  previewNothing: { vi: 'Chưa có nội dung để xem trước.', en: 'Nothing to preview yet.' },
  previewShowing: {
    vi: 'Đang hiển thị {n}/{total}: {name} — {lang}',
    en: 'Showing {n}/{total}: {name} — {lang}',
  },
  previewNext: { vi: 'Chuyển nhanh tới mục sau', en: 'Fast-forward to the next item' },
  previewLoop: { vi: 'Xem trước vòng phát', en: 'Preview the loop' },
  previewLoopClose: { vi: 'Đóng xem trước', en: 'Close the preview' },
};

/** The live preview strings of the one catalogue (merged into it by i18n.ts). */
export const previewMessages = {
  previewHeading: { vi: 'Xem trước', en: 'Preview' },
  previewScreen: { vi: 'Màn hình xem trước', en: 'Preview screen' },
  previewFrame: {
    vi: 'Xem trước trên {screen} ({size})',
    en: 'Preview on {screen} ({size})',
  },
  previewHint: {
    vi: 'Do trình phát thật vẽ, đúng độ phân giải của màn hình, lần lượt từng ngôn ngữ màn hình đó hiển thị.',
    en: 'Drawn by the real player at the screen’s exact resolution, in turn in each language that screen shows.',
  },
  previewMode: { vi: 'Cỡ xem trước', en: 'Preview size' },
  previewFit: { vi: 'Vừa cửa sổ', en: 'Fit to window' },
  previewActual: { vi: 'Kích thước thật (1:1)', en: 'Actual size (1:1)' },
  previewActualRegion: {
    vi: 'Xem trước kích thước thật {size}, cuộn để xem hết',
    en: 'Actual-size preview {size}, scroll to see all of it',
  },
  previewScaled: { vi: '(thu nhỏ còn {percent}%)', en: '(scaled to {percent}%)' },
  previewLanguages: { vi: 'Màn hình này hiển thị: {langs}.', en: 'This screen shows: {langs}.' },
  previewNoLanguages: {
    vi: 'Màn hình này và cổng của nó chưa có ngôn ngữ nào để hiển thị.',
    en: 'Neither this screen nor its gate has a language to show.',
  },
  previewNotShown: {
    vi: 'Không xem trước {langs}: màn hình này không hiển thị.',
    en: 'Not previewed: {langs} — this screen does not show them.',
  },
  previewNoScreens: {
    vi: 'Nội dung này chưa tới màn hình nào: chưa có gì để xem trước.',
    en: 'This content reaches no screen yet: there is nothing to preview it on.',
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

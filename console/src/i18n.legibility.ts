/** The legibility strings of the one catalogue (merged into it by i18n.ts): readability table, fields. */
export const legibilityMessages = {
  legibilityHeading: { vi: 'Đọc được trên từng màn hình', en: 'Readable on each screen' },
  legibilityHint: {
    vi: 'Do trình phát đo, đúng như màn hình sẽ vẽ: cỡ chữ của nội dung, cỡ tối thiểu của màn hình, số trang khi chữ dài.',
    en: 'Measured by the player, exactly as the screen will draw it: the body text size, the screen’s minimum, and the pages when the text is long.',
  },
  legibilityScreen: { vi: 'Màn hình', en: 'Screen' },
  legibilityLanguage: { vi: 'Ngôn ngữ', en: 'Language' },
  legibilityResult: { vi: 'Kết quả', en: 'Result' },
  legibilityMeasuring: { vi: 'Đang đo…', en: 'Measuring…' },
  legibilityNothing: {
    vi: 'Chưa có màn hình nào hiển thị nội dung này bằng ngôn ngữ đã viết.',
    en: 'No screen shows this content in a language it is written in yet.',
  },
  legibilityReadable: {
    vi: 'Đọc được: chữ {px} px (tối thiểu {floor} px)',
    en: 'Readable: text {px} px (minimum {floor} px)',
  },
  legibilityPages: {
    vi: 'Đọc được, chia {pages} trang: chữ {px} px (tối thiểu {floor} px)',
    en: 'Readable in {pages} pages: text {px} px (minimum {floor} px)',
  },
  legibilityCut: {
    vi: 'Không đọc được: chữ bị cắt ngay cả ở {floor} px',
    en: 'Not readable: text is cut even at {floor} px',
  },
  screenLegibility: { vi: 'Cỡ chữ đọc được', en: 'Legibility' },
  screenLegibilityHint: {
    vi: 'Chữ nhỏ nhất màn hình được hiển thị. Để trống thì tính từ khoảng cách xem và bước điểm ảnh (chữ hoa cao bằng khoảng cách / 250), nếu không có thì theo loại màn hình: LED {led} px, trong nhà {indoor} px, ki-ốt {kiosk} px.',
    en: 'The smallest text the screen may show. Left empty, it comes from the viewing distance and pixel pitch (capitals distance / 250 tall), else from the kind: LED {led} px, indoor {indoor} px, kiosk {kiosk} px.',
  },
  screenViewingDistance: { vi: 'Khoảng cách xem (m)', en: 'Viewing distance (m)' },
  screenPixelPitch: { vi: 'Bước điểm ảnh (mm)', en: 'Pixel pitch (mm)' },
  screenMinTextPx: { vi: 'Cỡ chữ tối thiểu (px)', en: 'Minimum text size (px)' },
  screenFloorNow: {
    vi: 'Cỡ tối thiểu hiện tại: {px} px (chữ Khơ-me, chữ Hán không dưới 16 px).',
    en: 'Current minimum: {px} px (Khmer and Chinese text never below 16 px).',
  },
};

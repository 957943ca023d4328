/** The reports page's and charts' strings of the one catalogue (merged into it by i18n.ts). */
export const reportMessages = {
  downloadPlaysXlsx: { vi: 'Tải bảng tính lượt phát (.xlsx)', en: 'Download plays (.xlsx)' },
  downloadAvailabilityXlsx: {
    vi: 'Tải bảng tính khả dụng (.xlsx)',
    en: 'Download availability (.xlsx)',
  },
  alertReportHeading: { vi: 'Cảnh báo của cơ quan chức năng', en: 'Alerts from the authorities' },
  alertReportHint: {
    vi: 'Mỗi cảnh báo trên từng màn hình: hiện từ lúc nào, đến lúc nào, bao nhiêu phút, có ảnh chụp hay không.',
    en: 'Each alert on each screen: shown from when, until when, for how many minutes, with or without a screenshot.',
  },
  downloadAlertsCsv: { vi: 'Tải báo cáo cảnh báo (CSV)', en: 'Download the alert report (CSV)' },
  downloadAlertsXlsx: { vi: 'Tải bảng tính cảnh báo (.xlsx)', en: 'Download the alert report (.xlsx)' },
  reportFilesHint: {
    vi: 'Tệp CSV dùng dấu chấm phẩy và dấu phẩy thập phân, cho Excel cài đặt tiếng Việt; bảng tính .xlsx mở đúng với mọi cài đặt.',
    en: 'The CSV uses semicolons and decimal commas, for Excel set to Vietnamese; the .xlsx opens right whatever the settings.',
  },
  reportPeriod: {
    vi: 'Kỳ báo cáo: {from} – {until}, theo ngày tại từng cổng.',
    en: 'Period: {from} – {until}, in each gate’s own days.',
  },
  colCountedFrom: { vi: 'Tính từ', en: 'Counted from' },
  countedFromHint: {
    vi: 'Màn hình thêm vào giữa kỳ được tính từ lúc tạo, không tính những ngày trước đó.',
    en: 'A screen added during the period is counted from its creation, not for the days before it.',
  },
  chartTime: { vi: 'Thời điểm', en: 'Time' },
} as const;

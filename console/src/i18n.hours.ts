/** Operating hours and dimming: the gate form's editor and the fifth status (merged into the catalogue by i18n.ts). */
export const hoursMessages = {
  statusScheduledOff: { vi: 'Tắt theo lịch', en: 'Off by schedule' },
  onScreenScheduledOff: {
    vi: 'Ngoài giờ hoạt động (tắt theo lịch)',
    en: 'Outside operating hours (off by schedule)',
  },

  hoursLegend: { vi: 'Giờ hoạt động và độ sáng', en: 'Operating hours and dimming' },
  hoursEnabled: {
    vi: 'Màn hình của cửa khẩu này có giờ hoạt động',
    en: 'The screens of this gate have operating hours',
  },
  hoursHint: {
    vi: 'Giờ địa phương của cửa khẩu. Giờ đóng sớm hơn giờ mở: khung giờ kéo sang hôm sau; hai giờ bằng nhau: cả 24 giờ.',
    en: 'Local times of the gate. Closing before opening runs into the next day; two equal times mean 24 hours.',
  },
  hoursPeriod: { vi: 'Khung giờ {n}', en: 'Period {n}' },
  hoursDays: { vi: 'Các ngày', en: 'Days' },
  hoursOpen: { vi: 'Giờ mở', en: 'Opens at' },
  hoursClose: { vi: 'Giờ đóng', en: 'Closes at' },
  hoursAddPeriod: { vi: 'Thêm khung giờ', en: 'Add a period' },
  hoursRemovePeriod: { vi: 'Bỏ khung giờ {n}', en: 'Remove period {n}' },
  hoursOutside: { vi: 'Ngoài giờ hoạt động, màn hình', en: 'Outside operating hours, the screens' },
  hoursOutsideContent: { vi: 'vẫn phát nội dung như thường', en: 'keep playing content as usual' },
  hoursOutsideNight: {
    vi: 'hiện màn hình đêm (đồng hồ tối và tên cửa khẩu)',
    en: 'show the night screen (a dim clock and the gate’s name)',
  },
  hoursOutsideBlack: { vi: 'tắt đen', en: 'go black' },
  hoursScheduledOffNote: {
    vi: 'Màn hình đêm hoặc tắt đen ngoài giờ: trang giám sát ghi «Tắt theo lịch», không báo mất kết nối, và báo cáo khả dụng chỉ tính giờ hoạt động.',
    en: 'Night screen or black outside hours: monitoring says “Off by schedule”, sends no offline alert, and availability counts only operating hours.',
  },
  dimmingLegend: { vi: 'Độ sáng theo giờ trong ngày', en: 'Brightness by time of day' },
  dimmingHint: {
    vi: 'Giảm sáng bằng phần mềm trên toàn khung hình: mỗi mức áp dụng từ giờ đã đặt đến mức kế tiếp, mỗi ngày. Độ sáng của bộ điều khiển màn hình LED vẫn chỉnh bằng phần mềm của hãng.',
    en: 'Software dimming of the whole picture: each level applies from its time until the next one, every day. The LED controller’s own brightness is still set with the vendor’s tool.',
  },
  dimmingFrom: { vi: 'Từ', en: 'From' },
  dimmingLevel: { vi: 'Độ sáng (%)', en: 'Brightness (%)' },
  dimmingAdd: { vi: 'Thêm mức độ sáng', en: 'Add a level' },
  dimmingRemove: { vi: 'Bỏ mức độ sáng {n}', en: 'Remove level {n}' },
  weekdayMon: { vi: 'T2', en: 'Mon' },
  weekdayTue: { vi: 'T3', en: 'Tue' },
  weekdayWed: { vi: 'T4', en: 'Wed' },
  weekdayThu: { vi: 'T5', en: 'Thu' },
  weekdayFri: { vi: 'T6', en: 'Fri' },
  weekdaySat: { vi: 'T7', en: 'Sat' },
  weekdaySun: { vi: 'CN', en: 'Sun' },
} as const;

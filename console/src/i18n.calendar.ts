/** The gate calendar page (Lịch cửa khẩu): merged into the catalogue by i18n.ts. */
export const calendarMessages = {
  navCalendar: { vi: 'Lịch cửa khẩu', en: 'Gate calendar' },
  calHeading: { vi: 'Lịch cửa khẩu', en: 'Gate calendar' },
  calIntro: {
    vi: 'Giờ mở cửa của cửa khẩu trong tuần, các ngày ngoại lệ và ngày lễ của Việt Nam và nước bên kia biên giới, theo giờ địa phương của cửa khẩu. Màn hình chỉ dùng lịch đã được một người thứ hai duyệt; trình phát tự tính dòng trạng thái «Đang mở cửa — đóng lúc 22:00», kể cả khi mất kết nối.',
    en: 'When the crossing is open each week, its exceptions, and the public holidays of Vietnam and of the country across the border, on the gate’s local clock. Screens use only a calendar a second person approved; the player works out the status line “Open — closes at 22:00” itself, even offline.',
  },
  calGate: { vi: 'Cửa khẩu', en: 'Gate' },
  calChooseGate: { vi: 'Chọn một cửa khẩu', en: 'Choose a gate' },
  calNoGates: {
    vi: 'Chưa có cửa khẩu nào trong phạm vi của bạn.',
    en: 'There is no gate in your scope yet.',
  },
  calNoApproved: {
    vi: 'Chưa có lịch nào được duyệt: màn hình chưa hiện trạng thái mở cửa của cửa khẩu này.',
    en: 'No calendar is approved yet: the screens do not show whether this gate is open.',
  },
  calVersions: { vi: 'Các phiên bản của lịch', en: 'Versions of the calendar' },
  calTimeZone: { vi: 'Giờ theo múi giờ của cửa khẩu: ', en: 'Times on the gate’s clock: ' },
  calApprovedBy: {
    vi: 'Đang dùng trên màn hình, do {by} duyệt lúc {at}',
    en: 'In use on the screens, approved by {by} at {at}',
  },
  calDraftBy: {
    vi: 'Do {by} lưu lúc {at}, chờ một người khác duyệt',
    en: 'Saved by {by} at {at}, waiting for someone else to approve it',
  },

  calStatusHeading: { vi: 'Trên màn hình lúc này', en: 'On the screens now' },
  calStatusNow: { vi: 'Trạng thái', en: 'Status' },
  calNextChanges: { vi: 'Những lần đổi trạng thái sắp tới', en: 'Next changes' },
  calNextChangesPassengers: {
    vi: 'Những lần đổi trạng thái sắp tới (hành khách)',
    en: 'Next changes (passengers)',
  },
  calOpensAt: { vi: 'Mở cửa lúc {when}', en: 'Opens at {when}' },
  calClosesAt: { vi: 'Đóng cửa lúc {when}', en: 'Closes at {when}' },

  calEditDraft: { vi: 'Sửa bản nháp', en: 'Edit the draft' },
  calEditNew: { vi: 'Soạn bản nháp', en: 'Write a draft' },
  calFirstHint: {
    vi: 'Cửa khẩu này chưa có lịch: bắt đầu với giờ mở cửa 07:00–22:00 mỗi ngày; hãy sửa rồi lưu bản nháp.',
    en: 'This gate has no calendar yet: it starts open 07:00–22:00 every day; change it, then save the draft.',
  },
  calWeekly: { vi: 'Giờ mở cửa hằng tuần', en: 'Weekly opening hours' },
  calWeeklyHint: {
    vi: 'Giờ đóng sớm hơn giờ mở: khung giờ kéo sang hôm sau; hai giờ bằng nhau: cả 24 giờ. Ngày không thuộc khung giờ nào: đóng cửa.',
    en: 'Closing before opening runs into the next day; two equal times mean 24 hours. A day in no period: closed.',
  },
  calLane: { vi: 'Luồng', en: 'Lane' },
  calLaneAll: { vi: 'Mọi luồng', en: 'Every lane' },
  calLanePassengers: { vi: 'Hành khách', en: 'Passengers' },
  calLaneGoods: { vi: 'Hàng hóa', en: 'Goods' },
  calGoodsOwn: {
    vi: 'Luồng hàng hóa có giờ riêng (không chọn: theo giờ của hành khách)',
    en: 'Goods have hours of their own (unticked: the passengers’ hours)',
  },
  calPeriodOf: { vi: 'Khung giờ {n} của {what}', en: 'Period {n} of {what}' },

  calExceptions: { vi: 'Ngày ngoại lệ', en: 'Exceptions' },
  calExceptionsHint: {
    vi: 'Một ngày đóng cửa hoặc mở theo giờ đặc biệt (sửa chữa, thiên tai, sự kiện). Ngoại lệ được ưu tiên hơn ngày lễ và giờ hằng tuần; lý do hiện trên màn hình cạnh trạng thái.',
    en: 'A day the gate is closed or keeps special hours (works, a disaster, an event). An exception beats holidays and the weekly hours; its reason shows on the screens beside the status.',
  },
  calNoExceptions: { vi: 'Chưa có ngày ngoại lệ nào.', en: 'No exceptions yet.' },
  calExceptionN: { vi: 'Ngoại lệ {n}', en: 'Exception {n}' },
  calExceptionOf: { vi: 'Ngoại lệ {n}: {date}', en: 'Exception {n}: {date}' },
  calExceptionRemove: { vi: 'Bỏ ngoại lệ {date}', en: 'Remove the exception of {date}' },
  calExceptionAdd: { vi: 'Thêm ngày ngoại lệ', en: 'Add an exception' },
  calDate: { vi: 'Ngày', en: 'Date' },
  calEffect: { vi: 'Hôm đó cửa khẩu', en: 'That day the gate' },
  calEffectClosed: { vi: 'đóng cửa cả ngày', en: 'is closed all day' },
  calEffectOpen: { vi: 'mở như thường lệ', en: 'opens as usual' },
  calEffectHours: { vi: 'mở theo giờ đặc biệt', en: 'keeps special hours' },
  calReason: { vi: 'Lý do', en: 'Reason' },
  calTextIn: { vi: '{what}: {lang}', en: '{what}: {lang}' },
  calTextRemove: { vi: 'Bỏ bản {lang}', en: 'Remove the {lang} text' },
  calTextAddLabel: { vi: '{what} bằng ngôn ngữ khác', en: '{what} in another language' },
  calTextAdd: { vi: 'Thêm bản dịch', en: 'Add a translation' },

  calHolidays: { vi: 'Ngày lễ', en: 'Public holidays' },
  calHolidaysHint: {
    vi: 'Ngày lễ của Việt Nam và của nước bên kia biên giới. Lấy danh sách đề xuất của một năm (kể cả các ngày theo âm lịch), chọn hôm đó cửa khẩu làm gì, rồi kiểm tra lại: mỗi năm chính phủ hai nước mới quyết định ngày nghỉ cụ thể (nghỉ bù, nghỉ Tết dài hơn).',
    en: 'Holidays of Vietnam and of the country across the border. Fetch a year’s proposals (lunar dates included), choose what the gate does on each, then check them: each year both governments fix the actual days off (days in lieu, a longer Tết break).',
  },
  calYear: { vi: 'Năm', en: 'Year' },
  calFetchHolidays: { vi: 'Lấy ngày lễ năm {year}', en: 'Fetch the holidays of {year}' },
  calProposalsHeading: { vi: 'Ngày lễ đề xuất năm {year}', en: 'Proposed holidays of {year}' },
  calProposalsHide: { vi: 'Ẩn đề xuất', en: 'Hide the proposals' },
  calProposalsHint: {
    vi: 'Với mỗi ngày lễ, chọn hôm đó cửa khẩu đóng cửa, mở như thường lệ hay mở theo giờ đặc biệt, rồi thêm vào lịch; sau đó vẫn sửa hoặc bỏ được từng ngày.',
    en: 'For each holiday, choose whether the gate is closed, opens as usual or keeps special hours, then add it; each day can still be changed or removed after.',
  },
  calDays: { vi: '{count} ngày', en: '{count} days' },
  calTaken: { vi: 'Đã có trong lịch', en: 'In the calendar' },
  calTakeIn: { vi: 'Thêm vào lịch', en: 'Add to the calendar' },
  calTakeInWhat: { vi: '{name} ({country})', en: '{name} ({country})' },
  calHolidaysIn: {
    vi: 'Ngày lễ trong lịch: {count} ({days} ngày)',
    en: 'Holidays in the calendar: {count} ({days} days)',
  },
  calRemoveDay: { vi: 'Bỏ ngày này', en: 'Remove this day' },
  calNoHolidays: { vi: 'Lịch chưa có ngày lễ nào.', en: 'No holidays in the calendar yet.' },
  calHolidayUnnamed: { vi: 'Ngày lễ chưa có tên', en: 'Unnamed holiday' },
  calHolidayWhat: { vi: '{name} ngày {date}', en: '{name} on {date}' },
  calCountry: { vi: 'Nước', en: 'Country' },
  calHolidayName: { vi: 'Tên ngày lễ', en: 'Holiday name' },
  calHolidayAdd: { vi: 'Thêm ngày lễ khác', en: 'Add another holiday' },

  calSaved: {
    vi: 'Đã lưu bản nháp. Màn hình vẫn dùng lịch đã duyệt cho tới khi một người khác duyệt bản này.',
    en: 'Draft saved. The screens keep the approved calendar until someone else approves this one.',
  },
  calUndo: { vi: 'Hoàn tác thay đổi', en: 'Undo the changes' },
  calSaveFirst: {
    vi: 'Có thay đổi chưa lưu: hãy lưu bản nháp trước khi duyệt.',
    en: 'There are unsaved changes: save the draft before approving.',
  },
  calOwnDraft: {
    vi: 'Bạn đã lưu bản nháp này: cần một người khác duyệt.',
    en: 'You saved this draft: someone else must approve it.',
  },
  calApprove: { vi: 'Duyệt lịch', en: 'Approve the calendar' },
  calApproveHeading: { vi: 'Duyệt lịch của {gate}?', en: 'Approve the calendar of {gate}?' },
  calApproveText: {
    vi: 'Màn hình tại {gate} dùng lịch này ngay: dòng trạng thái và thông điệp giờ mở cửa được cập nhật.',
    en: 'The screens at {gate} use this calendar at once: the status line and the opening-hours message follow it.',
  },
  calApproved: {
    vi: 'Đã duyệt: màn hình tại {gate} dùng lịch này từ bây giờ.',
    en: 'Approved: the screens at {gate} use this calendar from now on.',
  },
  calDiscard: { vi: 'Bỏ bản nháp', en: 'Discard the draft' },
  calDiscardConfirm: {
    vi: 'Bỏ bản nháp lịch của {gate}? Lịch đã duyệt vẫn giữ nguyên.',
    en: 'Discard the draft calendar of {gate}? The approved one stays as it is.',
  },
  calDiscarded: { vi: 'Đã bỏ bản nháp.', en: 'Draft discarded.' },

  calDaysAhead: {
    vi: '{count} ngày tới: những ngày đóng cửa hoặc mở khác thường',
    en: 'The next {count} days: closed or unusual hours',
  },
  calDaysAheadDraft: {
    vi: '{count} ngày tới theo lịch đang soạn: những ngày đóng cửa hoặc mở khác thường',
    en: 'The next {count} days by the calendar being edited: closed or unusual hours',
  },
  calNoNotableDays: {
    vi: 'Trong {count} ngày tới, ngày nào cửa khẩu cũng mở theo giờ hằng tuần.',
    en: 'In the next {count} days the gate keeps its weekly hours every day.',
  },
  calDayClosed: { vi: 'Đóng cửa cả ngày', en: 'Closed all day' },
  calDayOpen: { vi: 'Mở cửa {hours}', en: 'Open {hours}' },
  calDaySpecial: { vi: 'Giờ đặc biệt {hours}', en: 'Special hours {hours}' },
  calByWeekly: { vi: 'theo giờ hằng tuần', en: 'by the weekly hours' },

  // The gate form's digits setting (gate.json digits).
  gateDigits: { vi: 'Chữ số tiếng Khmer và tiếng Lào', en: 'Digits in Khmer and Lao' },
  gateDigitsLatn: { vi: 'Chữ số Ả Rập (0–9)', en: 'Arabic digits (0–9)' },
  gateDigitsNative: { vi: 'Chữ số Khmer/Lào (០–៩, ໐–໙)', en: 'Khmer/Lao digits (០–៩, ໐–໙)' },
  gateDigitsHint: {
    vi: 'Cách màn hình của cửa khẩu viết số (tỷ giá, giờ mở cửa…) bằng tiếng Khmer và tiếng Lào; các ngôn ngữ khác luôn dùng 0–9.',
    en: 'How the gate’s screens write numbers (rates, opening hours…) in Khmer and Lao; other languages always use 0–9.',
  },
} as const;

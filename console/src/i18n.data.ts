/**
 * Live data (docs/DATA.md): the "Dữ liệu" page (data…: sources, their health and values, held values, entry
 * by hand, the source editor and its token), maximum ages (age…), and the message editor's data fields
 * (fields…, fieldProblem…). Names of products (Vietcombank, Open-Meteo) are filled in as parameters.
 */
export const dataMessages = {
  navData: { vi: 'Dữ liệu', en: 'Live data' },
  dataHeading: { vi: 'Dữ liệu trực tiếp', en: 'Live data' },
  dataIntro: {
    vi: 'Các nguồn dữ liệu trực tiếp (tỷ giá, thời tiết, thời gian chờ qua cửa khẩu) mà thông điệp hiển thị qua trường dữ liệu. Giá trị mới lên màn hình không cần duyệt lại thông điệp; giá trị thay đổi quá ngưỡng của nguồn phải chờ người duyệt.',
    en: 'The sources of live data (exchange rates, weather, waiting times at the gate) that messages show through their data fields. New values go on screen without a new approval of the message; a value that moves beyond its source’s bound waits for an approver.',
  },
  dataNew: { vi: 'Thêm nguồn dữ liệu', en: 'New data source' },
  dataSourcesHeading: { vi: 'Nguồn dữ liệu', en: 'Data sources' },
  dataEmpty: {
    vi: 'Chưa có nguồn dữ liệu nào cho các cổng của bạn.',
    en: 'No data source reaches your gates yet.',
  },
  dataEmptyAdmin: {
    vi: 'Chưa có nguồn dữ liệu nào. Hãy thêm nguồn tỷ giá, thời tiết hoặc thời gian chờ.',
    en: 'No data source yet. Add one for exchange rates, weather or waiting times.',
  },
  dataColKind: { vi: 'Cách nhận', en: 'How values arrive' },
  dataColHealth: { vi: 'Tình trạng', en: 'Health' },
  dataKindPull: { vi: 'Tự đọc', en: 'Pulled' },
  dataKindPush: { vi: 'Nguồn gửi', en: 'Pushed' },
  dataKindPullLong: {
    vi: 'Gatecast tự đọc một địa chỉ theo định kỳ',
    en: 'Gatecast reads an address on a schedule',
  },
  dataKindPushLong: {
    vi: 'Nguồn tự gửi giá trị tới Gatecast bằng mã truy cập riêng',
    en: 'The source sends its values to Gatecast with its own token',
  },
  dataAdapterVietcombank: { vi: 'Tỷ giá ngoại tệ của ngân hàng (XML)', en: 'A bank’s exchange rates (XML)' },
  dataAdapterOpenMeteo: {
    vi: 'Dự báo thời tiết tại cổng của nguồn (JSON)',
    en: 'Weather forecast at the source’s gate (JSON)',
  },
  dataAdapterOther: { vi: 'Bộ đọc riêng của nguồn', en: 'The source’s own reader' },
  dataAdapterFormat: { vi: 'Định dạng của', en: 'The format of' },
  dataAdapterExample: { vi: 'Địa chỉ mẫu:', en: 'An address to start from:' },
  dataStale: { vi: 'Quá hạn', en: 'Stale' },
  dataFresh: { vi: 'Còn mới', en: 'Fresh' },
  dataNoValueYet: { vi: 'Chưa có giá trị', en: 'No value yet' },
  dataReadFailed: { vi: 'Đọc lỗi', en: 'Read failed' },
  dataEnabled: { vi: 'Đang dùng', en: 'In use' },
  dataPaused: { vi: 'Tạm dừng', en: 'Paused' },
  dataEditFor: { vi: 'Sửa nguồn {name}', en: 'Edit the source {name}' },
  dataRenew: { vi: 'Cấp mã mới', en: 'New token' },
  dataRenewFor: { vi: 'Cấp mã mới cho {name}', en: 'New token for {name}' },
  dataConfirmRenew: {
    vi: 'Cấp mã truy cập mới cho {name}? Mã cũ ngừng hoạt động ngay; hệ thống gửi dữ liệu phải dùng mã mới.',
    en: 'Give {name} a new token? The old one stops working at once; the sending system must use the new one.',
  },
  dataConfirmDelete: {
    vi: 'Xóa nguồn dữ liệu {name} và mọi giá trị nó đã gửi? Thông điệp dùng trường dữ liệu của nguồn này sẽ thôi hiện trên màn hình khi không còn giá trị.',
    en: 'Delete the data source {name} and every value it gave? Messages that use its fields stop showing on screens once they have no value.',
  },
  dataTokenHeading: { vi: 'Mã truy cập của {name}', en: 'Token of {name}' },
  dataTokenWarning: {
    vi: 'Mã này chỉ hiển thị một lần, bây giờ. Hãy sao chép và trao cho hệ thống gửi dữ liệu qua kênh an toàn. Khi đóng hộp thoại, không ai xem lại được mã; nếu mất, hãy cấp mã mới.',
    en: 'This token is shown only once, now. Copy it and hand it to the sending system over a safe channel. Once this dialog is closed nobody can see it again; if it is lost, issue a new one.',
  },
  dataTokenUsage: {
    vi: 'Hệ thống gửi giá trị tới địa chỉ và tiêu đề sau:',
    en: 'The sending system sends its values to this address, with this header:',
  },

  // Values waiting for a look.
  dataHeldHeading: { vi: 'Giá trị chờ duyệt', en: 'Values waiting for a look' },
  dataHeldEmpty: { vi: 'Không có giá trị nào chờ duyệt.', en: 'No value is waiting.' },
  dataHeldHint: {
    vi: 'Các giá trị này thay đổi quá ngưỡng của nguồn nên chưa lên màn hình; giá trị hiện tại vẫn được hiển thị cho tới khi có người duyệt.',
    en: 'These values moved beyond their source’s bound, so they are not on screen; the current value stays until someone approves.',
  },
  dataUnknownSource: { vi: 'Nguồn không rõ', en: 'Unknown source' },
  dataMovedTo: { vi: 'thành', en: 'to' },
  dataMoveFromZero: { vi: 'từ 0', en: 'from 0' },
  dataObservedAt: { vi: 'Quan sát lúc {time}', en: 'Observed at {time}' },
  dataEnteredBy: { vi: 'Người nhập:', en: 'Entered by' },
  dataSentBySource: { vi: 'Do nguồn gửi.', en: 'Sent by the source.' },
  dataOwnValue: {
    vi: 'Bạn đã nhập giá trị này nên không tự duyệt được: cần một người khác duyệt.',
    en: 'You entered this value, so you cannot approve it: someone else must.',
  },
  dataSamePerson: {
    vi: 'Bạn đã nhập giá trị này: cần một người khác duyệt.',
    en: 'You entered this value: someone else must approve it.',
  },
  dataApprove: { vi: 'Duyệt', en: 'Approve' },
  dataReject: { vi: 'Từ chối', en: 'Reject' },
  dataConfirmApprove: {
    vi: 'Duyệt giá trị {value} của nguồn {name}? Giá trị này lên màn hình ngay tại: {where}.',
    en: 'Approve the value {value} of {name}? It goes on screen at once at: {where}.',
  },
  dataApproved: { vi: 'Đã duyệt: {value} lên màn hình.', en: 'Approved: {value} goes on screen.' },
  dataRejected: {
    vi: 'Đã từ chối {value}; giá trị hiện tại được giữ.',
    en: 'Turned down {value}; the current value stays.',
  },

  // One source open.
  dataCloseSource: { vi: 'Đóng nguồn', en: 'Close the source' },
  dataMaxAge: { vi: 'Thời gian tối đa của giá trị', en: 'Maximum age of a value' },
  dataBound: { vi: 'Ngưỡng chờ duyệt', en: 'Bound for a look' },
  dataNoBound: { vi: 'Không có: mọi giá trị đều lên màn hình', en: 'None: every value flows' },
  dataBoundPercent: {
    vi: 'Thay đổi quá {n} % thì chờ duyệt',
    en: 'A move of more than {n} % waits for a look',
  },
  dataLastValue: { vi: 'giá trị mới nhất quan sát lúc {at}', en: 'newest value observed at {at}' },
  dataAdapter: { vi: 'Bộ đọc', en: 'Reader' },
  dataUrl: { vi: 'Địa chỉ đọc', en: 'Address' },
  dataEvery: { vi: 'Đọc lại sau mỗi', en: 'Read every' },
  dataLastRead: { vi: 'Đọc lần gần nhất lúc {at}.', en: 'Last read at {at}.' },
  dataNeverRead: { vi: 'Chưa đọc lần nào.', en: 'Not read yet.' },
  dataErrorDetails: { vi: 'Chi tiết kỹ thuật (tiếng Anh)', en: 'Technical details' },
  dataReadNow: { vi: 'Đọc ngay', en: 'Read now' },
  dataPolled: {
    vi: 'Đã đọc: {read} giá trị, {stored} giá trị mới, {held} chờ duyệt.',
    en: 'Read: {read} value(s), {stored} new, {held} held for a look.',
  },
  dataPollFailed: { vi: 'Đọc không thành công: {why}', en: 'The read failed: {why}' },
  dataErrStatus: {
    vi: 'Địa chỉ đọc trả lời mã lỗi {status}.',
    en: 'The address answered with error {status}.',
  },
  dataErrTimeout: {
    vi: 'Địa chỉ đọc không trả lời trong thời gian chờ.',
    en: 'The address did not answer in time.',
  },
  dataErrRedirects: {
    vi: 'Địa chỉ đọc chuyển hướng quá nhiều lần hoặc sang một giao thức không được phép.',
    en: 'The address redirects too often, or to a protocol that is not allowed.',
  },
  dataErrUnexpected: {
    vi: 'Lỗi không mong đợi khi đọc; máy chủ đã ghi vào nhật ký.',
    en: 'An unexpected error while reading; the server logged it.',
  },
  dataErrOther: {
    vi: 'Lần đọc gần nhất bị lỗi (xem chi tiết kỹ thuật).',
    en: 'The last read failed (see the technical details).',
  },
  dataCurrentHeading: { vi: 'Giá trị hiện tại', en: 'Current values' },
  dataNoValues: {
    vi: 'Nguồn này chưa có giá trị nào được nhận.',
    en: 'This source has no accepted value yet.',
  },
  dataColPath: { vi: 'Trường', en: 'Field' },
  dataColValue: { vi: 'Giá trị', en: 'Value' },
  dataColObserved: { vi: 'Quan sát lúc', en: 'Observed' },
  dataColReceived: { vi: 'Nhận lúc', en: 'Received' },
  dataColFrom: { vi: 'Từ', en: 'From' },
  dataFromSource: { vi: 'nguồn gửi', en: 'the source' },
  dataHistory: { vi: 'Lịch sử', en: 'History' },
  dataHistoryOf: { vi: 'Lịch sử của', en: 'History of' },
  dataDecidedBy: { vi: 'bởi', en: 'by' },
  dataStateAccepted: { vi: 'Đã nhận', en: 'Accepted' },
  dataStateHeld: { vi: 'Chờ duyệt', en: 'Held' },
  dataStateRejected: { vi: 'Bị từ chối', en: 'Rejected' },

  // Entry by hand.
  dataEntryHeading: { vi: 'Nhập giá trị bằng tay', en: 'Enter a value by hand' },
  dataEntryHint: {
    vi: 'Cho các tỷ giá không nguồn nào công bố (tiền Cam-pu-chia, tiền kíp Lào). Giá trị được nhận ngay.',
    en: 'For what no feed publishes (the Cambodian and Lao currencies). The value is taken at once.',
  },
  dataEntryHintBound: {
    vi: 'Cho các tỷ giá không nguồn nào công bố (tiền Cam-pu-chia, tiền kíp Lào). Giá trị thay đổi quá {n} % so với giá trị hiện tại sẽ chờ một người khác duyệt.',
    en: 'For what no feed publishes (the Cambodian and Lao currencies). A value that moves more than {n} % from the current one waits for someone else’s look.',
  },
  dataEntryPath: { vi: 'Tên trường', en: 'Field name' },
  dataEntryType: { vi: 'Loại giá trị', en: 'Kind of value' },
  dataEntryValue: { vi: 'Giá trị', en: 'Value' },
  dataEntryCurrency: { vi: 'Mã tiền tệ (ví dụ VND)', en: 'Currency code (e.g. VND)' },
  dataEntryUnit: { vi: 'Đơn vị đo', en: 'Unit' },
  dataEntryObserved: {
    vi: 'Thời điểm quan sát (để trống: lúc gửi)',
    en: 'Observed at (empty: when sent)',
  },
  dataEntrySend: { vi: 'Nhập giá trị', en: 'Enter the value' },
  dataEntryShown: { vi: 'Màn hình sẽ viết: {value}', en: 'Screens will write: {value}' },
  dataEntryNumberHint: {
    vi: 'Viết số theo kiểu Việt Nam: dấu phẩy trước phần thập phân (6,2), dấu chấm ngăn hàng nghìn (26.370).',
    en: 'Write the number in English style: a decimal point (6.2), commas between thousands (26,370).',
  },
  dataEntryBadNumber: {
    vi: 'Không đọc được số này: dùng dấu phẩy cho phần thập phân (6,2) và dấu chấm ngăn hàng nghìn (26.370).',
    en: 'This is not a number as written here: a decimal point (6.2), commas between thousands (26,370).',
  },
  dataEntryBadPath: {
    vi: 'Tên trường gồm các phần nối bằng dấu chấm, mỗi phần là chữ không dấu, số, gạch dưới hoặc gạch ngang.',
    en: 'A field name is parts joined by dots, each of letters, digits, _ or -.',
  },
  dataEntryBadCurrency: {
    vi: 'Mã tiền tệ gồm 3 chữ in hoa (VND, KHR, LAK, USD).',
    en: 'A currency code is three capital letters (VND, KHR, LAK, USD).',
  },
  dataEntryBadTime: { vi: 'Thời điểm này không hợp lệ.', en: 'This time is not valid.' },
  dataEntered: { vi: 'Đã nhận: {value} là giá trị hiện tại.', en: 'Taken: {value} is the current value.' },
  dataEnteredHeld: {
    vi: 'Giá trị {value} thay đổi quá ngưỡng của nguồn nên đang chờ một người khác duyệt; giá trị hiện tại vẫn giữ nguyên.',
    en: 'The value {value} moves beyond the source’s bound, so it waits for someone else; the current value stays.',
  },
  dataEnteredAgain: {
    vi: 'Giá trị này đã được nhận trước đó; không có gì thay đổi.',
    en: 'This value was already received; nothing changed.',
  },
  dataTypeMoney: { vi: 'Số tiền', en: 'Money' },
  dataTypeNumber: { vi: 'Số', en: 'Number' },
  dataTypeText: { vi: 'Chữ', en: 'Text' },
  dataTypeTime: { vi: 'Thời điểm', en: 'Time' },
  dataUnitNone: { vi: 'Không có', en: 'None' },
  dataUnitCelsius: { vi: 'Độ C (°C)', en: 'Degrees Celsius (°C)' },
  dataUnitMillimeter: { vi: 'Mi-li-mét (mm)', en: 'Millimetres (mm)' },
  dataUnitMinute: { vi: 'Phút', en: 'Minutes' },
  dataUnitPercent: { vi: 'Phần trăm (%)', en: 'Per cent (%)' },
  dataUnitKmh: { vi: 'Ki-lô-mét một giờ (km/h)', en: 'Kilometres per hour (km/h)' },

  // The source editor (administrators).
  dataEditHeading: { vi: 'Nguồn dữ liệu: {name}', en: 'Data source: {name}' },
  dataFieldName: { vi: 'Tên nguồn', en: 'Source name' },
  dataFieldKind: { vi: 'Cách nhận giá trị', en: 'How values arrive' },
  dataPullLegend: { vi: 'Đọc theo định kỳ', en: 'Reading on a schedule' },
  dataFieldEvery: { vi: 'Đọc lại sau mỗi (phút)', en: 'Read every (minutes)' },
  dataFieldTimeout: { vi: 'Thời gian chờ trả lời (giây)', en: 'Wait for an answer (seconds)' },
  dataScopeHint: {
    vi: 'Người dùng ở các cổng trong phạm vi thấy nguồn này và giá trị của nó.',
    en: 'People at the gates in its scope see this source and its values.',
  },
  dataScopeWeatherHint: {
    vi: 'Nguồn thời tiết đọc dự báo tại đúng một cổng: hãy chọn một cổng, không chọn tỉnh.',
    en: 'A weather source reads the forecast at one gate: choose one gate and no province.',
  },
  dataFieldBound: { vi: 'Ngưỡng chờ duyệt (%)', en: 'Bound for a look (%)' },
  dataFieldBoundHint: {
    vi: 'Một số hoặc số tiền thay đổi quá ngưỡng này so với giá trị hiện tại sẽ chờ người duyệt. Để trống: mọi giá trị đều lên màn hình.',
    en: 'A number or amount that moves more than this from the current value waits for an approver. Empty: every value flows.',
  },
  dataFieldEnabled: { vi: 'Đang dùng nguồn này', en: 'This source is in use' },
  dataCreate: { vi: 'Tạo nguồn', en: 'Create source' },
  dataSave: { vi: 'Lưu nguồn', en: 'Save source' },
  dataSaved: { vi: 'Đã lưu nguồn dữ liệu.', en: 'Data source saved.' },
  dataCreated: { vi: 'Đã tạo nguồn dữ liệu.', en: 'Data source created.' },

  // Ages, as typed and as said.
  dataAgeDays: { vi: '{n} ngày', en: '{n} day(s)' },
  dataAgeHours: { vi: '{n} giờ', en: '{n} hour(s)' },
  dataAgeMinutes: { vi: '{n} phút', en: '{n} minute(s)' },
  ageUnitMinutes: { vi: 'phút', en: 'minutes' },
  ageUnitHours: { vi: 'giờ', en: 'hours' },
  ageNotNumber: { vi: 'Hãy nhập một số, ví dụ 30 hoặc 1,5.', en: 'Enter a number, e.g. 30 or 1.5.' },
  ageOutOfRange: { vi: 'Từ 1 phút đến 31 ngày (744 giờ).', en: 'From 1 minute to 31 days (744 hours).' },

  // The message editor's data fields.
  fieldsHeading: { vi: 'Trường dữ liệu', en: 'Data fields' },
  fieldsHint: {
    vi: 'Văn bản có trường dữ liệu: màn hình điền giá trị mới nhất của nguồn, và giá trị mới lên màn hình mà không cần duyệt lại thông điệp.',
    en: 'The text has data fields: screens fill in the source’s newest value, and new values go on screen without a new approval.',
  },
  fieldsFound: { vi: 'Các trường:', en: 'Fields:' },
  fieldsStaleLegend: {
    vi: 'Khi giá trị cũ hơn thời gian tối đa',
    en: 'When a value is older than the maximum age',
  },
  fieldsStaleHide: { vi: 'Ẩn mục này khỏi màn hình', en: 'Hide the item' },
  fieldsStaleAsOf: {
    vi: 'Vẫn hiện, thêm dòng “cập nhật lúc …” theo giờ của giá trị',
    en: 'Show it with an “as of …” line, at the value’s time',
  },
  fieldsMaxAge: { vi: 'Thời gian tối đa của giá trị', en: 'Maximum age of a value' },
  fieldsMaxAgeUnit: { vi: 'Đơn vị', en: 'Unit' },
  fieldProblemUnclosed: { vi: 'Trường dữ liệu thiếu dấu đóng }}:', en: 'A field has no closing }}:' },
  fieldProblemUnopened: { vi: 'Dấu }} không đóng trường nào:', en: 'A }} closes no field:' },
  fieldProblemEmpty: { vi: 'Trường dữ liệu chưa có tên:', en: 'A field names nothing:' },
  fieldProblemPath: {
    vi: 'Tên trường chỉ gồm các phần nối bằng dấu chấm, mỗi phần là chữ không dấu, số, _ hoặc -:',
    en: 'A field name is dot-separated parts of letters, digits, _ and -:',
  },
  fieldProblemFormat: { vi: 'Cách viết sau dấu | không hợp lệ:', en: 'The format after | is not one:' },
  fieldProblemFormatWords: { vi: 'Dùng một trong:', en: 'Use one of:' },
  fieldProblemsFirst: {
    vi: 'Có trường dữ liệu viết sai: hãy sửa trước khi gửi phê duyệt.',
    en: 'A data field is malformed: correct it before submitting.',
  },
} satisfies Record<string, { vi: string; en: string }>;

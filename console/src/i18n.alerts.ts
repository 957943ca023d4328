/**
 * Alerts from the authorities (CAP 1.2): the inbox and one alert's detail (cap…), the per-gate templates
 * (tpl…), the sources (src…, administrators only), and the refusals of a CAP document (error_cap_…).
 */
export const alertsMessages = {
  navAlerts: { vi: 'Cảnh báo', en: 'Alerts' },
  navAlertTemplates: { vi: 'Mẫu cảnh báo', en: 'Alert templates' },
  navAlertSources: { vi: 'Nguồn cảnh báo', en: 'Alert sources' },

  // The inbox.
  capHeading: { vi: 'Cảnh báo từ cơ quan chức năng', en: 'Alerts from the authorities' },
  capIntro: {
    vi: 'Cảnh báo theo chuẩn CAP do cơ quan khí tượng, phòng chống thiên tai gửi tới. Mỗi cảnh báo tới các cổng nằm trong vùng của nó, bằng ngôn ngữ của từng cổng.',
    en: 'Alerts in the CAP standard sent by the weather and disaster authorities. Each reaches the gates inside its area, in each gate’s languages.',
  },
  capListLabel: { vi: 'Cảnh báo đã nhận', en: 'Alerts received' },
  capEmpty: { vi: 'Chưa nhận được cảnh báo nào.', en: 'No alert has been received yet.' },
  capColAlert: { vi: 'Cảnh báo', en: 'Alert' },
  capColSource: { vi: 'Nguồn', en: 'Source' },
  capColSent: { vi: 'Thời điểm phát', en: 'Sent' },
  capColStatus: { vi: 'Tính chất', en: 'Status' },
  capColMsgType: { vi: 'Loại tin', en: 'Message type' },
  capColOutcome: { vi: 'Kết quả', en: 'Outcome' },
  capDrill: { vi: 'Diễn tập', en: 'Drill' },

  capStatusActual: { vi: 'Thực tế', en: 'Actual' },
  capStatusExercise: { vi: 'Diễn tập', en: 'Exercise (drill)' },
  capStatusTest: { vi: 'Diễn tập (thử hệ thống)', en: 'Test (drill)' },
  capStatusSystem: { vi: 'Tin hệ thống', en: 'System' },
  capStatusDraft: { vi: 'Bản nháp', en: 'Draft' },
  capMsgAlert: { vi: 'Cảnh báo mới', en: 'New alert' },
  capMsgUpdate: { vi: 'Cập nhật', en: 'Update' },
  capMsgCancel: { vi: 'Hủy cảnh báo', en: 'Cancellation' },
  capMsgAck: { vi: 'Xác nhận', en: 'Acknowledgement' },
  capMsgError: { vi: 'Báo lỗi', en: 'Error report' },

  capOutcomeShown: { vi: 'Đang hiển thị', en: 'On screen' },
  capOutcomePending: { vi: 'Chờ duyệt', en: 'Awaiting approval' },
  capOutcomeEnded: { vi: 'Đã kết thúc', en: 'Ended' },
  capOutcomeUpdated: { vi: 'Đã cập nhật cảnh báo trước', en: 'Updated an earlier alert' },
  capOutcomeCancelled: { vi: 'Đã hủy cảnh báo trước', en: 'Cancelled an earlier alert' },
  capOutcomeDraft: { vi: 'Bản nháp: không hiển thị', en: 'Draft: not shown' },
  capOutcomeNotForDisplay: { vi: 'Không dành để hiển thị', en: 'Not for display' },
  capOutcomeNoGate: { vi: 'Không cổng nào trong vùng', en: 'No gate in its area' },
  capOutcomeNoExerciseScreen: {
    vi: 'Không màn hình nào nhận diễn tập',
    en: 'No screen takes drills',
  },
  capOutcomeUnknownReference: {
    vi: 'Không tìm thấy cảnh báo được nhắc tới',
    en: 'The alert it refers to is unknown',
  },

  capGateActive: { vi: 'Đang hiển thị', en: 'On screen' },
  capGatePending: { vi: 'Chờ duyệt', en: 'Awaiting approval' },
  capGateNoExerciseScreen: {
    vi: 'Không màn hình nào của cổng nhận diễn tập',
    en: 'No screen of the gate takes drills',
  },
  capGateNoText: {
    vi: 'Không có nội dung bằng ngôn ngữ nào của cổng',
    en: 'No text in any of the gate’s languages',
  },
  capGateReplaced: { vi: 'Đã được bản cập nhật thay thế', en: 'Replaced by an update' },
  capGateCleared: { vi: 'Đã gỡ', en: 'Cleared' },
  capGateExpired: { vi: 'Đã hết hạn', en: 'Expired' },

  capTextOriginal: { vi: 'bản gốc trong cảnh báo', en: 'original, in the alert' },
  capTextTemplate: { vi: 'từ mẫu của cổng', en: 'from the gate’s template' },
  capTextMissing: { vi: 'thiếu', en: 'missing' },

  capSeverityExtreme: { vi: 'cực kỳ nghiêm trọng', en: 'extreme' },
  capSeveritySevere: { vi: 'nghiêm trọng', en: 'severe' },
  capSeverityModerate: { vi: 'trung bình', en: 'moderate' },
  capSeverityMinor: { vi: 'nhẹ', en: 'minor' },
  capUrgencyImmediate: { vi: 'ngay lập tức', en: 'immediate' },
  capUrgencyExpected: { vi: 'sắp xảy ra', en: 'expected' },
  capUrgencyFuture: { vi: 'trong thời gian tới', en: 'future' },
  capUrgencyPast: { vi: 'đã qua', en: 'past' },
  capCertaintyObserved: { vi: 'đã xảy ra', en: 'observed' },
  capCertaintyLikely: { vi: 'nhiều khả năng', en: 'likely' },
  capCertaintyPossible: { vi: 'có thể xảy ra', en: 'possible' },
  capCertaintyUnlikely: { vi: 'ít khả năng', en: 'unlikely' },
  capUnknown: { vi: 'không rõ', en: 'unknown' },

  // One alert.
  capDetailLabel: { vi: 'Cảnh báo đang xem', en: 'The alert open' },
  capCloseDetail: { vi: 'Đóng cảnh báo', en: 'Close the alert' },
  capDrillBanner: {
    vi: 'DIỄN TẬP — không phải sự việc thật. Chỉ hiện trên màn hình nhận diễn tập, có dấu DIỄN TẬP.',
    en: 'DRILL — not a real event. Shown only on screens that take drills, marked as a drill.',
  },
  capFactSender: { vi: 'Mã người gửi', en: 'Sender' },
  capFactReceived: { vi: 'Nhận', en: 'Received' },
  capViaPush: { vi: 'gửi trực tiếp, lúc {at}', en: 'pushed, at {at}' },
  capViaFeed: { vi: 'đọc từ nguồn tin, lúc {at}', en: 'read from the feed, at {at}' },
  capFactEvent: { vi: 'Sự kiện', en: 'Event' },
  capFactSeverity: { vi: 'Mức độ', en: 'Severity' },
  capFactUrgency: { vi: 'Độ khẩn', en: 'Urgency' },
  capFactCertainty: { vi: 'Độ chắc chắn', en: 'Certainty' },
  capSeverityLine: {
    vi: 'Mức độ {severity}; độ khẩn: {urgency}; độ chắc chắn: {certainty}',
    en: 'Severity {severity}; urgency: {urgency}; certainty: {certainty}',
  },
  capFactOnset: { vi: 'Bắt đầu', en: 'Onset' },
  capFactExpires: { vi: 'Hết hạn', en: 'Expires' },
  capFactLanguages: { vi: 'Ngôn ngữ trong cảnh báo', en: 'Languages in the alert' },
  capFactUnmapped: {
    vi: 'Ngôn ngữ không cổng nào hiển thị được',
    en: 'Languages no gate can show',
  },
  capFactAreas: { vi: 'Vùng', en: 'Area' },
  capFactReferences: { vi: 'Cảnh báo trước được nhắc tới', en: 'Earlier alerts it refers to' },
  capReferenceOpen: { vi: 'Xem cảnh báo đó', en: 'Open that alert' },
  capReferenceUnknown: { vi: 'chưa nhận được', en: 'not received' },
  capFactIdentifier: { vi: 'Số hiệu', en: 'Identifier' },
  capDownloadXml: { vi: 'Tải tệp CAP gốc (XML)', en: 'Download the original CAP file (XML)' },
  capApproveAll: { vi: 'Duyệt và phát ở mọi cổng chờ duyệt', en: 'Approve at every waiting gate' },
  capClearAll: { vi: 'Gỡ khỏi mọi cổng', en: 'Clear at every gate' },
  capApproveAt: { vi: 'Duyệt và phát tại {gate}', en: 'Approve and show at {gate}' },
  capClearAt: { vi: 'Gỡ tại {gate}', en: 'Clear at {gate}' },
  capConfirmApproveHeading: { vi: 'Duyệt và phát cảnh báo này?', en: 'Approve and show this alert?' },
  capConfirmApproveGateHeading: {
    vi: 'Duyệt và phát cảnh báo tại {gate}?',
    en: 'Approve and show the alert at {gate}?',
  },
  capConfirmApprove: {
    vi: 'Cảnh báo sẽ hiện ngay trên {screens} màn hình tại {gates}.',
    en: 'It shows at once on {screens} screen(s) at {gates}.',
  },
  capConfirmApproveDrill: {
    vi: 'Cảnh báo diễn tập sẽ hiện ngay, có dấu DIỄN TẬP, trên {screens} màn hình nhận diễn tập tại {gates}.',
    en: 'The drill shows at once, marked as a drill, on {screens} screen(s) that take drills at {gates}.',
  },
  capConfirmClearHeading: { vi: 'Gỡ cảnh báo này?', en: 'Clear this alert?' },
  capConfirmClearGateHeading: { vi: 'Gỡ cảnh báo tại {gate}?', en: 'Clear the alert at {gate}?' },
  capConfirmClear: {
    vi: 'Cảnh báo sẽ được gỡ khỏi {screens} màn hình tại {gates}; các màn hình trở lại lịch phát.',
    en: 'It comes off {screens} screen(s) at {gates}; they go back to their schedule.',
  },
  capConfirmWithdraw: {
    vi: 'Cảnh báo đang chờ duyệt tại cổng này sẽ bị hủy; chưa màn hình nào hiển thị nó.',
    en: 'The waiting alert is withdrawn at this gate; no screen has shown it.',
  },
  capApprovedAll: { vi: 'Đã duyệt: cảnh báo đang hiển thị.', en: 'Approved: the alert is on screen.' },
  capClearedAll: { vi: 'Đã gỡ cảnh báo.', en: 'The alert is cleared.' },
  capApprovedGate: { vi: 'Đã duyệt tại {gate}.', en: 'Approved at {gate}.' },
  capClearedGate: { vi: 'Đã gỡ tại {gate}.', en: 'Cleared at {gate}.' },
  capMapHeading: { vi: 'Vùng cảnh báo', en: 'Alert area' },
  capMapLabel: {
    vi: 'Bản đồ vùng cảnh báo và các cổng gần đó. Cảnh báo tới: {gates}.',
    en: 'Map of the alert area and the gates near it. It reached: {gates}.',
  },
  capMapLabelNone: {
    vi: 'Bản đồ vùng cảnh báo và các cổng gần đó. Không cổng nào trong vùng.',
    en: 'Map of the alert area and the gates near it. No gate is inside.',
  },
  capMapLegend: {
    vi: 'Chấm đỏ: cổng nhận cảnh báo; chấm trắng: cổng gần đó.',
    en: 'Red dot: a gate the alert reached; white dot: a gate nearby.',
  },
  capMapNoArea: {
    vi: 'Cảnh báo không có vùng vẽ được trên bản đồ (chỉ có mã vùng).',
    en: 'The alert has no area to draw (only area codes).',
  },
  capGatesHeading: { vi: 'Tại các cổng', en: 'At the gates' },
  capNoGates: { vi: 'Cảnh báo này không tới cổng nào.', en: 'This alert reached no gate.' },
  capLanguagesAtGate: { vi: 'Ngôn ngữ của cổng', en: 'The gate’s languages' },
  capScreensReached: { vi: 'Màn hình nhận', en: 'Screens reached' },
  capNoScreens: { vi: 'Không màn hình nào.', en: 'No screen.' },
  capNoDrillScreens: {
    vi: 'Không màn hình nào nhận diễn tập.',
    en: 'No screen takes drills.',
  },
  capScreenUnknown: { vi: 'Màn hình ngoài phạm vi của bạn', en: 'A screen outside your scope' },
  capApprovers: { vi: 'Người có thể duyệt: {names}', en: 'Who can approve: {names}' },
  capNobody: {
    vi: 'không có ai đủ quyền; hãy nhờ quản trị viên',
    en: 'nobody may; ask an administrator',
  },
  capProofsHeading: { vi: 'Ảnh chụp màn hình làm bằng chứng', en: 'Screenshots as proof' },
  capProofAlt: {
    vi: 'Ảnh chụp màn hình {screen} lúc {time}',
    en: 'Screenshot of {screen} at {time}',
  },

  // Templates.
  tplHeading: { vi: 'Mẫu cảnh báo theo cổng', en: 'Alert templates per gate' },
  tplIntro: {
    vi: 'Khi cảnh báo thiếu một ngôn ngữ của cổng, cổng dùng mẫu đã duyệt cho sự kiện đó, điền thông tin từ cảnh báo. Mẫu do biên tập viên viết, người khác duyệt; sửa mẫu thì phải duyệt lại.',
    en: 'When an alert lacks a language of the gate, the gate uses its approved template for that event, filled in from the alert. An editor writes it, someone else approves it; any change needs approval again.',
  },
  tplListLabel: { vi: 'Mẫu cảnh báo', en: 'Alert templates' },
  tplEmpty: { vi: 'Chưa có mẫu nào.', en: 'No template yet.' },
  tplNew: { vi: 'Mẫu mới', en: 'New template' },
  tplName: { vi: '{event} ({lang}) tại {gate}', en: '{event} ({lang}) at {gate}' },
  tplColEvent: { vi: 'Sự kiện', en: 'Event' },
  tplColLanguage: { vi: 'Ngôn ngữ', en: 'Language' },
  tplFieldTitle: { vi: 'Tiêu đề', en: 'Title' },
  tplFieldEvent: { vi: 'Sự kiện', en: 'Event' },
  tplEventHint: {
    vi: 'Như cảnh báo ghi (ví dụ “Lũ”), hoặc mã sự kiện; không phân biệt chữ hoa, chữ thường.',
    en: 'As the alerts name it (e.g. “Flood”), or an event code; upper and lower case alike.',
  },
  tplFieldTitleIn: { vi: 'Tiêu đề — {lang}', en: 'Title — {lang}' },
  tplFieldBodyIn: { vi: 'Nội dung — {lang}', en: 'Text — {lang}' },
  tplPlaceholders: {
    vi: 'Chỗ trống được điền từ cảnh báo:',
    en: 'Placeholders filled in from the alert:',
  },
  tplEditHeading: { vi: 'Mẫu: {event} ({lang})', en: 'Template: {event} ({lang})' },
  tplChangedBy: { vi: 'Sửa lần cuối: {by}, lúc {at}', en: 'Last changed by {by}, at {at}' },
  tplApprovedBy: { vi: 'duyệt: {by}, lúc {at}', en: 'approved by {by}, at {at}' },
  tplOwnDraft: {
    vi: 'Bạn là người sửa cuối cùng: cần một người khác duyệt mẫu này.',
    en: 'You made the last change: someone else must approve this template.',
  },
  tplSave: { vi: 'Lưu mẫu', en: 'Save template' },
  tplSaved: {
    vi: 'Đã lưu mẫu. Mẫu chờ người khác duyệt trước khi được dùng.',
    en: 'Template saved. It waits for someone else’s approval before it is used.',
  },
  tplApprove: { vi: 'Duyệt mẫu', en: 'Approve template' },
  tplApproved: {
    vi: 'Đã duyệt mẫu: từ nay cảnh báo dùng mẫu này.',
    en: 'Template approved: alerts use it from now on.',
  },
  tplConfirmDelete: { vi: 'Xóa mẫu {name}?', en: 'Delete the template {name}?' },

  // Sources.
  srcHeading: { vi: 'Nguồn cảnh báo', en: 'Alert sources' },
  srcIntro: {
    vi: 'Các cơ quan được phép gửi cảnh báo: gửi trực tiếp bằng mã truy cập riêng, hoặc Gatecast đọc nguồn tin ATOM/RSS của họ theo định kỳ. Phạm vi giới hạn các cổng cảnh báo có thể tới; quy tắc cho biết cảnh báo nào hiện ngay, mọi cảnh báo khác chờ người duyệt.',
    en: 'The authorities allowed to send alerts: pushed with their own token, or Gatecast reads their ATOM/RSS feed on a schedule. The scope bounds the gates their alerts may reach; the rules say which alerts show at once, every other one waits for an approver.',
  },
  srcAdminsOnly: {
    vi: 'Chỉ quản trị viên mới quản lý được nguồn cảnh báo.',
    en: 'Only administrators manage alert sources.',
  },
  srcListLabel: { vi: 'Nguồn cảnh báo', en: 'Alert sources' },
  srcEmpty: { vi: 'Chưa có nguồn cảnh báo nào.', en: 'No alert source yet.' },
  srcNew: { vi: 'Nguồn mới', en: 'New source' },
  srcEditHeading: { vi: 'Nguồn: {name}', en: 'Source: {name}' },
  srcColKind: { vi: 'Cách nhận', en: 'How alerts arrive' },
  srcKindPush: { vi: 'Gửi trực tiếp', en: 'Pushed' },
  srcKindFeed: { vi: 'Đọc nguồn tin', en: 'Feed' },
  srcKindPushLong: {
    vi: 'Cơ quan gửi trực tiếp tới Gatecast, bằng mã truy cập riêng',
    en: 'The authority pushes to Gatecast with its own token',
  },
  srcKindFeedLong: {
    vi: 'Gatecast đọc nguồn tin ATOM/RSS của cơ quan theo định kỳ',
    en: 'Gatecast reads the authority’s ATOM/RSS feed on a schedule',
  },
  srcEnabled: { vi: 'Đang nhận', en: 'Receiving' },
  srcPaused: { vi: 'Tạm dừng', en: 'Paused' },
  srcColRules: { vi: 'Hiển thị ngay', en: 'Shown at once' },
  srcNoRulesShort: { vi: 'Không: mọi cảnh báo chờ duyệt', en: 'None: every alert waits' },
  srcRulesCount: { vi: '{count} quy tắc', en: '{count} rule(s)' },
  srcColToken: { vi: 'Mã truy cập', en: 'Token' },
  srcColPolled: { vi: 'Lần đọc gần nhất', en: 'Last read' },
  srcNeverPolled: { vi: 'Chưa đọc lần nào', en: 'Not read yet' },
  srcPollFailed: { vi: 'Lỗi khi đọc', en: 'Reading failed' },
  srcFeedHeading: { vi: 'Đọc nguồn tin', en: 'Reading the feed' },
  srcLastRead: { vi: 'Đọc lần gần nhất lúc {at}.', en: 'Last read at {at}.' },
  srcPollErrorSays: {
    vi: 'Máy chủ ghi lại (bằng tiếng Anh):',
    en: 'The server recorded:',
  },
  srcReadNow: { vi: 'Đọc ngay', en: 'Read now' },
  srcRead: {
    vi: 'Đã đọc: nguồn tin có {entries} mục, {new} cảnh báo mới.',
    en: 'Read: the feed lists {entries} entries, {new} new alert(s).',
  },
  srcReadWithErrors: {
    vi: 'Đã đọc: nguồn tin có {entries} mục, {new} cảnh báo mới, {errors} mục không nhận được.',
    en: 'Read: the feed lists {entries} entries, {new} new alert(s), {errors} entry(ies) not taken.',
  },
  srcFieldName: { vi: 'Tên nguồn', en: 'Source name' },
  srcFieldKind: { vi: 'Cách nhận cảnh báo', en: 'How alerts arrive' },
  srcFieldUrl: { vi: 'Địa chỉ nguồn tin', en: 'Feed address' },
  srcFieldPoll: { vi: 'Đọc lại sau mỗi (phút)', en: 'Read every (minutes)' },
  srcFieldAllowPrivate: {
    vi: 'Cho phép địa chỉ trong mạng nội bộ',
    en: 'Allow an address on a private network',
  },
  srcScope: { vi: 'Phạm vi', en: 'Scope' },
  srcScopeHint: {
    vi: 'Cảnh báo của nguồn này chỉ tới được các cổng trong phạm vi.',
    en: 'This source’s alerts reach only the gates in its scope.',
  },
  srcRulesLegend: { vi: 'Hiển thị ngay, không chờ duyệt', en: 'Shown at once, without approval' },
  srcRulesHint: {
    vi: 'Cảnh báo khớp một quy tắc (theo phần thông tin đầu tiên của nó) hiện ngay; mọi cảnh báo khác chờ người duyệt. Nhóm không đánh dấu ô nào thì khớp mọi giá trị.',
    en: 'An alert that matches a rule (by its first info block) shows at once; every other one waits for an approver. A group with nothing ticked matches anything.',
  },
  srcNoRules: {
    vi: 'Chưa có quy tắc: mọi cảnh báo chờ người duyệt.',
    en: 'No rule: every alert waits for an approver.',
  },
  srcRuleN: { vi: 'Quy tắc {n}', en: 'Rule {n}' },
  srcRuleGates: {
    vi: 'Cổng (không chọn: mọi cổng trong phạm vi)',
    en: 'Gates (none ticked: every gate in scope)',
  },
  srcAddRule: { vi: 'Thêm quy tắc', en: 'Add a rule' },
  srcRemoveRule: { vi: 'Bỏ quy tắc {n}', en: 'Remove rule {n}' },
  srcFieldTtl: {
    vi: 'Thời gian hiển thị khi cảnh báo không ghi hạn (phút)',
    en: 'Time on screen when an alert gives no end (minutes)',
  },
  srcFieldEnabled: { vi: 'Đang nhận cảnh báo từ nguồn này', en: 'Take alerts from this source' },
  srcFieldNote: { vi: 'Ghi chú', en: 'Note' },
  srcCreate: { vi: 'Tạo nguồn', en: 'Create source' },
  srcSave: { vi: 'Lưu nguồn', en: 'Save source' },
  srcSaved: { vi: 'Đã lưu nguồn cảnh báo.', en: 'Alert source saved.' },
  srcRenew: { vi: 'Cấp mã mới', en: 'New token' },
  srcRenewFor: { vi: 'Cấp mã mới cho {name}', en: 'New token for {name}' },
  srcConfirmRenew: {
    vi: 'Cấp mã truy cập mới cho {name}? Mã cũ ngừng hoạt động ngay; cơ quan gửi phải dùng mã mới.',
    en: 'Give {name} a new token? The old one stops working at once; the authority must use the new one.',
  },
  srcConfirmDelete: {
    vi: 'Xóa nguồn cảnh báo {name}? Nguồn này sẽ không gửi được cảnh báo nữa; cảnh báo đã nhận vẫn được giữ.',
    en: 'Delete the alert source {name}? It can send no more alerts; the alerts received are kept.',
  },
  srcTokenHeading: { vi: 'Mã truy cập của {name}', en: 'Token of {name}' },
  srcTokenWarning: {
    vi: 'Mã này chỉ hiển thị một lần, bây giờ. Hãy sao chép và trao cho cơ quan gửi qua kênh an toàn. Khi đóng hộp thoại, không ai xem lại được mã; nếu mất, hãy cấp mã mới.',
    en: 'This token is shown only once, now. Copy it and hand it to the authority over a safe channel. Once this dialog is closed nobody can see it again; if it is lost, issue a new one.',
  },
  srcTokenLabel: { vi: 'Mã truy cập', en: 'Token' },
  srcCopyFailed: {
    vi: 'Không sao chép được; mã đã được chọn, hãy nhấn Ctrl+C.',
    en: 'Could not copy; the token is selected, press Ctrl+C.',
  },
  srcTokenUsage: {
    vi: 'Cơ quan gửi cảnh báo tới địa chỉ và tiêu đề sau:',
    en: 'The authority sends its alerts to this address, with this header:',
  },

  // Where an alert stands, when a refusal names it (wrong_state: nothing waits or shows any more).
  param_state_shown: { vi: 'đang hiển thị', en: 'on screen' },
  param_state_ended: { vi: 'đã kết thúc', en: 'ended' },
  param_state_updated: { vi: 'đã cập nhật cảnh báo trước', en: 'updated an earlier alert' },
  param_state_cancelled: { vi: 'đã hủy cảnh báo trước', en: 'cancelled an earlier alert' },
  'param_state_not-for-display': { vi: 'không dành để hiển thị', en: 'not for display' },
  'param_state_no-gate': { vi: 'không cổng nào trong vùng', en: 'no gate in its area' },
  'param_state_no-exercise-screen': {
    vi: 'không màn hình nào nhận diễn tập',
    en: 'no screen takes drills',
  },
  'param_state_unknown-reference': {
    vi: 'không tìm thấy cảnh báo được nhắc tới',
    en: 'the alert it refers to is unknown',
  },

  // A CAP document refused (pushed or read from a feed): what was wrong with it.
  error_cap_malformed_xml: {
    vi: 'Tệp cảnh báo không phải XML hợp lệ.',
    en: 'The alert file is not well-formed XML.',
  },
  error_cap_missing_element: {
    vi: 'Tệp cảnh báo thiếu một phần bắt buộc của chuẩn CAP.',
    en: 'The alert lacks an element CAP requires.',
  },
  error_cap_bad_value: {
    vi: 'Tệp cảnh báo có một giá trị không hợp lệ theo chuẩn CAP.',
    en: 'The alert has a value CAP does not allow.',
  },
  error_cap_unknown_element: {
    vi: 'Tệp cảnh báo có một phần chuẩn CAP không có.',
    en: 'The alert has an element CAP does not define.',
  },
  error_cap_not_cap: {
    vi: 'Tệp này không phải cảnh báo theo chuẩn CAP 1.2.',
    en: 'This is not a CAP 1.2 alert.',
  },
  error_cap_too_large: {
    vi: 'Tệp cảnh báo quá lớn.',
    en: 'The alert file is too large.',
  },
  error_cap_too_many: {
    vi: 'Tệp cảnh báo có quá nhiều phần tử (ngôn ngữ, vùng hoặc điểm).',
    en: 'The alert has too many parts (languages, areas or points).',
  },
  error_cap_forbidden_markup: {
    vi: 'Tệp cảnh báo chứa khai báo XML bị cấm vì lý do an toàn (DOCTYPE hoặc thực thể).',
    en: 'The alert holds XML declarations refused for safety (DOCTYPE or entities).',
  },
  error_cap_expired: {
    vi: 'Cảnh báo đã hết hạn trước khi tới: không hiển thị.',
    en: 'The alert had expired before it arrived: not shown.',
  },
  error_cap_sent_in_future: {
    vi: 'Thời điểm phát của cảnh báo ở tương lai: hãy kiểm tra đồng hồ của máy gửi.',
    en: 'The alert’s sent time is in the future: check the sender’s clock.',
  },
  error_feed_invalid: {
    vi: 'Nguồn tin không đọc được như ATOM hoặc RSS.',
    en: 'The feed cannot be read as ATOM or RSS.',
  },
  error_cap_invalid: {
    vi: 'Tệp cảnh báo không hợp lệ theo chuẩn CAP.',
    en: 'The alert is not valid CAP.',
  },
} satisfies Record<string, { vi: string; en: string }>;

/** The emergency page (emergencies and blackouts) and the blackout confirmation of a screen's page. */
export const overridesMessages = {
  ovLiveHeading: { vi: 'Đang hiệu lực', en: 'In force' },
  ovNoneLive: {
    vi: 'Không có thông báo khẩn cấp hay lệnh tắt hình nào đang hiệu lực.',
    en: 'No emergency message or blackout is in force.',
  },
  ovRecentHeading: { vi: 'Đã kết thúc gần đây', en: 'Recently ended' },
  ovNoneRecent: { vi: 'Chưa có gì kết thúc gần đây.', en: 'Nothing has ended recently.' },
  ovKindEmergency: { vi: 'Thông báo khẩn cấp', en: 'Emergency message' },
  ovKindBlackout: { vi: 'Tắt hình', en: 'Blackout' },
  ovStateActive: { vi: 'Đang hiển thị', en: 'On screen' },
  ovStateCleared: { vi: 'Đã gỡ', en: 'Cleared' },
  ovStateExpired: { vi: 'Đã hết thời gian', en: 'Time ran out' },
  ovStateBlackedOut: { vi: 'Đang tắt hình', en: 'Screens dark' },
  ovStateLifted: { vi: 'Đã bật lại hình', en: 'Lifted' },
  ovWhoWhen: { vi: '{name}, lúc {at}', en: '{name}, at {at}' },
  ovFactSent: { vi: 'Người gửi', en: 'Sent by' },
  ovFactApproved: { vi: 'Người duyệt thứ hai', en: 'Second approver' },
  ovWaived: {
    vi: 'Không cần: quy tắc của cổng cho phép một người phát',
    en: 'Not needed: the gate’s policy lets one approver send',
  },
  ovFactCleared: { vi: 'Người gỡ', en: 'Cleared by' },
  ovFactStarted: { vi: 'Người tắt hình', en: 'Blacked out by' },
  ovFactLifted: { vi: 'Người bật lại hình', en: 'Lifted by' },
  ovFactReason: { vi: 'Lý do', en: 'Reason' },
  ovFactTargets: { vi: 'Nơi nhận', en: 'Where' },
  ovTargetsAll: { vi: 'Mọi màn hình (toàn quốc)', en: 'Every screen (nationwide)' },
  ovGateScreens: { vi: '{gate}: {count} màn hình', en: '{gate}: {count} screen(s)' },
  ovOutsideScope: {
    vi: '{count} màn hình ngoài phạm vi của bạn',
    en: '{count} screen(s) outside your scope',
  },
  ovFactTime: { vi: 'Thời gian hiển thị', en: 'Time on screen' },
  ovTtlUntil: { vi: '{minutes} phút, đến {at}', en: '{minutes} min, until {at}' },
  ovTtlAfterApproval: {
    vi: '{minutes} phút kể từ khi được duyệt',
    en: '{minutes} min from the second approval',
  },
  ovFactApprovers: { vi: 'Người có thể duyệt', en: 'Who can approve' },
  ovNoApprovers: {
    vi: 'Không có ai khác đủ quyền duyệt cho các cổng này: hãy nhờ quản trị viên.',
    en: 'Nobody else may approve for these gates: ask an administrator.',
  },
  ovLift: { vi: 'Bật lại hình', en: 'Lift blackout' },

  ovSendHeading: { vi: 'Gửi thông báo khẩn cấp', en: 'Send an emergency message' },
  ovPreviewLoading: { vi: 'Đang kiểm tra nơi nhận…', en: 'Checking where it goes…' },
  ovReach: {
    vi: 'Sẽ tới {screens} màn hình tại {gates}.',
    en: 'Reaches {screens} screen(s) at {gates}.',
  },
  ovNeedsSecond: {
    vi: 'Cần người duyệt thứ hai trước khi hiển thị. Người có thể duyệt: {names}.',
    en: 'Needs a second approver before it shows. Who can approve: {names}.',
  },
  ovNeedsSecondNobody: {
    vi: 'Cần người duyệt thứ hai, nhưng không có ai khác đủ quyền duyệt cho các cổng này: hãy nhờ quản trị viên.',
    en: 'Needs a second approver, but nobody else may approve for these gates: ask an administrator.',
  },
  ovNoSecond: {
    vi: 'Không cần người duyệt thứ hai: thông báo hiển thị ngay khi gửi.',
    en: 'No second approver needed: it shows as soon as it is sent.',
  },
  ovSendEllipsis: { vi: 'Phát khẩn cấp…', en: 'Send emergency…' },

  ovBlackoutHeading: { vi: 'Tắt hình màn hình', en: 'Black out screens' },
  ovBlackoutHint: {
    vi: 'Màn hình đen hoàn toàn cho tới khi có người bật lại hình. Muốn tắt một màn hình: mở trang của màn hình đó.',
    en: 'The screens go completely black until someone lifts it. For one screen, use its own page.',
  },
  ovBlackoutGates: { vi: 'Cổng cần tắt hình', en: 'Gates to black out' },
  ovStartBlackout: { vi: 'Tắt hình…', en: 'Black out…' },
  ovNeedReason: { vi: 'Hãy ghi lý do tắt hình.', en: 'Give a reason for the blackout.' },
  ovBlackoutStarted: { vi: 'Đã tắt hình.', en: 'Blacked out.' },

  ovConfirmSendHeading: { vi: 'Phát thông báo khẩn cấp?', en: 'Send this emergency message?' },
  ovConfirmSendNow: {
    vi: 'Thông báo sẽ hiện ngay trên {screens} màn hình tại {gates}, trong {minutes} phút.',
    en: 'It shows at once on {screens} screen(s) at {gates}, for {minutes} minutes.',
  },
  ovConfirmSendPending: {
    vi: 'Thông báo sẽ chờ người duyệt thứ hai; khi được duyệt, nó hiện trên {screens} màn hình tại {gates}, trong {minutes} phút.',
    en: 'It waits for a second approver; once approved, it shows on {screens} screen(s) at {gates}, for {minutes} minutes.',
  },
  ovConfirmApproveHeading: { vi: 'Duyệt và phát thông báo này?', en: 'Approve and send this message?' },
  ovConfirmClearHeading: { vi: 'Gỡ thông báo khẩn cấp?', en: 'Clear this emergency message?' },
  ovConfirmClear: {
    vi: 'Thông báo sẽ được gỡ khỏi {screens} màn hình tại {gates}; các màn hình trở lại lịch phát.',
    en: 'It comes off {screens} screen(s) at {gates}; they go back to their schedule.',
  },
  ovConfirmWithdraw: {
    vi: 'Thông báo đang chờ duyệt sẽ bị hủy; chưa màn hình nào hiển thị nó.',
    en: 'The waiting message is withdrawn; no screen has shown it.',
  },
  ovConfirmBlackoutHeading: { vi: 'Tắt hình {screens} màn hình?', en: 'Black out {screens} screen(s)?' },
  ovConfirmBlackout: {
    vi: '{screens} màn hình tại {gates} sẽ tắt đen cho tới khi có người bật lại hình.',
    en: '{screens} screen(s) at {gates} go black until someone lifts it.',
  },
  ovConfirmLiftHeading: { vi: 'Bật lại hình?', en: 'Lift this blackout?' },
  ovConfirmLift: {
    vi: '{screens} màn hình tại {gates} sẽ hiển thị lại nội dung theo lịch phát.',
    en: '{screens} screen(s) at {gates} show their scheduled content again.',
  },
  ovScreensList: { vi: 'Các màn hình', en: 'Screens' },
  ovTypeToConfirm: {
    vi: 'Thao tác này tác động tới mọi màn hình. Gõ “{word}” để xác nhận.',
    en: 'This reaches every screen. Type “{word}” to confirm.',
  },
  ovConfirmWord: { vi: 'TẤT CẢ', en: 'ALL' },
  ovConfirmScreenBlackoutHeading: {
    vi: 'Tắt hình màn hình {screen}?',
    en: 'Black out the screen {screen}?',
  },
  ovConfirmScreenBlackout: {
    vi: 'Màn hình {screen} tại {gate} sẽ tắt đen hoàn toàn cho tới khi có người bật lại hình.',
    en: 'The screen {screen} at {gate} goes completely black until someone lifts it.',
  },
  ovConfirmScreenUnblankHeading: {
    vi: 'Bật lại hình màn hình {screen}?',
    en: 'Light the screen {screen} again?',
  },
  ovConfirmScreenUnblank: {
    vi: 'Màn hình {screen} tại {gate} sẽ hiện lại nội dung theo lịch phát (và thông báo khẩn cấp nếu có) ngay lập tức.',
    en: 'The screen {screen} at {gate} shows its scheduled content (and any emergency message) again at once.',
  },
} as const;

/**
 * What a refusal means, in the operator's language: one entry per error `code` the API sends (`error_<code>`)
 * and per specific `reason` (`reason_<reason>`, schemas/common.json#/$defs/apiError). The server's English
 * `message` is for integrators and logs; it never reaches the console's interface (i18n.ts `errorText`).
 * Parameters: {limit} a number, {roles} role names, {languages} language names, {noun} what was named,
 * {state} an approval or override state, {by} what uses the item.
 */
export const errorMessages = {
  // Codes: the general kind of refusal, used when no reason says more.
  error_validation_failed: {
    vi: 'Dữ liệu chưa hợp lệ: hãy kiểm tra lại ô được đánh dấu.',
    en: 'Something entered is not valid: check the marked field.',
  },
  error_invalid_json: {
    vi: 'Máy chủ không đọc được dữ liệu gửi lên.',
    en: 'The server could not read what was sent.',
  },
  error_bad_request: { vi: 'Yêu cầu không hợp lệ.', en: 'The request is not valid.' },
  error_invalid_path: { vi: 'Địa chỉ yêu cầu không hợp lệ.', en: 'The request address is not valid.' },
  error_too_large: { vi: 'Dữ liệu gửi lên quá lớn.', en: 'What was sent is too large.' },
  error_too_deep: { vi: 'Dữ liệu gửi lên lồng nhau quá sâu.', en: 'What was sent is nested too deeply.' },
  error_not_found: {
    vi: 'Không tìm thấy: có thể mục này đã bị xóa hoặc nằm ngoài phạm vi của bạn.',
    en: 'Not found: it may have been deleted, or it is outside your scope.',
  },
  error_conflict: {
    vi: 'Không thực hiện được vì trạng thái hiện tại không cho phép.',
    en: 'Not done: the current state does not allow it.',
  },
  error_unauthorized: {
    vi: 'Phiên làm việc đã hết hạn. Hãy đăng nhập lại.',
    en: 'Your session has expired. Please sign in again.',
  },
  error_csrf_failed: {
    vi: 'Phiên làm việc đã thay đổi. Hãy tải lại trang rồi thử lại.',
    en: 'Your session changed. Reload the page and try again.',
  },
  error_forbidden: { vi: 'Bạn không có quyền làm việc này.', en: 'You are not allowed to do this.' },
  error_rate_limited: {
    vi: 'Đã thử quá nhiều lần. Vui lòng chờ một lúc rồi thử lại.',
    en: 'Too many tries. Wait a while and try again.',
  },
  error_unsupported_media: {
    vi: 'Loại tệp này không được hỗ trợ.',
    en: 'This kind of file is not supported.',
  },
  error_unsupported_charset: {
    vi: 'Dữ liệu phải được gửi ở dạng UTF-8.',
    en: 'Data must be sent as UTF-8.',
  },
  error_empty_upload: { vi: 'Tệp tải lên trống.', en: 'The uploaded file is empty.' },
  error_unknown_reference: {
    vi: 'Mục được chọn không tồn tại hoặc nằm ngoài phạm vi của bạn.',
    en: 'The chosen item does not exist or is outside your scope.',
  },
  error_enrolment_expired: {
    vi: 'Liên kết trình phát đã hết hạn hoặc đã được dùng. Hãy tạo liên kết mới.',
    en: 'The player link has expired or was used. Make a new one.',
  },
  error_pairing_expired: {
    vi: 'Mã ghép nối đã hết hạn. Hãy xin mã mới trên màn hình.',
    en: 'The pairing code has expired. Ask the screen for a new one.',
  },
  error_pairing_unknown: {
    vi: 'Mã ghép nối không đúng hoặc đã hết hạn.',
    en: 'The pairing code is wrong or has expired.',
  },
  error_no_thumbnail: { vi: 'Video này chưa có ảnh xem trước.', en: 'This video has no thumbnail yet.' },
  error_no_screenshot: {
    vi: 'Màn hình chưa gửi ảnh chụp nào.',
    en: 'The screen has sent no screenshot yet.',
  },
  error_not_connected: {
    vi: 'Màn hình đang mất kết nối nên chưa nhận được lệnh.',
    en: 'The screen is not connected, so the command did not reach it.',
  },
  error_not_done: {
    vi: 'Màn hình chưa thực hiện xong lệnh.',
    en: 'The screen has not finished the command.',
  },
  error_command_failed: {
    vi: 'Trình phát không thực hiện được lệnh.',
    en: 'The player could not carry out the command.',
  },
  error_timeout: {
    vi: 'Màn hình không trả lời kịp thời.',
    en: 'The screen did not answer in time.',
  },
  error_contract_violation: {
    vi: 'Máy chủ gặp lỗi nội bộ. Hãy báo cho quản trị viên.',
    en: 'The server had an internal error. Tell an administrator.',
  },
  error_internal: {
    vi: 'Máy chủ gặp lỗi nội bộ. Hãy thử lại hoặc báo cho quản trị viên.',
    en: 'The server had an internal error. Try again or tell an administrator.',
  },
  // Live data (docs/DATA.md): a source's settings, a value sent or entered, a document read.
  error_data_weather_gate: {
    vi: 'Nguồn thời tiết đọc dự báo tại đúng một cổng: phạm vi của nó phải là một cổng (không chọn tỉnh, không toàn quốc).',
    en: 'A weather source reads the forecast at one gate: its scope must be exactly that gate (no province, not nationwide).',
  },
  error_data_in_future: {
    vi: 'Thời điểm quan sát nằm ở tương lai (quá 5 phút so với giờ máy chủ): hãy kiểm tra đồng hồ.',
    en: 'The time observed is in the future (more than 5 minutes past the server’s clock): check the clock.',
  },
  error_data_malformed: {
    vi: 'Tài liệu của nguồn không đúng định dạng mà bộ đọc chờ đợi; không giá trị nào được nhận.',
    en: 'The source’s document is not in the format its reader expects; no value was taken.',
  },
  error_data_forbidden_markup: {
    vi: 'Tài liệu của nguồn chứa phần khai báo bị cấm vì lý do an toàn; không giá trị nào được nhận.',
    en: 'The source’s document holds a declaration refused for safety; no value was taken.',
  },
  error_data_too_large: {
    vi: 'Tài liệu của nguồn quá lớn (tối đa 256 KB).',
    en: 'The source’s document is too large (at most 256 KB).',
  },
  error_data_bad_select: {
    vi: 'Vị trí của trường trong tài liệu viết chưa đúng: các tên cách nhau bằng /, @tên cho thuộc tính, số thứ tự, hoặc tên[khóa=giá trị].',
    en: 'The place of the field in the document is not written right: names separated by /, @name for an attribute, an index, or name[key=value].',
  },
  error_data_bad_cron: {
    vi: 'Lịch đọc chưa đúng: năm phần cách nhau bằng dấu cách (phút giờ ngày tháng thứ), ví dụ */15 6-22 * * *.',
    en: 'The reading schedule is not right: five parts separated by spaces (minute hour day month weekday), e.g. */15 6-22 * * *.',
  },
  error_data_fetch_refused: {
    vi: 'Địa chỉ đọc nằm trong mạng nội bộ: chỉ đọc được khi nguồn cho phép địa chỉ trong mạng nội bộ.',
    en: 'The address is on a private network: it is read only when the source allows private addresses.',
  },
  error_data_fetch_failed: {
    vi: 'Không lấy được tài liệu từ địa chỉ đọc (không kết nối được, địa chỉ trả lời lỗi hoặc không trả lời kịp).',
    en: 'No document came from the address (no connection, an error answer, or no answer in time).',
  },
  error_data_duplicate_path: {
    vi: 'Trường này đã được đọc ở một dòng khác: mỗi trường chỉ đọc một lần.',
    en: 'This field is already read on another line: each field once.',
  },

  // Reasons from the schema validator: shown beside the field the error's JSON pointer names.
  reason_required: { vi: 'Ô này là bắt buộc.', en: 'This field is required.' },
  reason_unknown_field: {
    vi: 'Có một trường máy chủ không nhận. Hãy tải lại trang.',
    en: 'A field the server does not accept was sent. Reload the page.',
  },
  reason_too_short: {
    vi: 'Cần ít nhất {limit} ký tự.',
    en: 'Needs at least {limit} characters.',
  },
  reason_too_long: { vi: 'Tối đa {limit} ký tự.', en: 'At most {limit} characters.' },
  reason_too_few: { vi: 'Cần chọn ít nhất {limit} mục.', en: 'Choose at least {limit}.' },
  reason_too_many: { vi: 'Tối đa {limit} mục.', en: 'At most {limit} items.' },
  reason_too_small: { vi: 'Giá trị phải từ {limit} trở lên.', en: 'Must be {limit} or more.' },
  reason_too_large: { vi: 'Giá trị tối đa là {limit}.', en: 'Must be at most {limit}.' },
  reason_wrong_type: {
    vi: 'Giá trị nhập không đúng loại (ví dụ: cần một số).',
    en: 'The value is of the wrong kind (for example, a number is needed).',
  },
  reason_bad_format: {
    vi: 'Giá trị nhập không đúng định dạng.',
    en: 'The value is not in the expected format.',
  },
  reason_not_a_choice: {
    vi: 'Hãy chọn một trong các lựa chọn có sẵn.',
    en: 'Choose one of the offered options.',
  },
  reason_duplicate: { vi: 'Có mục bị lặp lại.', en: 'An item is repeated.' },
  reason_needs_target: {
    vi: 'Hãy chọn ít nhất một nơi nhận: cổng, nhóm hoặc màn hình.',
    en: 'Choose at least one target: a gate, a group or a screen.',
  },
  reason_invalid: { vi: 'Giá trị này không hợp lệ.', en: 'This value is not valid.' },

  // Reasons from the domain rules.
  reason_unknown_reference: {
    vi: '{noun} được chọn không tồn tại hoặc nằm ngoài phạm vi của bạn.',
    en: 'The chosen {noun} does not exist or is outside your scope.',
  },
  reason_no_weekdays: {
    vi: 'Hãy chọn ít nhất một ngày trong tuần.',
    en: 'Choose at least one day of the week.',
  },
  reason_zero_duration: {
    vi: 'Giờ kết thúc trùng giờ bắt đầu: khung giờ này không kéo dài chút nào.',
    en: 'The end is the same as the start: this slot would last no time at all.',
  },
  reason_overnight_unclear: {
    vi: 'Giờ kết thúc sớm hơn giờ bắt đầu. Nếu khung giờ kéo qua nửa đêm, hãy đánh dấu “Qua đêm”; nếu không, hãy sửa giờ.',
    en: 'The end is before the start. If the slot runs past midnight, tick “Overnight”; otherwise correct the times.',
  },
  reason_until_before_from: {
    vi: 'Ngày kết thúc đứng trước ngày bắt đầu.',
    en: 'The end date is before the start date.',
  },
  reason_missing_translations: {
    vi: 'Còn thiếu bản dịch: {languages}. Hãy bổ sung hoặc xác nhận gửi khi thiếu.',
    en: 'Translations are missing: {languages}. Add them or confirm sending without them.',
  },
  reason_gate_or_province: {
    vi: 'Chỉ chọn một nơi sở hữu: một cổng hoặc một tỉnh.',
    en: 'Choose one owner only: a gate or a province.',
  },
  reason_geometry_needs_preview: {
    vi: 'Bảng LED này đang hoạt động: hãy đổi vùng hiển thị bằng nút “Đổi vùng hiển thị…” trên trang màn hình, để xem trước trên bảng.',
    en: 'This LED board is live: change its region with “Change region…” on the screen page, to preview it on the board first.',
  },
  reason_player_not_connected: {
    vi: 'Máy phát của màn hình này chưa kết nối nên không xem trước được. Không có gì thay đổi.',
    en: 'This screen’s player is not connected, so nothing could be previewed. Nothing was changed.',
  },
  reason_preview_over: {
    vi: 'Bản xem trước này đã kết thúc trên bảng. Hãy xem trước lại vùng hiển thị.',
    en: 'This preview has ended on the board. Preview the region again.',
  },
  reason_no_previous_geometry: {
    vi: 'Màn hình này chưa có vùng hiển thị nào trước đó để khôi phục.',
    en: 'This screen has no earlier region to restore.',
  },
  reason_malformed_field: {
    vi: 'Trường dữ liệu viết chưa đúng (xem ghi chú dưới ô): sửa trước khi gửi duyệt.',
    en: 'A data field is not written right (see the note under the box): fix it before submitting.',
  },
  reason_no_draft: {
    vi: 'Không có bản nháp nào để duyệt hoặc bỏ. Hãy tải lại trang.',
    en: 'There is no draft to approve or discard. Reload the page.',
  },
  reason_in_use: {
    vi: 'Không xóa được: đang được dùng bởi {by}.',
    en: 'Cannot delete: it is used by {by}.',
  },
  reason_changed_elsewhere: {
    vi: 'Người khác vừa thay đổi mục này. Hãy tải lại để xem bản mới nhất.',
    en: 'Someone else just changed this. Reload to see the latest version.',
  },
  reason_wrong_state: {
    vi: 'Không thực hiện được khi mục đang ở trạng thái “{state}”.',
    en: 'Not possible while it is “{state}”.',
  },
  reason_taken: { vi: 'Tên này đã có người dùng.', en: 'This name is already taken.' },
  reason_needs_role: {
    vi: 'Việc này cần vai trò: {roles}.',
    en: 'This needs the role: {roles}.',
  },
  reason_outside_scope: {
    vi: 'Nội dung này thuộc cổng hoặc tỉnh ngoài phạm vi của bạn.',
    en: 'This belongs to a gate or province outside your scope.',
  },
  reason_same_person: {
    vi: 'Bạn là người sửa cuối cùng: cần một người khác phê duyệt.',
    en: 'You made the last change: someone else must approve it.',
  },
  reason_national_only: {
    vi: 'Chỉ người có phạm vi toàn quốc mới làm được việc này.',
    en: 'Only someone with national scope may do this.',
  },
  reason_roles_beyond_own: {
    vi: 'Không thể cấp vai trò mà chính bạn không có.',
    en: 'You cannot grant roles you do not have yourself.',
  },
  reason_scope_beyond_own: {
    vi: 'Không thể cấp phạm vi rộng hơn phạm vi của bạn: hãy chọn tỉnh hoặc cổng thuộc phạm vi của bạn.',
    en: 'You cannot grant a scope wider than your own: choose provinces or gates within yours.',
  },
  reason_wrong_password: {
    vi: 'Mật khẩu hiện tại không đúng.',
    en: 'That is not your current password.',
  },
  reason_wrong_code: {
    vi: 'Mã không đúng: hãy xem lại ứng dụng xác thực và giờ của điện thoại.',
    en: "The code does not match: check the authenticator app and the phone's clock.",
  },
  reason_second_factor_on: {
    vi: 'Xác thực hai lớp đang bật: hãy tắt trước khi đăng ký lại.',
    en: 'Two-step sign-in is already on: turn it off before enrolling again.',
  },
  reason_no_second_factor: {
    vi: 'Tài khoản này chưa bật xác thực hai lớp.',
    en: 'This account does not have two-step sign-in on.',
  },

  // Words the parameters are filled with.
  param_role_admin: { vi: 'quản trị viên', en: 'administrator' },
  param_role_editor: { vi: 'biên tập viên', en: 'editor' },
  param_role_approver: { vi: 'người phê duyệt', en: 'approver' },
  param_role_technician: { vi: 'kỹ thuật viên', en: 'technician' },
  param_role_viewer: { vi: 'người xem', en: 'viewer' },
  param_noun_gate: { vi: 'Cổng', en: 'gate' },
  param_noun_screen: { vi: 'Màn hình', en: 'screen' },
  param_noun_message: { vi: 'Thông điệp', en: 'message' },
  param_noun_playlist: { vi: 'Danh sách phát', en: 'playlist' },
  param_noun_schedule: { vi: 'Lịch phát', en: 'schedule' },
  param_noun_asset: { vi: 'Tệp trong thư viện', en: 'library item' },
  param_noun_user: { vi: 'Người dùng', en: 'user' },
  param_noun_item: { vi: 'Mục', en: 'item' },
  param_by_playlist: { vi: 'danh sách phát', en: 'playlists' },
  param_by_schedule: { vi: 'lịch phát', en: 'schedules' },
  param_by_gate: { vi: 'cổng (làm danh sách phát mặc định)', en: 'gates (as their default playlist)' },
  param_by_screen: { vi: 'màn hình', en: 'screens' },
  param_by_message: { vi: 'thông điệp', en: 'messages' },
  param_by_other: { vi: 'mục khác', en: 'other items' },
  param_state_draft: { vi: 'bản nháp', en: 'draft' },
  param_state_submitted: { vi: 'chờ duyệt', en: 'submitted' },
  param_state_approved: { vi: 'đã duyệt', en: 'approved' },
  param_state_pending: { vi: 'chờ người thứ hai duyệt', en: 'awaiting a second approver' },
  param_state_active: { vi: 'đang hiển thị', en: 'active' },
  param_state_cleared: { vi: 'đã gỡ', en: 'cleared' },
  param_state_expired: { vi: 'đã hết hạn', en: 'expired' },
  param_state_lifted: { vi: 'đã bật lại hình', en: 'lifted' },
  param_state_other: { vi: 'khác', en: 'other' },
} satisfies Record<string, { vi: string; en: string }>;

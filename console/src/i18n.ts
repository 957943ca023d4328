import { ApiError, type ApiErrorBody, type ErrorParam } from './api.ts';
import { languageName } from './format.ts';
import { adminMessages } from './i18n.admin.ts';
import { alertsMessages } from './i18n.alerts.ts';
import { auditMessages } from './i18n.audit.ts';
import { calendarMessages } from './i18n.calendar.ts';
import { dataMessages } from './i18n.data.ts';
import { contentMessages } from './i18n.content.ts';
import { errorMessages } from './i18n.errors.ts';
import { fleetListMessages } from './i18n.fleet.ts';
import { geometryMessages } from './i18n.geometry.ts';
import { hoursMessages } from './i18n.hours.ts';
import { legibilityMessages } from './i18n.legibility.ts';
import { monitorMessages } from './i18n.monitor.ts';
import { peopleMessages } from './i18n.people.ts';
import { overridesMessages } from './i18n.overrides.ts';
import { playlistMessages } from './i18n.playlist.ts';
import { previewMessages } from './i18n.preview.ts';
import { reportMessages } from './i18n.reports.ts';
import { reviewMessages } from './i18n.review.ts';
import { scheduleMessages } from './i18n.schedule.ts';

/** UI languages: Vietnamese first, English second. */
export type Lang = 'vi' | 'en';

/** Every string the console shows, in both languages; `{name}` marks a parameter. */
const catalogue = {
  ...adminMessages,
  ...monitorMessages,
  ...peopleMessages,
  ...auditMessages,
  ...overridesMessages,
  ...previewMessages,
  ...contentMessages,
  ...playlistMessages,
  ...scheduleMessages,
  ...reviewMessages,
  ...errorMessages,
  ...fleetListMessages,
  ...reportMessages,
  ...geometryMessages,
  ...hoursMessages,
  ...legibilityMessages,
  ...alertsMessages,
  ...calendarMessages,
  ...dataMessages,
  appTitle: { vi: 'Gatecast — Bảng điều khiển', en: 'Gatecast — Console' },
  skipToMain: { vi: 'Chuyển tới nội dung chính', en: 'Skip to main content' },
  switchLanguage: { vi: 'English', en: 'Tiếng Việt' },
  switchLanguageLabel: { vi: 'Switch to English', en: 'Chuyển sang tiếng Việt' },
  apiReference: { vi: 'Tài liệu API', en: 'API reference' },
  opensInNewTab: { vi: '(mở trong thẻ mới)', en: '(opens in a new tab)' },
  signOut: { vi: 'Đăng xuất', en: 'Sign out' },

  signInHeading: { vi: 'Đăng nhập', en: 'Sign in' },
  username: { vi: 'Tên đăng nhập', en: 'Username' },
  password: { vi: 'Mật khẩu', en: 'Password' },
  totpCode: { vi: 'Mã xác thực 6 chữ số', en: 'Six-digit authentication code' },
  totpHint: {
    vi: 'Tài khoản này có xác thực hai bước: nhập mã trong ứng dụng xác thực.',
    en: 'This account has a second factor: enter the code from your authenticator app.',
  },
  signIn: { vi: 'Đăng nhập', en: 'Sign in' },
  checking: { vi: 'Đang kiểm tra…', en: 'Checking…' },
  credentialsMissing: { vi: 'Hãy nhập tên đăng nhập và mật khẩu.', en: 'Enter your username and password.' },
  credentialsInvalid: { vi: 'Tên đăng nhập hoặc mật khẩu không đúng.', en: 'Wrong username or password.' },
  signInThrottled: {
    vi: 'Đã thử sai quá nhiều lần với tên này từ máy này. Vui lòng thử lại sau 15 phút.',
    en: 'Too many wrong tries for this name from this computer. Try again in 15 minutes.',
  },
  sessionExpired: {
    vi: 'Phiên làm việc đã hết hạn. Hãy đăng nhập lại.',
    en: 'Your session has expired. Please sign in again.',
  },
  signedInAs: { vi: 'Đăng nhập:', en: 'Signed in:' },
  navFleet: { vi: 'Màn hình', en: 'Screens' },
  navMessages: { vi: 'Thông điệp', en: 'Messages' },
  navPlaylists: { vi: 'Danh sách phát', en: 'Playlists' },
  navSchedules: { vi: 'Lịch phát', en: 'Schedules' },
  navApprovals: { vi: 'Phê duyệt', en: 'Approvals' },
  navEmergency: { vi: 'Khẩn cấp', en: 'Emergency' },
  navPeople: { vi: 'Người dùng', en: 'People' },
  peopleHeading: { vi: 'Người dùng và quyền truy cập', en: 'People and access' },
  live: { vi: 'Cập nhật trực tiếp', en: 'Live' },
  offline: { vi: 'Mất kết nối trực tiếp', en: 'Live updates lost' },

  messagesHeading: { vi: 'Thông điệp', en: 'Messages' },
  newMessage: { vi: 'Thông điệp mới', en: 'New message' },
  messageName: { vi: 'Tên thông điệp', en: 'Message name' },
  gate: { vi: 'Cổng', en: 'Gate' },
  allGates: { vi: 'Mọi cổng', en: 'All gates' },
  titleIn: { vi: 'Tiêu đề ({lang})', en: 'Title ({lang})' },
  addLanguage: { vi: 'Thêm ngôn ngữ', en: 'Add a language' },
  add: { vi: 'Thêm', en: 'Add' },
  missingLanguages: { vi: 'Thiếu bản dịch', en: 'Missing translations' },
  noMissing: { vi: 'Đủ mọi ngôn ngữ cần cho các cổng.', en: 'Every language the gates need is there.' },
  uncovered: { vi: 'Ký tự không có phông chữ', en: 'Characters no font covers' },
  save: { vi: 'Lưu bản nháp', en: 'Save draft' },
  saved: { vi: 'Đã lưu bản nháp.', en: 'Draft saved.' },
  submit: { vi: 'Gửi phê duyệt', en: 'Submit for approval' },
  submitted: { vi: 'Đã gửi phê duyệt.', en: 'Submitted for approval.' },
  state: { vi: 'Trạng thái', en: 'State' },
  stateDraft: { vi: 'Bản nháp', en: 'Draft' },
  stateSubmitted: { vi: 'Chờ duyệt', en: 'Submitted' },
  stateApproved: { vi: 'Đã duyệt', en: 'Approved' },
  rejectedBecause: { vi: 'Bị từ chối bởi {by}: {reason}', en: 'Rejected by {by}: {reason}' },
  approvedBy: { vi: 'Đã duyệt bởi {by}', en: 'Approved by {by}' },
  edit: { vi: 'Sửa', en: 'Edit' },
  editFor: { vi: 'Sửa {name}', en: 'Edit {name}' },

  approvalsHeading: { vi: 'Hàng chờ phê duyệt', en: 'Approval queue' },
  queueEmpty: { vi: 'Không có mục nào chờ duyệt.', en: 'Nothing is waiting for approval.' },
  entity_message: { vi: 'Thông điệp', en: 'Message' },
  entity_playlist: { vi: 'Danh sách phát', en: 'Playlist' },
  entity_schedule: { vi: 'Lịch phát', en: 'Schedule' },
  submittedBy: { vi: 'Gửi bởi {by} lúc {time}', en: 'Submitted by {by} at {time}' },
  review: { vi: 'Xem xét', en: 'Review' },
  reviewFor: { vi: 'Xem xét {name}', en: 'Review {name}' },
  proposed: { vi: 'Đề xuất (bản nháp)', en: 'Proposed (draft)' },
  approve: { vi: 'Duyệt và phát', en: 'Approve and publish' },
  reject: { vi: 'Từ chối', en: 'Reject' },
  reason: { vi: 'Lý do từ chối', en: 'Reason for rejecting' },

  playlistsHeading: { vi: 'Danh sách phát', en: 'Playlists' },
  newPlaylist: { vi: 'Danh sách phát mới', en: 'New playlist' },
  playlistName: { vi: 'Tên danh sách phát', en: 'Playlist name' },
  library: { vi: 'Thông điệp có sẵn', en: 'Available messages' },
  loop: { vi: 'Thứ tự phát (kéo để sắp xếp)', en: 'Play order (drag to reorder)' },
  addToLoop: { vi: 'Thêm {name} vào danh sách', en: 'Add {name} to the loop' },
  remove: { vi: 'Bỏ', en: 'Remove' },
  removeFrom: { vi: 'Bỏ {name} khỏi danh sách', en: 'Remove {name} from the loop' },
  moveUp: { vi: 'Đưa {name} lên', en: 'Move {name} up' },
  moveDown: { vi: 'Đưa {name} xuống', en: 'Move {name} down' },
  duration: { vi: 'Thời lượng (giây)', en: 'Duration (seconds)' },
  durationOf: { vi: 'Thời lượng của {name} (giây)', en: 'Duration of {name} (seconds)' },
  validFrom: { vi: 'Hiệu lực từ', en: 'Valid from' },
  validUntil: { vi: 'Hiệu lực đến', en: 'Valid until' },
  emptyLoop: { vi: 'Chưa có mục nào.', en: 'No items yet.' },

  schedulesHeading: { vi: 'Lịch phát', en: 'Schedules' },
  playlist: { vi: 'Danh sách phát', en: 'Playlist' },
  weekdays: { vi: 'Các ngày trong tuần', en: 'Weekdays' },
  from: { vi: 'Từ', en: 'From' },
  until: { vi: 'Đến', en: 'Until' },
  priority: { vi: 'Mức ưu tiên (cao hơn thắng)', en: 'Priority (higher wins)' },
  conflict: { vi: 'Trùng giờ với mức ưu tiên bằng nhau', en: 'Overlaps at equal priority' },

  emergencyHeading: { vi: 'Thông báo khẩn cấp', en: 'Emergency message' },
  targets: { vi: 'Cổng nhận', en: 'Target gates' },
  ttl: { vi: 'Thời gian hiển thị (phút)', en: 'Time on screen (minutes)' },
  send: { vi: 'Phát khẩn cấp', en: 'Send emergency' },
  clear: { vi: 'Gỡ thông báo', en: 'Clear' },
  emergencyState: { vi: 'Trạng thái: {state}', en: 'State: {state}' },
  acksHeading: { vi: 'Màn hình đã hiển thị', en: 'Screens showing it' },
  ackedAt: { vi: 'đã hiển thị lúc {time}', en: 'shown at {time}' },
  notAcked: { vi: 'chưa xác nhận', en: 'not yet acknowledged' },
  chooseGate: { vi: 'Hãy chọn ít nhất một cổng.', en: 'Choose at least one gate.' },
  networkError: { vi: 'Không kết nối được máy chủ.', en: 'Cannot reach the server.' },
  httpError: { vi: 'Máy chủ trả lời lỗi {status}.', en: 'The server answered with error {status}.' },
  unexpectedError: {
    vi: 'Đã xảy ra lỗi không mong đợi. Hãy tải lại trang và thử lại.',
    en: 'Something unexpected went wrong. Reload the page and try again.',
  },

  fleetHeading: { vi: 'Cổng biên giới và màn hình', en: 'Border gates and screens' },
  refresh: { vi: 'Làm mới', en: 'Refresh' },
  updatedAt: { vi: 'Cập nhật lúc {time}', en: 'Updated at {time}' },
  autoRefresh: { vi: 'Trạng thái màn hình cập nhật trực tiếp.', en: 'Screen status updates live.' },
  noGate: { vi: 'Màn hình không thuộc cổng nào', en: 'Screens without a gate' },

  province: { vi: 'Tỉnh', en: 'Province' },
  borderCountry: { vi: 'Giáp với', en: 'Across the border' },
  timeZone: { vi: 'Múi giờ', en: 'Time zone' },
  languages: { vi: 'Ngôn ngữ', en: 'Languages' },

  colName: { vi: 'Tên', en: 'Name' },
  colKind: { vi: 'Loại', en: 'Kind' },
  colLanguages: { vi: 'Ngôn ngữ', en: 'Languages' },
  colActions: { vi: 'Thao tác', en: 'Actions' },

  kindLed: { vi: 'Bảng LED', en: 'LED board' },
  kindKiosk: { vi: 'Ki-ốt cảm ứng', en: 'Touch kiosk' },
  kindIndoor: { vi: 'Màn hình trong nhà', en: 'Indoor screen' },
  offset: { vi: 'vị trí X,Y: {x},{y}', en: 'offset X,Y: {x},{y}' },
  gateLanguages: { vi: 'Theo cổng', en: "Gate's languages" },
  none: { vi: 'Không có', en: 'None' },

  upToDate: { vi: 'Đã áp dụng bản mới nhất', en: 'Up to date' },
  pending: { vi: 'Chưa áp dụng', en: 'Pending' },
  nothingPublished: { vi: 'Chưa có bản phát hành', en: 'Nothing published' },
  statusUnknown: { vi: 'Không rõ', en: 'Unknown' },
  appliedAt: { vi: 'Áp dụng lúc {time}', en: 'Applied at {time}' },

  newPlayerLink: { vi: 'Tạo liên kết trình phát', en: 'New player link' },
  newPlayerLinkFor: { vi: 'Tạo liên kết trình phát cho {screen}', en: 'New player link for {screen}' },
  tokenDialogHeading: { vi: 'Liên kết trình phát mới: {screen}', en: 'New player link: {screen}' },
  tokenDialogWarning: {
    vi: 'Liên kết này chỉ hiển thị một lần và chỉ dùng được một lần, đến {time}. Hãy mở nó trên trình phát của màn hình: trình phát sẽ nhận mã thiết bị riêng và tự xóa liên kết khỏi thanh địa chỉ. Ai mở liên kết trước sẽ phát như màn hình này.',
    en: 'This link is shown only once and works only once, until {time}. Open it on the screen’s player: the player gets its own device token and removes the link from its address bar. Whoever opens it first plays as this screen.',
  },
  playerUrl: { vi: 'Địa chỉ trình phát', en: 'Player URL' },
  copy: { vi: 'Sao chép', en: 'Copy' },
  copied: { vi: 'Đã sao chép.', en: 'Copied.' },
  copyFailed: {
    vi: 'Không sao chép được; địa chỉ đã được chọn, hãy nhấn Ctrl+C.',
    en: 'Could not copy; the address is selected, press Ctrl+C.',
  },
  close: { vi: 'Đóng', en: 'Close' },

  pair: { vi: 'Ghép nối', en: 'Pair' },
  pairFor: { vi: 'Ghép nối trình phát với {screen}', en: 'Pair a player with {screen}' },
  pairDialogHeading: { vi: 'Ghép nối trình phát: {screen}', en: 'Pair a player: {screen}' },
  pairDialogHint: {
    vi: 'Mở trình phát trên máy tính của màn hình (địa chỉ /player/). Trình phát chưa ghép nối hiển thị một mã gồm 6 ký tự; nhập mã đó vào đây.',
    en: 'Open the player on the screen’s computer (address /player/). A player that is not paired shows a six-character code; enter it here.',
  },
  pairingCode: { vi: 'Mã ghép nối', en: 'Pairing code' },
  pairingCodeMissing: {
    vi: 'Hãy nhập mã đang hiển thị trên màn hình.',
    en: 'Enter the code shown on the screen.',
  },
  pairingCodeInvalid: {
    vi: 'Mã không đúng hoặc đã hết hạn. Hãy kiểm tra mã đang hiển thị trên màn hình.',
    en: 'The code is wrong or has expired. Check the code shown on the screen.',
  },
  pairingPaused: {
    vi: 'Đã nhập sai quá nhiều lần. Hãy thử lại sau 15 phút.',
    en: 'Too many wrong codes. Try again in 15 minutes.',
  },
  pairing: { vi: 'Đang ghép nối…', en: 'Pairing…' },
  paired: {
    vi: 'Đã ghép nối. Màn hình sẽ bắt đầu phát trong giây lát.',
    en: 'Paired. The screen will start playing in a moment.',
  },

  delOnAirChecking: {
    vi: 'Đang kiểm tra nội dung này có đang phát trên màn hình nào không…',
    en: 'Checking whether this is on any screen…',
  },
  delOnAirNow: {
    vi: 'Nội dung này đã được duyệt và đang phát trên {count} màn hình tại {gates}. Xóa sẽ gỡ nó khỏi các màn hình đó ngay.',
    en: 'This is approved and on air on {count} screens at {gates}. Deleting takes it off those screens at once.',
  },
  delOnAirLater: {
    vi: 'Nội dung này đã được duyệt và sẽ phát trên {count} màn hình tại {gates} từ {when}. Xóa sẽ hủy việc phát đó.',
    en: 'This is approved and due on {count} screens at {gates} from {when}. Deleting cancels it.',
  },
  delApprovedNowhere: {
    vi: 'Nội dung này đã được duyệt nhưng chưa phát trên màn hình nào trong những ngày tới.',
    en: 'This is approved, but on no screen in the coming days.',
  },
  delGateScreens: { vi: '{gate} ({count} màn hình)', en: '{gate} ({count} screens)' },
} satisfies Record<string, Record<Lang, string>>;

export type MessageKey = keyof typeof catalogue;

/** The whole catalogue, read-only: for the tests that read every string (no English in Vietnamese). */
export const messages: Readonly<Record<MessageKey, Readonly<Record<Lang, string>>>> = catalogue;

const storageKey = 'gatecast.console.lang';
// No localStorage outside a browser (the catalogue's unit tests): Vietnamese then.
const stored = typeof localStorage === 'undefined' ? null : localStorage.getItem(storageKey);
let current: Lang = stored === 'en' ? 'en' : 'vi';

/** The UI language now in use. */
export function lang(): Lang {
  return current;
}

/** Switches the UI language, remembers it, and marks the page with it. */
export function setLang(next: Lang): void {
  current = next;
  if (typeof localStorage !== 'undefined') localStorage.setItem(storageKey, next);
  if (typeof document !== 'undefined') applyLang();
}

/** Sets `lang` on <html> and the page title to the current language. */
export function applyLang(): void {
  document.documentElement.lang = current;
  document.title = t('appTitle');
}

/** The message for `key` in the current language, with `{name}` parameters filled in. */
export function t(key: MessageKey, params: Record<string, string | number> = {}): string {
  return catalogue[key][current].replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in params ? String(params[name]) : whole,
  );
}

/**
 * What a failed request means, in the interface's language: the catalogue's text for the error's specific
 * reason, else for its code, else for its HTTP status, filled in with its parameters. The server's own
 * (English) message never reaches the interface.
 */
export function errorText(error: unknown): string {
  if (error instanceof ApiError) {
    if (error.status === 0) return t('networkError');
    const body = error.body;
    const key = errorKey(error.status, body);
    if (!key) return t('httpError', { status: error.status });
    const text = t(key, errorParams(body?.params));
    // A reason whose parameters did not come: its code's general text rather than a sentence with a hole.
    const general = errorKey(error.status, body && { code: body.code, message: body.message });
    return /\{\w+\}/.test(text) && general ? t(general) : text;
  }
  return t('unexpectedError');
}

/** What an audit entry's action means (`auth.login` → "Đăng nhập"); one the catalogue does not know, in general words. */
export function auditActionText(action: string): string {
  const key = `audit_${action.replaceAll('.', '_')}`;
  return t(Object.hasOwn(catalogue, key) ? (key as MessageKey) : 'auditOther');
}

/** A failure a screen reported with its code (a remote command): the catalogue's text for the code. */
export function failureText(failure: { code: string }): string {
  const key = `error_${failure.code}`;
  return Object.hasOwn(catalogue, key) ? t(key as MessageKey) : t('unexpectedError');
}

const byStatus: Record<number, MessageKey> = {
  400: 'error_validation_failed',
  401: 'error_unauthorized',
  403: 'error_forbidden',
  404: 'error_not_found',
  409: 'error_conflict',
  413: 'error_too_large',
  415: 'error_unsupported_media',
  429: 'error_rate_limited',
};

/** The catalogue key for an error reply: its reason's, else its code's, else its status's (undefined: none). */
export function errorKey(status: number, body: ApiErrorBody | undefined): MessageKey | undefined {
  const known = (key: string): key is MessageKey => Object.hasOwn(catalogue, key);
  const reason = `reason_${body?.reason ?? ''}`;
  if (body?.reason && known(reason)) return reason;
  const code = `error_${body?.code ?? ''}`;
  if (body?.code && known(code)) return code;
  return byStatus[status] ?? (status >= 500 ? 'error_internal' : undefined);
}

/** An error's parameters as words of the interface: role, noun and state names; language names; numbers. */
function errorParams(params: Record<string, ErrorParam> | undefined): Record<string, string | number> {
  const out: Record<string, string | number> = {};
  const word = (prefix: string, value: string, other: MessageKey): string => {
    const key = `param_${prefix}_${value}`;
    return t(Object.hasOwn(catalogue, key) ? (key as MessageKey) : other);
  };
  for (const [name, value] of Object.entries(params ?? {})) {
    const list = Array.isArray(value) ? value : [String(value)];
    if (typeof value === 'number') out[name] = value.toLocaleString(current === 'vi' ? 'vi-VN' : 'en-GB');
    else if (name === 'roles') out[name] = list.map((r) => word('role', r, 'param_noun_item')).join(', ');
    else if (name === 'languages') out[name] = list.map(languageName).join(', ');
    else if (name === 'noun') out[name] = word('noun', String(value), 'param_noun_item');
    else if (name === 'by') out[name] = word('by', String(value), 'param_by_other');
    else if (name === 'state') out[name] = word('state', String(value), 'param_state_other');
    else if (typeof value !== 'string' || /^[\d\s.,:–-]*$/.test(value)) out[name] = list.join(', ');
    // Any other word the server names stays out: it would be English in a Vietnamese sentence.
  }
  return out;
}

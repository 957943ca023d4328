import { ApiError } from './api.ts';

/** UI languages: Vietnamese first, English second. */
export type Lang = 'vi' | 'en';

/** Every string the console shows, in both languages; `{name}` marks a parameter. */
const catalogue = {
  appTitle: { vi: 'Gatecast — Bảng điều khiển', en: 'Gatecast — Console' },
  skipToMain: { vi: 'Chuyển tới nội dung chính', en: 'Skip to main content' },
  switchLanguage: { vi: 'English', en: 'Tiếng Việt' },
  switchLanguageLabel: { vi: 'Switch to English', en: 'Chuyển sang tiếng Việt' },
  apiReference: { vi: 'Tài liệu API', en: 'API reference' },
  opensInNewTab: { vi: '(mở trong thẻ mới)', en: '(opens in a new tab)' },
  signOut: { vi: 'Đăng xuất', en: 'Sign out' },

  signInHeading: { vi: 'Đăng nhập', en: 'Sign in' },
  tokenLabel: { vi: 'Mã truy cập API', en: 'API token' },
  tokenHint: {
    vi: 'Máy chủ in mã quản trị một lần, khi khởi động lần đầu. Mã chỉ được giữ trong thẻ trình duyệt này.',
    en: 'The server prints the admin token once, at first start. It is kept in this browser tab only.',
  },
  signIn: { vi: 'Đăng nhập', en: 'Sign in' },
  checking: { vi: 'Đang kiểm tra…', en: 'Checking…' },
  tokenMissing: { vi: 'Hãy nhập mã truy cập.', en: 'Enter the token.' },
  tokenInvalid: { vi: 'Mã không hợp lệ', en: 'Invalid token' },
  sessionExpired: {
    vi: 'Mã không còn hợp lệ. Hãy đăng nhập lại.',
    en: 'The token is no longer valid. Please sign in again.',
  },
  networkError: { vi: 'Không kết nối được máy chủ.', en: 'Cannot reach the server.' },
  httpError: { vi: 'Máy chủ trả lời lỗi {status}.', en: 'The server answered with error {status}.' },

  fleetHeading: { vi: 'Cổng biên giới và màn hình', en: 'Border gates and screens' },
  refresh: { vi: 'Làm mới', en: 'Refresh' },
  refreshing: { vi: 'Đang tải…', en: 'Loading…' },
  updatedAt: { vi: 'Cập nhật lúc {time}', en: 'Updated at {time}' },
  autoRefresh: { vi: 'Tự động làm mới mỗi 10 giây.', en: 'Refreshes every 10 seconds.' },
  truncated: {
    vi: 'Chỉ hiển thị {shown} trên tổng số {total} {what}.',
    en: 'Showing only {shown} of {total} {what}.',
  },
  gatesNoun: { vi: 'cổng', en: 'gates' },
  screensNoun: { vi: 'màn hình', en: 'screens' },
  noGates: { vi: 'Chưa có cổng nào.', en: 'No gates yet.' },
  noScreens: { vi: 'Cổng này chưa có màn hình.', en: 'This gate has no screens yet.' },
  noGate: { vi: 'Màn hình không thuộc cổng nào', en: 'Screens without a gate' },

  province: { vi: 'Tỉnh', en: 'Province' },
  borderCountry: { vi: 'Giáp với', en: 'Across the border' },
  timeZone: { vi: 'Múi giờ', en: 'Time zone' },
  languages: { vi: 'Ngôn ngữ', en: 'Languages' },
  screensCaption: { vi: 'Màn hình tại {gate}', en: 'Screens at {gate}' },

  colName: { vi: 'Tên', en: 'Name' },
  colKind: { vi: 'Loại', en: 'Kind' },
  colSize: { vi: 'Kích thước', en: 'Size' },
  colLanguages: { vi: 'Ngôn ngữ', en: 'Languages' },
  colGroups: { vi: 'Nhóm', en: 'Groups' },
  colConnection: { vi: 'Kết nối', en: 'Connection' },
  colContent: { vi: 'Nội dung', en: 'Content' },
  colActions: { vi: 'Thao tác', en: 'Actions' },

  kindLed: { vi: 'Bảng LED', en: 'LED board' },
  kindKiosk: { vi: 'Ki-ốt cảm ứng', en: 'Touch kiosk' },
  kindIndoor: { vi: 'Màn hình trong nhà', en: 'Indoor screen' },
  offset: { vi: 'vị trí X,Y: {x},{y}', en: 'offset X,Y: {x},{y}' },
  gateLanguages: { vi: 'Theo cổng', en: "Gate's languages" },
  none: { vi: 'Không có', en: 'None' },

  connected: { vi: 'Đang kết nối', en: 'Connected' },
  disconnected: { vi: 'Mất kết nối', en: 'Disconnected' },
  upToDate: { vi: 'Đã áp dụng bản mới nhất', en: 'Up to date' },
  pending: { vi: 'Chưa áp dụng', en: 'Pending' },
  nothingPublished: { vi: 'Chưa có bản phát hành', en: 'Nothing published' },
  statusUnknown: { vi: 'Không rõ', en: 'Unknown' },
  appliedAt: { vi: 'Áp dụng lúc {time}', en: 'Applied at {time}' },

  newDeviceToken: { vi: 'Tạo mã thiết bị', en: 'New device token' },
  newDeviceTokenFor: { vi: 'Tạo mã thiết bị cho {screen}', en: 'New device token for {screen}' },
  creating: { vi: 'Đang tạo…', en: 'Creating…' },
  tokenDialogHeading: { vi: 'Mã thiết bị mới: {screen}', en: 'New device token: {screen}' },
  tokenDialogWarning: {
    vi: 'Địa chỉ này chỉ hiển thị một lần. Hãy sao chép và mở nó trên trình phát của màn hình; ai có địa chỉ này đều có thể phát như màn hình này.',
    en: 'This address is shown only once. Copy it and open it on the screen’s player; anyone who has it can play as this screen.',
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
} satisfies Record<string, Record<Lang, string>>;

export type MessageKey = keyof typeof catalogue;

const storageKey = 'gatecast.console.lang';
let current: Lang = localStorage.getItem(storageKey) === 'en' ? 'en' : 'vi';

/** The UI language now in use. */
export function lang(): Lang {
  return current;
}

/** Switches the UI language, remembers it, and marks the page with it. */
export function setLang(next: Lang): void {
  current = next;
  localStorage.setItem(storageKey, next);
  applyLang();
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

/** A readable message for a failed request: the API's own message when it sent one. */
export function errorText(error: unknown): string {
  if (error instanceof ApiError) {
    if (error.status === 0) return t('networkError');
    return error.body?.message ?? t('httpError', { status: error.status });
  }
  return error instanceof Error ? error.message : String(error);
}

/** The people-and-access page, the account's own sign-in, and the recovery code at sign-in (one catalogue, i18n.ts). */
export const peopleMessages = {
  // signin.tsx: a recovery code instead of the six digits.
  pRecoveryCode: { vi: 'Mã khôi phục', en: 'Recovery code' },
  pRecoveryHint: {
    vi: 'Một trong các mã khôi phục được cấp khi bật xác thực hai lớp; mỗi mã chỉ dùng được một lần.',
    en: 'One of the recovery codes given when two-step sign-in was turned on; each works once.',
  },
  pUseRecoveryCode: { vi: 'Mất điện thoại? Dùng mã khôi phục', en: 'Lost your phone? Use a recovery code' },
  pUseTotpCode: { vi: 'Dùng mã 6 chữ số', en: 'Use the six-digit code' },
  pCodeRefused: {
    vi: 'Mã không đúng hoặc đã được dùng rồi. Hãy kiểm tra lại và thử lần nữa.',
    en: 'The code is wrong or was used already. Check it and try again.',
  },

  // people.tsx: the two parts of the page.
  pMyAccount: { vi: 'Tài khoản của tôi', en: 'My account' },
  pPeopleList: { vi: 'Danh sách người dùng', en: 'People' },

  // account-password.tsx
  pChangePassword: { vi: 'Đổi mật khẩu', en: 'Change password' },
  pCurrentPassword: { vi: 'Mật khẩu hiện tại', en: 'Current password' },
  pNewPassword: { vi: 'Mật khẩu mới (ít nhất 12 ký tự)', en: 'New password (at least 12 characters)' },
  pPasswordChanged: {
    vi: 'Đã đổi mật khẩu. Mọi phiên đăng nhập của bạn đã kết thúc: hãy đăng nhập lại bằng mật khẩu mới.',
    en: 'Password changed. Every session of yours has ended: sign in again with the new password.',
  },
  pSignInAgain: { vi: 'Đăng nhập lại', en: 'Sign in again' },

  // account-totp.tsx
  pTwoStep: { vi: 'Xác thực hai lớp', en: 'Two-step sign-in' },
  pTwoStepOn: {
    vi: 'Đang bật. Còn {count} mã khôi phục chưa dùng.',
    en: 'On. {count} recovery codes left unused.',
  },
  pTwoStepOff: {
    vi: 'Đang tắt: chỉ cần mật khẩu là đăng nhập được. Nên bật cho người phê duyệt và quản trị viên.',
    en: 'Off: the password alone signs in. Approvers and administrators should turn it on.',
  },
  pStartEnrol: { vi: 'Bắt đầu bật xác thực hai lớp', en: 'Start turning on two-step sign-in' },
  pEnrolPassword: { vi: 'Mật khẩu của bạn (để xác nhận)', en: 'Your password (to confirm)' },
  pScanQr: {
    vi: 'Quét mã QR này bằng ứng dụng xác thực trên điện thoại, rồi nhập mã 6 chữ số ứng dụng hiện ra.',
    en: 'Scan this QR code with an authenticator app on your phone, then enter the six-digit code it shows.',
  },
  pQrAlt: {
    vi: 'Mã QR để quét bằng ứng dụng xác thực',
    en: 'QR code to scan with an authenticator app',
  },
  pSecretText: {
    vi: 'Không quét được? Nhập khóa này vào ứng dụng:',
    en: 'Cannot scan it? Type this key into the app:',
  },
  pCodeFromApp: { vi: 'Mã 6 chữ số trong ứng dụng', en: 'Six-digit code from the app' },
  pConfirmEnrol: { vi: 'Bật xác thực hai lớp', en: 'Turn on two-step sign-in' },
  pCancel: { vi: 'Hủy', en: 'Cancel' },
  pRecoveryCodesHeading: { vi: 'Mã khôi phục của bạn', en: 'Your recovery codes' },
  pRecoveryCodesWarning: {
    vi: 'Các mã này chỉ hiện một lần. Hãy in ra hoặc cất ở nơi an toàn: khi mất điện thoại, mỗi mã cho đăng nhập được một lần thay cho mã 6 chữ số.',
    en: 'These codes are shown only once. Print them or keep them somewhere safe: if you lose your phone, each one signs you in once instead of the six-digit code.',
  },
  pCopyCodes: { vi: 'Sao chép các mã', en: 'Copy the codes' },
  pCodesKept: { vi: 'Tôi đã cất giữ các mã', en: 'I have kept the codes' },
  pRenewCodes: { vi: 'Tạo mã khôi phục mới', en: 'New recovery codes' },
  pRenewHint: {
    vi: 'Mã khôi phục mới thay thế toàn bộ mã cũ.',
    en: 'New recovery codes replace all the old ones.',
  },
  pTurnOff: { vi: 'Tắt xác thực hai lớp', en: 'Turn off two-step sign-in' },
  pTurnedOff: { vi: 'Đã tắt xác thực hai lớp.', en: 'Two-step sign-in is off.' },

  // account-tokens.tsx
  pTokens: { vi: 'Mã API', en: 'API tokens' },
  pTokensHint: {
    vi: 'Mã API cho phép chương trình tự động gọi API thay cho bạn, với vai trò bạn chọn, trong phạm vi của bạn. Gửi mã trong tiêu đề của mỗi yêu cầu:',
    en: 'An API token lets a program call the API for you, with the roles you choose, within your scope. Send it in a header of each request:',
  },
  pTokenLabel: { vi: 'Tên mã (để nhận ra)', en: 'Token name (to recognise it)' },
  pTokenRoles: { vi: 'Vai trò của mã', en: "The token's roles" },
  pCreateToken: { vi: 'Tạo mã API', en: 'Create API token' },
  pNoTokens: { vi: 'Chưa có mã API nào.', en: 'No API tokens yet.' },
  pTokenCreatedAt: { vi: 'Tạo lúc {time}', en: 'Created {time}' },
  pTokenRevokedAt: { vi: 'Đã thu hồi lúc {time}', en: 'Revoked {time}' },
  pRevoke: { vi: 'Thu hồi', en: 'Revoke' },
  pRevokeFor: { vi: 'Thu hồi mã {name}', en: 'Revoke token {name}' },
  pConfirmRevoke: {
    vi: 'Thu hồi mã “{name}”? Chương trình đang dùng mã này sẽ không gọi được API nữa.',
    en: 'Revoke the token “{name}”? Programs using it will no longer reach the API.',
  },
  pNewTokenHeading: { vi: 'Mã API mới: {name}', en: 'New API token: {name}' },
  pNewTokenWarning: {
    vi: 'Mã chỉ hiện một lần, ngay bây giờ. Hãy sao chép và cất giữ; máy chủ chỉ lưu bản băm của mã.',
    en: 'The token is shown once, now. Copy it and keep it; the server keeps only its hash.',
  },
  pTokenSecret: { vi: 'Mã API', en: 'API token' },
  pTokenShellHint: {
    vi: 'Trong cửa sổ lệnh, đặt biến TOKEN bằng mã vừa sao chép, rồi chạy các ví dụ trong tài liệu:',
    en: 'In a terminal, set TOKEN to the copied token, then run the examples of the documentation:',
  },

  // people-list.tsx
  pSearch: { vi: 'Tìm theo tên', en: 'Search by name' },
  pAddPerson: { vi: 'Thêm người dùng', en: 'Add a person' },
  pNoPeople: { vi: 'Không có ai khớp.', en: 'Nobody matches.' },
  pDisabled: { vi: 'Đã vô hiệu hóa', en: 'Disabled' },
  pActive: { vi: 'Đang hoạt động', en: 'Active' },
  pTwoStepBadge: { vi: 'Xác thực hai lớp', en: 'Two-step' },
  pScopeNational: { vi: 'Toàn quốc', en: 'Nationwide' },
  pScopeProvinces: { vi: 'Tỉnh: {names}', en: 'Provinces: {names}' },
  pScopeGates: { vi: 'Cổng: {names}', en: 'Gates: {names}' },
  pScopeNone: { vi: 'Chưa có phạm vi', en: 'No scope' },
  pPeopleCount: { vi: '{count} người', en: '{count} people' },

  // person-editor.tsx
  pNewPerson: { vi: 'Thêm người dùng', en: 'Add a person' },
  pPersonHeading: { vi: 'Người dùng: {name}', en: 'Person: {name}' },
  pUsername: {
    vi: 'Tên đăng nhập (chữ thường, số, dấu chấm, gạch ngang)',
    en: 'Username (lower-case letters, digits, dots, hyphens)',
  },
  pDisplayName: { vi: 'Họ và tên', en: 'Full name' },
  pRoles: { vi: 'Vai trò', en: 'Roles' },
  roleAdmin: { vi: 'Quản trị viên', en: 'Administrator' },
  roleEditor: { vi: 'Biên tập viên', en: 'Editor' },
  roleApprover: { vi: 'Người phê duyệt', en: 'Approver' },
  roleTechnician: { vi: 'Kỹ thuật viên', en: 'Technician' },
  roleViewer: { vi: 'Người xem', en: 'Viewer' },
  roleAdminHint: {
    vi: 'quản lý cổng, màn hình, người dùng, nhật ký',
    en: 'gates, screens, people, audit log',
  },
  roleEditorHint: { vi: 'soạn nội dung (bản nháp)', en: 'writes content (drafts)' },
  roleApproverHint: {
    vi: 'duyệt nội dung, phát khẩn cấp, tắt màn hình',
    en: 'approves content, emergencies, blackouts',
  },
  roleTechnicianHint: {
    vi: 'màn hình, ghép nối, lệnh từ xa, tắt màn hình',
    en: 'screens, pairing, remote commands, blackouts',
  },
  roleViewerHint: { vi: 'chỉ xem', en: 'reads only' },
  pScope: { vi: 'Phạm vi', en: 'Scope' },
  pScopeNationalChoice: { vi: 'Toàn quốc (mọi cổng)', en: 'Nationwide (every gate)' },
  pScopeListed: { vi: 'Các tỉnh và cổng được chọn', en: 'The chosen provinces and gates' },
  pProvinces: { vi: 'Tỉnh (mọi cổng của tỉnh)', en: 'Provinces (every gate of the province)' },
  pGates: { vi: 'Cổng', en: 'Gates' },
  pScopeHint: {
    vi: 'Bạn chỉ cấp được phạm vi nằm trong phạm vi của mình.',
    en: 'You can grant only a scope within your own.',
  },
  pPassword: { vi: 'Mật khẩu (ít nhất 12 ký tự)', en: 'Password (at least 12 characters)' },
  pResetPassword: {
    vi: 'Đặt lại mật khẩu (để trống nếu không đổi)',
    en: 'Reset the password (leave empty to keep it)',
  },
  pDisableAccount: {
    vi: 'Vô hiệu hóa tài khoản (không đăng nhập được, mã API ngừng hoạt động)',
    en: 'Disable the account (cannot sign in, API tokens stop working)',
  },
  pSavePerson: { vi: 'Lưu', en: 'Save' },
  pPersonSaved: {
    vi: 'Đã lưu. Các phiên đăng nhập của người này đã kết thúc.',
    en: 'Saved. Their sessions have ended.',
  },
  pPersonCreated: { vi: 'Đã thêm {name}.', en: '{name} added.' },
  pSecondFactorOfPerson: { vi: 'Xác thực hai lớp của người này', en: 'Their two-step sign-in' },
  pPersonTwoStepOn: {
    vi: 'Đang bật: người này đăng nhập bằng mật khẩu và mã trong ứng dụng xác thực.',
    en: 'On: they sign in with the password and a code from their authenticator app.',
  },
  pPersonTwoStepOff: {
    vi: 'Đang tắt: người này đăng nhập chỉ bằng mật khẩu.',
    en: 'Off: they sign in with the password alone.',
  },
  pTurnOffForPerson: {
    vi: 'Tắt xác thực hai lớp (mất điện thoại)',
    en: 'Turn off two-step sign-in (lost phone)',
  },
  pConfirmTurnOffForPerson: {
    vi: 'Tắt xác thực hai lớp của {name}? Người này sẽ đăng nhập chỉ bằng mật khẩu cho đến khi bật lại.',
    en: "Turn off {name}'s two-step sign-in? They will sign in with the password alone until they turn it on again.",
  },
  pTurnedOffForPerson: {
    vi: 'Đã tắt xác thực hai lớp của người này.',
    en: 'Their two-step sign-in is off.',
  },
  pTokensOfPerson: { vi: 'Mã API của người này', en: 'Their API tokens' },
  pDeletePerson: { vi: 'Xóa người dùng', en: 'Delete the person' },
  pConfirmDeletePerson: {
    vi: 'Xóa {name}? Nên vô hiệu hóa thay vì xóa nếu muốn giữ lại tên trong nhật ký.',
    en: 'Delete {name}? Disabling keeps them recognisable in the log; deleting cannot be undone.',
  },

  // person-audit.tsx
  pRecentActivity: { vi: 'Hoạt động gần đây', en: 'Recent activity' },
  pNoActivity: { vi: 'Chưa có hoạt động nào.', en: 'No activity yet.' },
  pOutcomeFailed: { vi: 'không thành công', en: 'failed' },
  pOutcomeDenied: { vi: 'bị từ chối', en: 'refused' },
} as const;

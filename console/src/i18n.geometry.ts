// The console's words for an LED board's region: the section on the screen page, the preview dialog
// (screen-geometry.tsx) and the read-only region in the screen form of a live board.
export const geometryMessages = {
  geoHeading: { vi: 'Vùng hiển thị trên bảng LED', en: 'Region on the LED board' },
  geoHint: {
    vi: 'Card phát của bảng LED chép đúng vùng rộng × cao tại vị trí X,Y trên màn hình máy phát. Đổi vùng của một bảng đang hoạt động: xem trước mẫu thử trên bảng, nhìn bảng, rồi mới áp dụng.',
    en: 'The LED board’s sending card copies exactly the width × height region at X,Y of the player PC’s output. To change the region of a live board: preview the test pattern on the board, look at the board, then apply.',
  },
  geoCurrent: { vi: 'Vùng hiện tại: {region}', en: 'Current region: {region}' },
  geoChange: { vi: 'Đổi vùng hiển thị…', en: 'Change region…' },
  geoRestore: { vi: 'Khôi phục vùng trước ({region})', en: 'Restore the previous region ({region})' },
  geoNoPrevious: {
    vi: 'Chưa có vùng nào trước đó để khôi phục.',
    en: 'There is no earlier region to restore.',
  },
  geoNeedsPermission: {
    vi: 'Cần vai trò kỹ thuật viên hoặc quản trị (trong phạm vi của cổng) để đổi vùng hiển thị.',
    en: 'Changing the region needs the technician or admin role (for this gate).',
  },
  geoDialogHeading: { vi: 'Đổi vùng hiển thị: {name}', en: 'Change region: {name}' },
  geoPreview: { vi: 'Xem trước trên bảng', en: 'Preview on the board' },
  geoSending: { vi: 'Đang gửi tới bảng…', en: 'Sending to the board…' },
  geoAsk: {
    vi: 'Bảng đang hiển thị mẫu thử tại vùng mới {region} (còn {seconds} giây). Mẫu có lấp đầy đúng toàn bộ bảng, thấy đủ viền đỏ ở cả bốn cạnh không?',
    en: 'The board now shows the test pattern at the new region {region} ({seconds} s left). Does it fill the board exactly, with the red border visible on all four edges?',
  },
  geoApply: { vi: 'Đúng, áp dụng vùng này', en: 'Yes, apply this region' },
  geoGoBack: { vi: 'Không, quay lại vùng cũ', en: 'No, go back to the old region' },
  geoApplied: { vi: 'Đã áp dụng vùng {region}.', en: 'Region {region} applied.' },
  geoCancelled: {
    vi: 'Đã hủy: bảng quay lại vùng {region}.',
    en: 'Cancelled: the board is back at {region}.',
  },
  geoExpired: {
    vi: 'Hết thời gian xem trước: bảng đã tự quay lại vùng cũ. Hãy xem trước lại nếu cần.',
    en: 'The preview ran out: the board went back to the old region by itself. Preview again if needed.',
  },
  geoRestored: { vi: 'Đã khôi phục vùng {region}.', en: 'Region {region} restored.' },
  geoRestoreHeading: { vi: 'Khôi phục vùng trước?', en: 'Restore the previous region?' },
  geoRestoreAsk: {
    vi: 'Màn hình {name} sẽ chuyển ngay từ vùng {from} sang vùng {to}.',
    en: 'Screen {name} moves at once from region {from} to region {to}.',
  },
  geoRestoreConfirm: { vi: 'Khôi phục', en: 'Restore' },
  geoLocked: {
    vi: 'Bảng LED này đang hoạt động: vùng hiển thị ({region}) chỉ đổi được qua bước xem trước trên bảng, ở trang của màn hình.',
    en: 'This LED board is live: its region ({region}) changes only through a preview on the board, on the screen’s page.',
  },
  geoChangesCaption: { vi: 'Các lần đổi vùng gần đây', en: 'Recent region changes' },
  geoColFrom: { vi: 'Từ vùng', en: 'From' },
  geoColTo: { vi: 'Sang vùng', en: 'To' },
  geoColHow: { vi: 'Cách đổi', en: 'How' },
  geoViaApply: { vi: 'Áp dụng sau khi xem trước', en: 'Applied after a preview' },
  geoViaRestore: { vi: 'Khôi phục', en: 'Restored' },
} as const;

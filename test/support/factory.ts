import { randomBytes } from 'node:crypto';
import type {
  GateInput,
  Heartbeat,
  MessageInput,
  PlaylistInput,
  ScheduleInput,
  ScreenInput,
} from '../../schemas/types.ts';

const uid = (prefix: string) => `${prefix}-${randomBytes(3).toString('hex')}`;

/** Valid inputs with sensible defaults; override what a test cares about. */
export const factory = {
  gate: (over: Partial<GateInput> = {}): GateInput => ({
    id: uid('gate'),
    name: 'Cửa khẩu Lệ Thanh',
    province: 'Gia Lai',
    borderCountry: 'KH',
    timeZone: 'Asia/Ho_Chi_Minh',
    location: { lat: 13.92, lon: 107.53 },
    languages: ['vi', 'km', 'en'],
    ...over,
  }),
  screen: (gateId: string, over: Partial<ScreenInput> = {}): ScreenInput => ({
    id: uid('screen'),
    gateId,
    name: 'Bảng LED cổng chính',
    kind: 'led',
    width: 800,
    height: 500,
    ...over,
  }),
  message: (over: Partial<MessageInput> = {}): MessageInput => ({
    id: uid('msg'),
    name: 'Chào mừng',
    variants: {
      vi: { title: 'Chào mừng quý khách', body: 'Cửa khẩu mở cửa 7:00–17:00' },
      km: { title: 'សូមស្វាគមន៍', body: 'ច្រកទ្វារបើកពីម៉ោង ៧:០០ ដល់ ១៧:០០' },
      en: { title: 'Welcome', body: 'The gate is open 07:00–17:00' },
    },
    ...over,
  }),
  playlist: (messageIds: string[], over: Partial<PlaylistInput> = {}): PlaylistInput => ({
    id: uid('pl'),
    name: 'Vòng chính',
    items: messageIds.map((messageId) => ({ type: 'message' as const, messageId, duration: 10 })),
    ...over,
  }),
  schedule: (
    playlistId: string,
    targets: ScheduleInput['targets'],
    over: Partial<ScheduleInput> = {},
  ): ScheduleInput => ({
    id: uid('sch'),
    name: 'Luôn luôn',
    playlistId,
    targets,
    recurrence: { type: 'always' },
    ...over,
  }),
  /** A player's heartbeat, as the player sends it. */
  heartbeat: (over: Partial<Heartbeat> = {}): Heartbeat => ({
    sentAt: Date.parse('2026-11-22T03:00:00Z'),
    uptimeSeconds: 120,
    playerVersion: '0.1.0',
    manifestVersion: null,
    onScreen: { type: 'message', messageId: 'welcome', lang: 'km', playlistId: 'main' },
    cache: { bytes: 1_234_567, assets: 4, missing: 1 },
    clock: { offsetMs: -42, trusted: true },
    display: { width: 1920, height: 1080, devicePixelRatio: 1, stageWidth: 800, stageHeight: 500 },
    errors: [{ at: Date.parse('2026-11-22T02:59:00Z'), message: 'TypeError: x is undefined' }],
    ...over,
  }),
};

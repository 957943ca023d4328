import { randomBytes } from 'node:crypto';
import type {
  GateInput,
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
};

// Stored entities: the input schemas' types plus the server-set fields of common.json#/$defs/meta.
import type {
  GateInput,
  Meta,
  MessageInput,
  PlaylistInput,
  ScheduleInput,
  ScreenInput,
  AssetInput,
  AssetFile,
} from '../../schemas/types.ts';

/** An input type as stored: its optional id made required, plus createdAt/updatedAt. */
export type Stored<T> = Omit<T, 'id'> & Meta;

export type Gate = Stored<GateInput>;
export type Screen = Stored<ScreenInput>;
export type Message = Stored<MessageInput>;
export type Playlist = Stored<PlaylistInput>;
export type Schedule = Stored<ScheduleInput>;
export type Asset = Stored<AssetInput> & AssetFile;

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
  Scope,
} from '../../schemas/types.ts';

/** An input type as stored: its optional id made required, plus createdAt/updatedAt. */
export type Stored<T> = Omit<T, 'id'> & Meta;

export type Gate = Stored<GateInput>;
export type Screen = Stored<ScreenInput>;
export type Message = Stored<MessageInput>;
export type Playlist = Stored<PlaylistInput>;
/** `owner`: the scope of whoever created it (absent: national); its group targets reach only screens there. */
export type Schedule = Stored<ScheduleInput> & { owner?: Scope };
export type Asset = Stored<AssetInput> & AssetFile;

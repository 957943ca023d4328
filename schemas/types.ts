/* Generated from schemas/*.json by `npm run schemas:types`. Do not edit by hand. */

/**
 * Lower-case slug or UUID: letters a-z, digits and inner hyphens, 1-64 characters.
 */
export type Id = string;
export type Name = string;
/**
 * An RFC 3339 date-time with offset.
 */
export type Instant = string;
export type Sha256 = string;
/**
 * BCP 47 tag: language, optional script, optional region (vi, km, lo, en, zh-Hans, jra, tmm-Tavt).
 */
export type LangTag = string;
/**
 * A calendar date (YYYY-MM-DD) in the gate's time zone.
 */
export type LocalDate = string;
/**
 * draft: being written; submitted: waiting for a second person; approved: this version is the one on the screens.
 */
export type ApprovalState = 'draft' | 'submitted' | 'approved';
/**
 * The kinds of content that go through approval.
 */
export type ReviewedNoun = 'message' | 'playlist' | 'schedule';
/**
 * IANA time zone name, e.g. Asia/Ho_Chi_Minh.
 */
export type TimeZone = string;
/**
 * A summary plus both versions side by side (for a diff) and what the draft refers to that is not approved.
 */
export type ApprovalStatus = ApprovalSummary & {
  /**
   * Messages: the languages the screens at the draft's gates show that it has no text for (those screens skip them); empty for playlists and schedules.
   */
  missingLanguages: LangTag[];
  /**
   * The languages the submitter (submittedBy) said they knowingly leave without text when submitting; empty while not submitted.
   */
  acknowledgedMissing: LangTag[];
  /**
   * Approved versions: the earliest instant within the compiled horizon at which this item is on air on some screen (now when it is on air now); null when it is not approved or not on air within the horizon.
   */
  firstOnScreens: Instant | null;
  /**
   * The working copy (what GET /api/v1/<plural>/:id answers).
   */
  draft: {};
  /**
   * The approved version, the one compiled into manifests; null while none is.
   */
  approved: {} | null;
  /**
   * Messages (of a playlist) or the playlist (of a schedule) the draft names that have no approved version: they will not show.
   */
  unapproved: {
    entity: ReviewedNoun;
    id: string;
  }[];
};
/**
 * Video: a still frame for the console. Made only where the controller has ffmpeg; otherwise unavailable, with the reason.
 */
export type AssetPoster =
  | {
      status: 'made';
      sha256: Sha256;
    }
  | {
      status: 'unavailable';
      reason: string;
    };
/**
 * A group or tag name: lower-case letters, digits, hyphens.
 */
export type Tag = string;
/**
 * Opening periods. Each starts at open on each listed ISO weekday (1 = Monday ... 7 = Sunday) and ends at close the same day; close before open ends the next day; close equal to open is 24 hours.
 *
 * @minItems 1
 * @maxItems 28
 */
export type WeeklyHours = {
  /**
   * @minItems 1
   * @maxItems 7
   */
  days: number[];
  open: string;
  close: string;
}[];
/**
 * A lane type of the crossing: travellers on foot or by car (passengers), freight (goods).
 */
export type GateLane = 'passengers' | 'goods';
/**
 * A wall-clock time HH:MM (00:00 to 23:59) in the gate's time zone.
 */
export type TimeOfDay = string;
/**
 * Opening periods of one date: each opens at open that day and closes at close the same day; close before open closes the next day; close equal to open is 24 hours.
 *
 * @minItems 1
 * @maxItems 4
 */
export type CalendarPeriods = {
  open: TimeOfDay;
  close: TimeOfDay;
}[];
/**
 * a CSS hex colour #rrggbb
 */
export type Colour = string;
/**
 * Milliseconds since the Unix epoch.
 */
export type EpochMs = number;
/**
 * full: items fill the screen; ticker: a main zone above a scrolling ticker band.
 */
export type Layout = 'full' | 'ticker';
/**
 * The province a message or playlist belongs to (a province name as gates carry it): it reaches every gate of that province, and editors whose scope holds the province maintain it. Exclusive with gateId (reason gate_or_province); neither: national.
 */
export type OwnerProvince = string | null;
/**
 * Message level, as in the grassroots-radio rules.
 */
export type Level = 'normal' | 'priority' | 'emergency';
/**
 * The specific cause of an error reply, stable, for a catalogue of sentences (docs/ARCHITECTURE.md, Errors, has the table). Closed: a new cause gets a new value.
 */
export type ErrorReason =
  | 'required'
  | 'unknown_field'
  | 'too_short'
  | 'too_long'
  | 'too_few'
  | 'too_many'
  | 'too_small'
  | 'too_large'
  | 'wrong_type'
  | 'bad_format'
  | 'not_a_choice'
  | 'duplicate'
  | 'needs_target'
  | 'invalid'
  | 'unknown_reference'
  | 'no_weekdays'
  | 'zero_duration'
  | 'overnight_unclear'
  | 'until_before_from'
  | 'missing_translations'
  | 'gate_or_province'
  | 'in_use'
  | 'changed_elsewhere'
  | 'wrong_state'
  | 'taken'
  | 'needs_role'
  | 'outside_scope'
  | 'same_person'
  | 'national_only'
  | 'roles_beyond_own'
  | 'scope_beyond_own'
  | 'wrong_password'
  | 'wrong_code'
  | 'second_factor_on'
  | 'no_second_factor'
  | 'geometry_needs_preview'
  | 'player_not_connected'
  | 'preview_over'
  | 'no_previous_geometry'
  | 'no_draft'
  | 'malformed_field';
/**
 * number: a plain quantity (with an optional unit); money: an amount in a currency; text: words as given; time: an instant (epoch ms) shown in the gate's zone.
 */
export type DataFieldType = 'number' | 'money' | 'text' | 'time';
/**
 * A field's dotted key, as a message names it between {{ }}: segments of letters, digits, _ and -, e.g. rates.USD.sell.
 */
export type DataPath = string;
/**
 * The unit of a number, written after it in each language (°C, mm, phút …).
 */
export type DataUnit = 'celsius' | 'millimeter' | 'minute' | 'percent' | 'kilometer-per-hour';
/**
 * One observed value of a field: a number (number, money), words (text) or an instant in epoch ms (time), and observedAt, when the source observed it (the document's own time when it has one).
 */
export type DataValue = {
  path: DataPath;
  type: DataFieldType;
  value: number | string;
  /**
   * Money only: the ISO 4217 code of the amount's currency (VND, KHR, LAK, USD …).
   */
  currency?: string;
  unit?: DataUnit;
  observedAt: EpochMs;
  maxAgeSeconds?: DataMaxAgeSeconds;
};
/**
 * On the way to a player: the maximum age of the source that gave it. Past it (or past the message's own, whichever is shorter) the value is stale.
 */
export type DataMaxAgeSeconds = number;
/**
 * What a screen does with a message whose value is older than its maximum age: hide the item, or show it with the time of the value ("cập nhật lúc 14:05 12/06").
 */
export type DataStaleMode = 'hide' | 'as-of';
/**
 * How old a value may be, in seconds, before it is stale: one minute to 31 days.
 */
export type DataMaxAgeSeconds1 = number;
/**
 * A gate's digits for values in Khmer and Lao: latn (0-9) or native (០-៩, ໐-໙). Other languages keep 0-9.
 */
export type DataDigits = 'latn' | 'native';
/**
 * A value as a source sends it: a DataValue whose observedAt may be left out (then the time it was received).
 */
export type DataValueInput = {
  path: DataPath;
  type: DataFieldType;
  value: number | string;
  /**
   * Money only: the ISO 4217 code of the amount's currency (VND, KHR, LAK, USD …).
   */
  currency?: string;
  unit?: DataUnit;
  observedAt?: EpochMs;
};
/**
 * pull: the controller reads a document on a schedule; push: the source sends its values with its token.
 */
export type DataSourceKind = 'pull' | 'push';
/**
 * How a pulled document is read: vietcombank-xml (rates.<CODE>.buy|transfer|sell), open-meteo-json (weather.now|today|tomorrow…, at the coordinates of the source's one gate), or any JSON or XML document read through the source's own field mapping (json, xml: pull.fields).
 */
export type DataAdapter = 'vietcombank-xml' | 'open-meteo-json' | 'json' | 'xml';
/**
 * Where a value sits in a pulled document: names separated by /, each a property (JSON) or element (XML), @name an XML attribute, a number an index in a list, and name[key=value] the first item of a list whose key (a property, an @attribute or a child element's text) is value. E.g. lanes[id=passengers]/waitMinutes, ExrateList/Exrate[@CurrencyCode=USD]/@Sell.
 */
export type DataSelect = string;
/**
 * One field of a json or xml source: the value at `select` in the document, as a value of `path` with its type. Text amounts are read with `decimal` as the decimal mark (the other of . and , and spaces group thousands).
 */
export type DataFieldMapping = {
  path: DataPath;
  type: DataFieldType;
  /**
   * Money only: the ISO 4217 code of the amount's currency (VND, KHR, LAK, USD …).
   */
  currency?: string;
  unit?: DataUnit;
  select: DataSelect;
  /**
   * Numbers and amounts: the decimal mark of a value written as text (none: the point). No default is filled in: a text or time field has none.
   */
  decimal?: '.' | ',';
};
/**
 * Where a pull source reads and how often. The same address policy as webhooks: no private, loopback or link-local host unless allowPrivate.
 */
export type DataPull = {
  url: string;
  adapter: DataAdapter;
  everyMinutes: number;
  timeoutSeconds: number;
  allowPrivate?: boolean;
  /**
   * When to read, as a cron pattern on Vietnam's clock (minute hour day month weekday, e.g. "* /15 6-22 * * *": every quarter of an hour from 6:00 to 22:45), instead of every everyMinutes.
   */
  cron?: string;
  /**
   * json and xml sources: the fields read from the document (at least one, each path once).
   *
   * @minItems 1
   * @maxItems 200
   */
  fields?: DataFieldMapping[];
  observedAt?: DataObservedSelect;
};
/**
 * accepted: stored, and current when it is the newest accepted observation of its path; held: moved beyond the source's bound, waits for an approver; rejected: an approver turned it down.
 */
export type DataValueState = 'accepted' | 'held' | 'rejected';
/**
 * A gate's digits for values in Khmer and Lao: latn (0-9) or native (០-៩, ໐-໙). Other languages keep 0-9.
 */
export type DataDigits1 = 'latn' | 'native';
/**
 * full: items fill the screen; ticker: a main zone above a scrolling ticker band.
 */
export type Layout1 = 'full' | 'ticker';
/**
 * Message level, as in the grassroots-radio rules.
 */
export type Level1 = 'normal' | 'priority' | 'emergency';
/**
 * full: items fill the screen; ticker: a main zone above a scrolling ticker band.
 */
export type Layout2 = 'full' | 'ticker';
export type PlaylistItem = MessageItem | ImageItem | VideoItem | ClockItem;
/**
 * Seconds on screen (for a message: per language).
 */
export type DurationSeconds = number;
/**
 * a CSS hex colour #rrggbb
 */
export type Colour1 = string;
export type Recurrence = RecurrenceAlways | RecurrenceWeekly | RecurrenceCron;
/**
 * full: items fill the screen; ticker: a main zone above a scrolling ticker band.
 */
export type Layout3 = 'full' | 'ticker';
/**
 * Lower-case slug or UUID: letters a-z, digits and inner hyphens, 1-64 characters.
 */
export type Id1 = string;
/**
 * What the person asking may do with it now (in answers to a person): approve, clear (an emergency), lift (a blackout).
 */
export type OverrideActions = ('approve' | 'clear' | 'lift')[];
/**
 * Server to player: still waiting for an operator, or paired (with the player's own device token, given once).
 */
export type PairingStatus =
  | {
      status: 'waiting';
      expiresInSeconds: number;
    }
  | {
      status: 'paired';
      screenId: Id;
      token: string;
    };
/**
 * @maxItems 20000
 */
export type Values = DataValue[];
/**
 * Milliseconds since the Unix epoch.
 */
export type EpochMs1 = number;
/**
 * An RFC 3339 date-time with offset.
 */
export type Instant1 = string;
/**
 * An RFC 3339 date-time with offset.
 */
export type Instant2 = string;
/**
 * An RFC 3339 date-time with offset.
 */
export type Instant3 = string;
export type Role = 'admin' | 'editor' | 'approver' | 'technician' | 'viewer';
/**
 * @minItems 1
 */
export type Roles = Role[];
export type AlertEvent = 'screen.offline' | 'screen.online';
/**
 * The screen's status now, in the one vocabulary of the dashboard and GET /api/v1/fleet (online, stale, offline, never, scheduled-off): offline for screen.offline, online for screen.online. Always sent by the controller.
 */
export type Connectivity = 'online' | 'stale' | 'offline' | 'never' | 'scheduled-off';
/**
 * online, stale, offline, never; scheduled-off: outside its gate's operating hours with the board dark or on its night template by schedule (not an outage: silence then is not counted).
 */
export type Connectivity1 = 'online' | 'stale' | 'offline' | 'never' | 'scheduled-off';

export interface SchemaIndex {
  'alert.json#severity'?: 'Extreme' | 'Severe' | 'Moderate' | 'Minor' | 'Unknown';
  'alert.json#urgency'?: 'Immediate' | 'Expected' | 'Future' | 'Past' | 'Unknown';
  'alert.json#certainty'?: 'Observed' | 'Likely' | 'Possible' | 'Unlikely' | 'Unknown';
  'alert.json#rule'?: AlertRule;
  'alert.json#sourceInput'?: AlertSourceInput;
  'alert.json#source'?: AlertSource;
  'alert.json#sourceWithToken'?: AlertSourceWithToken;
  'alert.json#gateOutcome'?: AlertGateOutcome;
  'alert.json#area'?: AlertArea;
  'alert.json#alert'?: Alert;
  'alert.json#alertQuery'?: AlertQuery;
  'alert.json#templateInput'?: AlertTemplateInput;
  'alert.json#template'?: AlertTemplate;
  'alert.json#templateQuery'?: AlertTemplateQuery;
  'alert.json#reportQuery'?: AlertReportQuery;
  'approval.json#submission'?: ApprovalSubmission;
  'approval.json#rejection'?: ApprovalRejection;
  'approval.json#state'?: ApprovalState;
  'approval.json#noun'?: ReviewedNoun;
  'approval.json#actor'?: ActorRef;
  'approval.json#filter'?: ApprovalFilter;
  'approval.json#summary'?: ApprovalSummary;
  'approval.json#onAir'?: OnAir;
  'approval.json#status'?: ApprovalStatus;
  'approval.json'?: ApprovalAction;
  'asset.json#file'?: AssetFile;
  'asset.json#poster'?: AssetPoster;
  'asset.json#uploadQuery'?: AssetUploadQuery;
  'asset.json'?: AssetInput;
  'calendar.json#calendar'?: GateCalendar;
  'calendar.json#lane'?: GateLane;
  'calendar.json#localizedText'?: LocalizedText;
  'calendar.json#periods'?: CalendarPeriods;
  'calendar.json#exception'?: CalendarException;
  'calendar.json#version'?: GateCalendarVersion;
  'calendar.json#record'?: GateCalendarRecord;
  'calendar.json#holidayProposal'?: HolidayProposal;
  'calendar.json#holidaysReply'?: HolidaysReply;
  'calendar.json#holidaysQuery'?: HolidaysQuery;
  'calendar.json#holiday'?: CalendarHoliday;
  'common.json#id'?: Id;
  'common.json#langTag'?: LangTag;
  'common.json#tag'?: Tag;
  'common.json#timeZone'?: TimeZone;
  'common.json#sha256'?: Sha256;
  'common.json#colour'?: Colour;
  'common.json#localDate'?: LocalDate;
  'common.json#instant'?: Instant;
  'common.json#epochMs'?: EpochMs;
  'common.json#name'?: Name;
  'common.json#layout'?: Layout;
  'common.json#ownerProvince'?: OwnerProvince;
  'common.json#level'?: Level;
  'common.json#meta'?: Meta;
  'common.json#apiError'?: ApiError;
  'common.json#errorReason'?: ErrorReason;
  'common.json#errorParams'?: ErrorParams;
  'common.json#pageQuery'?: PageQuery;
  'common.json#errorReply'?: ErrorReply;
  'common.json#page'?: Page;
  'common.json#reportQuery'?: ReportQuery;
  'common.json#auditQuery'?: AuditQuery;
  'common.json#limitQuery'?: LimitQuery;
  'data.json#fieldType'?: DataFieldType;
  'data.json#path'?: DataPath;
  'data.json#unit'?: DataUnit;
  'data.json#value'?: DataValue;
  'data.json#staleMode'?: DataStaleMode;
  'data.json#maxAgeSeconds'?: DataMaxAgeSeconds1;
  'data.json#fieldOptions'?: DataFieldOptions;
  'data.json#digits'?: DataDigits;
  'data.json#valueInput'?: DataValueInput;
  'data.json#valuesInput'?: DataValuesInput;
  'data.json#sourceKind'?: DataSourceKind;
  'data.json#adapter'?: DataAdapter;
  'data.json#select'?: DataSelect;
  'data.json#fieldMapping'?: DataFieldMapping;
  'data.json#observedSelect'?: DataObservedSelect;
  'data.json#pull'?: DataPull;
  'data.json#sourceInput'?: DataSourceInput;
  'data.json#sourceHealth'?: DataSourceHealth;
  'data.json#source'?: DataSource;
  'data.json#sourceWithToken'?: DataSourceWithToken;
  'data.json#valueState'?: DataValueState;
  'data.json#storedValue'?: StoredDataValue;
  'data.json#valuesReply'?: DataValuesReply;
  'data.json#historyQuery'?: DataHistoryQuery;
  'data.json#valueQuery'?: DataValueQuery;
  'demo-bundle.json'?: DemoBundle;
  'device-token.json#token'?: DeviceToken;
  'device-token.json#created'?: DeviceTokenCreated;
  'device-token.json#screenStatus'?: ScreenStatus;
  'device-token.json'?: DeviceTokenInput;
  'enrolment.json#created'?: EnrolmentCreated;
  'enrolment.json#exchange'?: EnrolmentExchange;
  'enrolment.json#exchanged'?: EnrolmentExchanged;
  'enrolment.json'?: EnrolmentInput;
  'gate.json#hours'?: GateHours;
  'gate.json'?: GateInput;
  'manifest.json#segment'?: Segment;
  'manifest.json#entry'?: LoopEntry;
  'manifest.json#message'?: ManifestMessage;
  'manifest.json#asset'?: ManifestAsset;
  'manifest.json'?: Manifest;
  'message.json#variant'?: MessageVariant;
  'message.json'?: MessageInput;
  'override.json#targets'?: OverrideTargets;
  'override.json#actor'?: ActorRef;
  'override.json#emergencyInput'?: EmergencyInput;
  'override.json#emergency'?: Emergency;
  'override.json#emergencyProof'?: EmergencyProof;
  'override.json#blackoutInput'?: BlackoutInput;
  'override.json#blackout'?: Blackout;
  'override.json#playerOverride'?: PlayerOverride;
  'override.json#emergencyAck'?: EmergencyAck;
  'override.json#actions'?: OverrideActions;
  'override.json#person'?: OverridePerson;
  'override.json#previewInput'?: OverridePreviewInput;
  'override.json#preview'?: OverridePreview;
  'override.json#change'?: OverrideChange;
  'override.json#reasonBody'?: ReasonBody;
  'pairing.json#paired'?: PairResult;
  'pairing.json#request'?: PairingRequest;
  'pairing.json#offer'?: PairingOffer;
  'pairing.json#claim'?: PairingClaim;
  'pairing.json#status'?: PairingStatus;
  'pairing.json'?: PairInput;
  'player-events.json#handshakeAuth'?: PlayerHandshakeAuth;
  'player-events.json#screenConfig'?: ScreenConfig;
  'player-events.json#dataUpdate'?: PlayerDataUpdate;
  'player-events.json#screenLive'?: ScreenLiveData;
  'player-events.json#manifestAck'?: ManifestAck;
  'player-events.json#timeSync'?: TimeSync;
  'player-events.json#timeSyncReply'?: TimeSyncReply;
  'player-events.json#manifestAckReply'?: ManifestAckReply;
  'playlist.json#validity'?: Validity;
  'playlist.json#duration'?: DurationSeconds;
  'playlist.json#item'?: PlaylistItem;
  'playlist.json#messageItem'?: MessageItem;
  'playlist.json#imageItem'?: ImageItem;
  'playlist.json#videoItem'?: VideoItem;
  'playlist.json#clockItem'?: ClockItem;
  'playlist.json'?: PlaylistInput;
  'report.json#onScreen'?: OnScreen;
  'report.json#heartbeat'?: Heartbeat;
  'report.json#heartbeatReply'?: HeartbeatReply;
  'report.json#screenHeartbeat'?: ScreenHeartbeat;
  'report.json#heartbeatMinute'?: HeartbeatMinute;
  'report.json#playRecord'?: PlayRecord;
  'report.json#playBatch'?: PlayBatch;
  'report.json#playBatchReply'?: PlayBatchReply;
  'report.json#play'?: Play;
  'report.json#playQuery'?: PlayQuery;
  'report.json#historyQuery'?: HeartbeatHistoryQuery;
  'report.json#commandInput'?: CommandInput;
  'report.json#playerCommand'?: PlayerCommand;
  'report.json#playerCommandResult'?: PlayerCommandResult;
  'report.json#screenshot'?: Screenshot;
  'report.json#command'?: Command;
  'report.json#playReportRow'?: PlayReportRow;
  'report.json#availabilityRow'?: AvailabilityRow;
  'report.json#auditEntry'?: AuditEntry;
  'schedule.json#targets'?: ScheduleTargets;
  'schedule.json#recurrence'?: Recurrence;
  'schedule.json#always'?: RecurrenceAlways;
  'schedule.json#timeOfDay'?: TimeOfDay;
  'schedule.json#weekly'?: RecurrenceWeekly;
  'schedule.json#cron'?: RecurrenceCron;
  'schedule.json'?: ScheduleInput;
  'screen-geometry.json#geometry'?: Geometry1;
  'screen-geometry.json#previewInput'?: GeometryPreviewInput;
  'screen-geometry.json#preview'?: GeometryPreview;
  'screen-geometry.json#applyInput'?: GeometryApplyInput;
  'screen-geometry.json#cancelInput'?: GeometryCancelInput;
  'screen-geometry.json#change'?: GeometryChange;
  'screen-geometry.json#state'?: ScreenGeometryState;
  'screen.json'?: ScreenInput;
  'user.json#role'?: Role;
  'user.json#roles'?: Roles;
  'user.json#scope'?: Scope;
  'user.json#login'?: LoginInput;
  'user.json#passwordChange'?: PasswordChange;
  'user.json#me'?: Me;
  'user.json#apiTokenInput'?: ApiTokenInput;
  'user.json#totpStart'?: TotpStart;
  'user.json#totpConfirm'?: TotpConfirm;
  'user.json#totpSetup'?: TotpSetup;
  'user.json#apiToken'?: ApiToken;
  'user.json#userState'?: UserState;
  'user.json#recoveryCodes'?: RecoveryCodes;
  'user.json#apiTokenCreated'?: ApiTokenCreated;
  'user.json'?: UserInput;
  'webhook.json#event'?: AlertEvent;
  'webhook.json#webhook'?: Webhook;
  'webhook.json#alert'?: ScreenAlert;
  'webhook.json#connectivityChange'?: ConnectivityChange;
  'webhook.json#connectivity'?: Connectivity1;
  'webhook.json#fleetScreen'?: FleetScreen;
  'webhook.json#delivery'?: WebhookDelivery;
  'webhook.json'?: WebhookInput;
}
/**
 * An alert from this source whose first <info> matches every list given (an omitted list matches anything), for a gate listed (or any gate when none is listed), goes on screen at once.
 */
export interface AlertRule {
  /**
   * @minItems 1
   * @maxItems 200
   */
  gates?: Id[];
  /**
   * @minItems 1
   */
  severities?: ('Extreme' | 'Severe' | 'Moderate' | 'Minor' | 'Unknown')[];
  /**
   * @minItems 1
   */
  urgencies?: ('Immediate' | 'Expected' | 'Future' | 'Past' | 'Unknown')[];
  /**
   * @minItems 1
   */
  certainties?: ('Observed' | 'Likely' | 'Possible' | 'Unlikely' | 'Unknown')[];
}
/**
 * A trusted authority that sends alerts: pushed to POST /api/v1/cap with its own token, or a feed (ATOM/RSS of CAP entries) polled on a schedule. Its scope bounds the gates its alerts may reach; its rules say which alerts go on screen at once (everything else waits for an approver).
 */
export interface AlertSourceInput {
  name: Name;
  kind: 'push' | 'feed';
  feed?: AlertFeed;
  scope: Scope;
  /**
   * Rules for alerts that go on screen at once; none: every alert waits for an approver.
   *
   * @maxItems 50
   */
  immediate?: AlertRule[];
  /**
   * How long an alert without <expires> stays on screen (at most 7 days).
   */
  defaultTtlMinutes?: number;
  enabled?: boolean;
  note?: string;
}
/**
 * For a feed source: where it is and how often it is read. The same address policy as webhooks: no private, loopback or link-local host unless allowPrivate.
 */
export interface AlertFeed {
  url: string;
  pollMinutes: number;
  allowPrivate?: boolean;
}
/**
 * Where a user or token may act: everywhere (global), or the listed provinces and gates.
 */
export interface Scope {
  global?: boolean;
  /**
   * @maxItems 64
   */
  provinces?: string[];
  /**
   * @maxItems 500
   */
  gates?: Id[];
}
/**
 * A stored alert source. Its token is shown once, when it is created or renewed; only its last four characters are kept in view.
 */
export interface AlertSource {
  id: Id;
  name: string;
  kind: 'push' | 'feed';
  feed?: AlertFeed;
  scope: Scope;
  immediate: AlertRule[];
  defaultTtlMinutes: number;
  enabled: boolean;
  note?: string;
  /**
   * The last four characters of the token.
   */
  tokenHint: string;
  createdBy: ActorRef;
  createdAt: Instant;
  updatedAt?: Instant;
  lastPolledAt?: Instant;
  lastPollError?: string;
}
/**
 * Who acted: a user, an API token, or the controller itself (system).
 */
export interface ActorRef {
  kind: 'user' | 'token' | 'system';
  id: string;
  name: string;
  /**
   * The person who acted, as user:<id> (an API token acts for the person who created it): the two-person rule compares these.
   */
  person?: string;
}
/**
 * A source just created or whose token was just renewed, with its token (shown this once).
 */
export interface AlertSourceWithToken {
  source: AlertSource;
  /**
   * gcs_… Send it as Authorization: Bearer.
   */
  token: string;
}
/**
 * What an alert did at one gate: on screen (active), waiting for an approver (pending), or not shown (why), with the emergency that carries it and where each language's text came from.
 */
export interface AlertGateOutcome {
  gateId: Id;
  name: string;
  outcome: 'active' | 'pending' | 'no-exercise-screen' | 'no-text' | 'replaced' | 'cleared' | 'expired';
  emergencyId?: Id;
  /**
   * Per language of the gate: original (in the alert), template (from this gate's approved template for the event), or missing.
   */
  texts: {
    [k: string]: 'original' | 'template' | 'missing' | undefined;
  };
  /**
   * The screens it reaches at this gate (only opted-in screens for an exercise).
   */
  screens?: Id[];
}
/**
 * One <area>, for the map: its polygons ([lat, lon] points) and circles.
 */
export interface AlertArea {
  areaDesc: string;
  polygons: number[][][];
  circles: {
    lat: number;
    lon: number;
    radiusKm: number;
  }[];
  geocodes: {
    valueName: string;
    value: string;
  }[];
}
/**
 * A CAP alert as received and what it did. The original XML is kept byte for byte (GET …/xml) with its sha256.
 */
export interface Alert {
  id: Id;
  sourceId: Id;
  sourceName: string;
  identifier: string;
  sender: string;
  sent: Instant;
  status: 'Actual' | 'Exercise' | 'System' | 'Test' | 'Draft';
  msgType: 'Alert' | 'Update' | 'Cancel' | 'Ack' | 'Error';
  receivedAt: Instant;
  via: 'push' | 'feed';
  /**
   * The feed entry's id it came from.
   */
  feedEntry?: string;
  sha256: Sha256;
  bytes: number;
  event: string;
  headline?: string;
  severity: 'Extreme' | 'Severe' | 'Moderate' | 'Minor' | 'Unknown';
  urgency: 'Immediate' | 'Expected' | 'Future' | 'Past' | 'Unknown';
  certainty: 'Observed' | 'Likely' | 'Possible' | 'Unlikely' | 'Unknown';
  onset?: Instant;
  expires?: Instant;
  /**
   * The earlier alerts it updates or cancels (sender,identifier,sent), and our id for each we received.
   */
  references?: {
    sender: string;
    identifier: string;
    sent: string;
    alertId?: Id;
  }[];
  languages: {
    /**
     * Our language tags of its <info> blocks, in document order.
     */
    present: LangTag[];
    /**
     * Language codes of <info> blocks no gate can show.
     */
    unmapped: string[];
  };
  areas: AlertArea[];
  gates: AlertGateOutcome[];
  /**
   * What the alert does as a whole, now: shown (on screen at some gate), pending (waiting for an approver, on no screen), ended (it was on screen or waiting, and is now cleared, replaced or expired everywhere), updated / cancelled (an Update reaching no gate, or a Cancel, applied to earlier alerts), or not shown and why.
   */
  outcome:
    | 'shown'
    | 'pending'
    | 'ended'
    | 'updated'
    | 'cancelled'
    | 'draft'
    | 'not-for-display'
    | 'no-gate'
    | 'no-exercise-screen'
    | 'unknown-reference';
  /**
   * What the person asking may do now (in answers to a person): approve its pending gates, clear its gates on screen.
   */
  actions?: ('approve' | 'clear')[];
}
/**
 * Query of GET /api/v1/alerts (besides limit and offset).
 */
export interface AlertQuery {
  sourceId?: Id;
  gateId?: Id;
  /**
   * What the alert does as a whole, now: shown (on screen at some gate), pending (waiting for an approver, on no screen), ended (it was on screen or waiting, and is now cleared, replaced or expired everywhere), updated / cancelled (an Update reaching no gate, or a Cancel, applied to earlier alerts), or not shown and why.
   */
  outcome?:
    | 'shown'
    | 'pending'
    | 'ended'
    | 'updated'
    | 'cancelled'
    | 'draft'
    | 'not-for-display'
    | 'no-gate'
    | 'no-exercise-screen'
    | 'unknown-reference';
}
/**
 * The text one gate shows in one language for one kind of event when an alert lacks that language. {event}, {headline}, {severity}, {urgency}, {onset}, {expires}, {instruction}, {area} and {sender} are filled from the alert; times are written in the gate's time zone, the language's way.
 */
export interface AlertTemplateInput {
  gateId: Id;
  /**
   * The event it is for, matched without regard to case against each <info>'s <event> and each <eventCode> value.
   */
  event: string;
  lang: LangTag;
  title: string;
  body?: string;
}
/**
 * A stored template: written by an editor, used only once another person has approved it (any change needs approval again).
 */
export interface AlertTemplate {
  id: Id;
  gateId: Id;
  event: string;
  lang: LangTag;
  title: string;
  body?: string;
  state: 'draft' | 'approved';
  updatedBy: ActorRef;
  updatedAt: Instant;
  approvedBy?: ActorRef;
  approvedAt?: Instant;
  actions?: ('edit' | 'approve' | 'delete')[];
}
export interface AlertTemplateQuery {
  gateId?: Id;
  event?: string;
}
/**
 * Query of the alert report: a period of calendar days (in the controller's time zone) and the format.
 */
export interface AlertReportQuery {
  from: LocalDate;
  until: LocalDate;
  format?: 'csv' | 'xlsx';
}
/**
 * Body of submit (optional): a comment kept in the audit log, and the languages the author knowingly leaves without text.
 */
export interface ApprovalSubmission {
  comment?: string;
  /**
   * Messages: languages the screens at the message's gates show that it has no text for, which the author knows of (on those screens it skips them). A submit that leaves a missing language out of this list is refused (reason missing_translations).
   *
   * @maxItems 50
   */
  acknowledgedMissing?: LangTag[];
}
/**
 * Body of reject: why the change goes back to its author.
 */
export interface ApprovalRejection {
  /**
   * a text saying why (not blank)
   */
  reason: string;
}
/**
 * Query of GET /api/v1/approvals (besides limit and offset).
 */
export interface ApprovalFilter {
  state?: ApprovalState;
  entity?: ReviewedNoun;
}
/**
 * Where one message, playlist or schedule stands in the approval workflow.
 */
export interface ApprovalSummary {
  entity: ReviewedNoun;
  id: Id;
  name: string;
  state: ApprovalState;
  /**
   * Counts the edits of the working copy; an approval takes exactly the submitted revision.
   */
  revision: number;
  /**
   * Whether the working copy differs from the approved version (true when none is approved).
   */
  changed: boolean;
  editedBy: ActorRef;
  editedAt: Instant;
  submittedBy: ActorRef | null;
  submittedAt: Instant | null;
  approvedBy: ActorRef | null;
  approvedAt: Instant | null;
  /**
   * The last rejection, kept until the next approval.
   */
  rejection: {
    by: ActorRef;
    at: Instant;
    reason: string;
  } | null;
}
/**
 * Where an item's approved version plays within the compiled horizon (what a delete would take off the screens): the screens in the caller's scope, by gate.
 */
export interface OnAir {
  /**
   * Whether the item has an approved version (the one compiled into manifests).
   */
  approved: boolean;
  /**
   * The earliest instant within the horizon at which the approved version is on air on one of these screens (now when it is on air now); null when on none.
   */
  firstOnScreens: Instant | null;
  /**
   * How many screens (in the caller's scope) play it within the horizon.
   */
  screens: number;
  /**
   * Those screens' gates, each with how many of its screens play it.
   */
  gates: {
    id: Id;
    name: string;
    timeZone: TimeZone;
    screens: number;
  }[];
}
/**
 * Body of submit and approve (optional): a comment kept in the audit log.
 */
export interface ApprovalAction {
  comment?: string;
}
/**
 * What the server learned from the uploaded bytes.
 */
export interface AssetFile {
  sha256: Sha256;
  type: 'image' | 'video';
  mime: 'image/jpeg' | 'image/png' | 'image/webp' | 'image/gif' | 'video/mp4' | 'video/webm';
  size: number;
  width?: number;
  height?: number;
  /**
   * Video: seconds, from the container headers; absent when the container does not say (e.g. a live-recorded WebM).
   */
  duration?: number;
  /**
   * Video: codec of the first video track (MP4 sample entry such as avc1, or a WebM CodecID such as V_VP9).
   */
  codec?: string;
  poster?: AssetPoster;
  owner?: Scope1;
}
/**
 * Where a user or token may act: everywhere (global), or the listed provinces and gates.
 */
export interface Scope1 {
  global?: boolean;
  /**
   * @maxItems 64
   */
  provinces?: string[];
  /**
   * @maxItems 500
   */
  gates?: Id[];
}
export interface AssetUploadQuery {
  name: Name;
  id?: Id;
}
/**
 * Editable fields of a media asset. The bytes are uploaded with POST /api/v1/assets.
 */
export interface AssetInput {
  name: Name;
  /**
   * @maxItems 32
   */
  tags?: Tag[];
}
/**
 * The crossing's opening hours. On each local date, a dated exception decides; failing one, a holiday that closes the gate or gives it special hours; failing that, the weekly table of the lane.
 */
export interface GateCalendar {
  /**
   * Opening periods per lane, in the format of the screens' operating hours. A gate without a goods table opens its goods lane with the passengers' hours.
   */
  weekly: {
    passengers: WeeklyHours;
    goods?: WeeklyHours;
  };
  /**
   * Dated closures and special hours; they beat holidays and the weekly table.
   *
   * @maxItems 400
   */
  exceptions?: CalendarException[];
  /**
   * Public holidays of both countries and what each does to the crossing; they beat the weekly table.
   *
   * @maxItems 200
   */
  holidays?: CalendarHoliday[];
}
/**
 * One date on which the crossing is closed all day or keeps special hours instead of its weekly ones, for one lane or (no lane) all.
 */
export interface CalendarException {
  date: LocalDate;
  lane?: GateLane;
  effect: 'closed' | 'hours';
  periods?: CalendarPeriods;
  reason: LocalizedText;
}
/**
 * A short text per BCP 47 language tag, at least one.
 */
export interface LocalizedText {
  [k: string]: string | undefined;
}
/**
 * A public holiday of one country on one date and its effect on the crossing: closed all day, open as usual, or special hours.
 */
export interface CalendarHoliday {
  date: LocalDate;
  /**
   * ISO 3166-1 alpha-2 code of the country whose holiday it is.
   */
  country: 'VN' | 'KH' | 'LA' | 'CN';
  /**
   * The computed holiday it came from (shared/holidays.ts), e.g. tet; absent for one the operator added.
   */
  key?: string;
  name: LocalizedText;
  effect: 'closed' | 'open' | 'hours';
  periods?: CalendarPeriods;
}
/**
 * A calendar as someone saved or approved it.
 */
export interface GateCalendarVersion {
  calendar: GateCalendar;
  by: ActorRef;
  at: Instant;
}
/**
 * A gate's calendar: the draft an editor saved (waiting for another person's approval) and the approved one, which the gate's screens get in their config; messageId names the opening-hours message generated from the approved one. No calendar yet: neither.
 */
export interface GateCalendarRecord {
  gateId: Id;
  timeZone: TimeZone;
  /**
   * ISO 3166-1 alpha-2 code of the country across the border (KH, LA, CN).
   */
  borderCountry: string;
  draft?: GateCalendarVersion;
  approved?: GateCalendarVersion;
  messageId?: Id;
  /**
   * What the caller may do now: save a draft, approve it (another person than its author), discard it.
   */
  actions?: ('save' | 'approve' | 'discard')[];
}
/**
 * One day of a public holiday computed from its rule (shared/holidays.ts), for the operator to take into the calendar with an effect.
 */
export interface HolidayProposal {
  date: LocalDate;
  /**
   * ISO 3166-1 alpha-2 code of the country whose holiday it is.
   */
  country: 'VN' | 'KH' | 'LA' | 'CN';
  /**
   * The computed holiday it came from (shared/holidays.ts), e.g. tet; absent for one the operator added.
   */
  key: string;
  name: LocalizedText;
}
/**
 * The computed public holidays of a year: Vietnam's, and those of the country across the border when it is Cambodia, Laos or China, in date order.
 */
export interface HolidaysReply {
  holidays: HolidayProposal[];
}
/**
 * The year whose holidays to propose (default: the current year at the gate).
 */
export interface HolidaysQuery {
  year?: number;
}
/**
 * Fields the server sets on every stored entity.
 */
export interface Meta {
  id: Id;
  createdAt: Instant;
  updatedAt: Instant;
}
export interface ApiError {
  /**
   * Machine-readable code, e.g. validation_failed, not_found, conflict.
   */
  code: string;
  message: string;
  /**
   * JSON pointer to the offending field.
   */
  path?: string;
  reason?: ErrorReason;
  params?: ErrorParams;
}
/**
 * What the reason's sentence names, e.g. { "limit": 1 }, { "roles": ["admin"] }, { "noun": "gate", "id": "x" }.
 */
export interface ErrorParams {
  [k: string]: string | number | string[] | undefined;
}
export interface PageQuery {
  limit?: number;
  offset?: number;
}
/**
 * The body of every error reply of the REST API.
 */
export interface ErrorReply {
  error: ApiError;
}
/**
 * The envelope of every list reply: `items` (a list reply narrows them to its entity), `total` of them in all, from the `offset`th, at most `limit` on this page. Some lists add fields of their own.
 */
export interface Page {
  items: unknown[];
  total: number;
  limit: number;
  offset: number;
}
/**
 * Query of the proof-of-play and availability reports: a period of calendar days, optionally one gate.
 */
export interface ReportQuery {
  from: LocalDate;
  until: LocalDate;
  gateId?: Id;
}
/**
 * Query of the audit log (besides limit and offset): a period of calendar days and an action (longer than 64 characters is cut).
 */
export interface AuditQuery {
  from?: LocalDate;
  until?: LocalDate;
  action?: string;
}
/**
 * Query of the lists that answer only the newest entries: how many.
 */
export interface LimitQuery {
  limit?: number;
}
/**
 * A message's rule for the fields it shows: the maximum age of each value and what a screen does past it.
 */
export interface DataFieldOptions {
  stale: DataStaleMode;
  maxAgeSeconds: DataMaxAgeSeconds1;
  /**
   * A maximum age for some fields, by path, instead of the message's (weather for 6 hours beside a rate for a day).
   */
  fields?: {
    [k: string]:
      | {
          maxAgeSeconds: DataMaxAgeSeconds1;
        }
      | undefined;
  };
}
/**
 * Values sent at once: by a push source with its token (PUT /api/v1/data/values) or entered by a person (POST /api/v1/data-sources/{id}/values). Each path at most once.
 */
export interface DataValuesInput {
  /**
   * @minItems 1
   * @maxItems 500
   */
  values: DataValueInput[];
}
/**
 * Where a json or xml document says when its values were observed: an ISO 8601 time with its offset (iso), or seconds or milliseconds since 1970 (epoch-s, epoch-ms). None: when it was read.
 */
export interface DataObservedSelect {
  select: DataSelect;
  format?: 'iso' | 'epoch-s' | 'epoch-ms';
}
/**
 * A source of live values (exchange rates, weather, waiting times): pulled by the controller from an address on a schedule, or pushed with its own token. Its scope bounds who sees and enters its values. docs/DATA.md.
 */
export interface DataSourceInput {
  name: Name;
  kind: DataSourceKind;
  scope: Scope;
  pull?: DataPull;
  maxAgeSeconds: DataMaxAgeSeconds1;
  /**
   * A new number or amount that moves more than this many per cent from the last accepted value of its path is held for an approver instead of reaching the screens. None: every value flows.
   */
  boundPercent?: number;
  enabled?: boolean;
}
/**
 * How a source is doing: when its newest accepted value was observed, when it was last read and what went wrong then (lastError and its code lastErrorCode; none: the last read went well); stale when its newest value is older than its maximum age (or it has none).
 */
export interface DataSourceHealth {
  lastValueAt?: Instant;
  lastPolledAt?: Instant;
  lastError?: string;
  /**
   * What went wrong at the last read, as a code the console translates (beside lastError, in English): a refusal's code (data_malformed, data_too_large …), data_fetch_refused (a private address without allowPrivate), data_fetch_failed (no document: unreachable, an HTTP error, no answer in time), internal (unexpected, logged).
   */
  lastErrorCode?: string;
  stale: boolean;
}
/**
 * A stored data source. Its token (gcv_…) is shown once, when it is created or renewed.
 */
export interface DataSource {
  id: Id;
  name: string;
  kind: DataSourceKind;
  scope: Scope;
  pull?: DataPull;
  maxAgeSeconds: DataMaxAgeSeconds1;
  boundPercent?: number;
  enabled: boolean;
  /**
   * The last four characters of the token.
   */
  tokenHint: string;
  createdBy: ActorRef;
  createdAt: Instant;
  updatedAt?: Instant;
  health: DataSourceHealth;
}
/**
 * A source just created or whose token was just renewed, with its token (shown this once).
 */
export interface DataSourceWithToken {
  source: DataSource;
  /**
   * gcv_… Send it as Authorization: Bearer to PUT /api/v1/data/values.
   */
  token: string;
}
/**
 * One value as kept: every observation is kept, with when it was received and what became of it.
 */
export interface StoredDataValue {
  id: Id;
  sourceId: Id;
  path: DataPath;
  type: DataFieldType;
  value: number | string;
  currency?: string;
  unit?: DataUnit;
  observedAt: EpochMs;
  receivedAt: Instant;
  state: DataValueState;
  /**
   * Held values: the last accepted value of the path it jumped from.
   */
  previous?: number | string;
  enteredBy?: ActorRef;
  decidedBy?: ActorRef;
  decidedAt?: Instant;
}
/**
 * The values just received, each as stored (state accepted or held); a value already received (same path and observation time) is not stored again and is left out.
 */
export interface DataValuesReply {
  values: StoredDataValue[];
}
/**
 * Which values of a source, newest observation first: one path or all, and how many.
 */
export interface DataHistoryQuery {
  path?: DataPath;
  limit?: number;
}
/**
 * Values across the sources in the caller's scope: held ones wait for an approver.
 */
export interface DataValueQuery {
  state?: DataValueState;
  sourceId?: Id;
  limit?: number;
}
/**
 * Sample data for one reference gate, seeded into an empty database: the gate, its screens, messages, playlists and schedules.
 */
export interface DemoBundle {
  gate: GateInput;
  screens: ScreenInput[];
  messages: MessageInput[];
  playlists: PlaylistInput[];
  schedules: ScheduleInput[];
}
/**
 * A border gate (site) with its information cluster.
 */
export interface GateInput {
  id?: Id;
  name: Name;
  province: string;
  /**
   * ISO 3166-1 alpha-2 code of the country across the border (KH, LA, CN).
   */
  borderCountry: string;
  /**
   * Province or region across the border.
   */
  borderRegion?: string;
  timeZone: TimeZone;
  location: {
    lat: number;
    lon: number;
  };
  /**
   * Default languages shown on this gate's screens, in rotation order.
   *
   * @minItems 1
   * @maxItems 12
   */
  languages: LangTag[];
  /**
   * Whether an emergency message for this gate needs a second approver (default) or may be sent by one approver alone; either way it is logged.
   */
  emergencyPolicy?: 'second-approval' | 'single-approver';
  /**
   * Local times (HH:MM, in the gate's time zone) between which no offline/online alert is sent; what still holds at the end is sent then. End before start wraps past midnight.
   */
  quietHours?: {
    start: string;
    end: string;
  };
  hours?: GateHours;
  digits?: DataDigits1;
  /**
   * Played on a screen of this gate whenever no schedule covers it.
   */
  defaultPlaylistId?: Id | null;
}
/**
 * Operating hours of the gate's screens, a weekly table in the gate's time zone, what they show outside those hours, and software dimming by time of day.
 */
export interface GateHours {
  weekly: WeeklyHours;
  /**
   * What the screens show outside the opening periods: the schedule as usual (content), a dark clock with the gate's name (night), or nothing (black). Night and black count as scheduled off in monitoring and reports.
   */
  outside: 'content' | 'night' | 'black';
  /**
   * Software dimming of the whole stage: each level (1 = full) applies from its local time until the next one, every day. The LED controller's own brightness is not changed.
   *
   * @maxItems 24
   */
  dimming?: {
    from: string;
    level: number;
  }[];
}
/**
 * A display at a gate: an LED board, a touch kiosk or an indoor screen.
 */
export interface ScreenInput {
  id?: Id;
  gateId: Id;
  name: Name;
  kind: 'led' | 'kiosk' | 'indoor';
  /**
   * Pixels the screen shows, horizontally.
   */
  width: number;
  /**
   * Pixels the screen shows, vertically.
   */
  height: number;
  /**
   * LED boards: left edge of the region the sending card copies from the HDMI output.
   */
  offsetX?: number;
  /**
   * LED boards: top edge of the region the sending card copies from the HDMI output.
   */
  offsetY?: number;
  rotation?: 0 | 90 | 180 | 270;
  /**
   * Shows drills: CAP alerts with status Exercise or Test reach this screen (under a DIỄN TẬP / EXERCISE watermark). Absent or false: they never do.
   */
  exercises?: boolean;
  layout?: Layout1;
  /**
   * Kiosks: seconds without a touch after which the screen goes back to the loop.
   */
  kioskIdleSeconds?: number;
  /**
   * Format of the image renditions made for this screen: WebP, or JPEG for players that cannot decode WebP.
   */
  imageFormat?: 'webp' | 'jpeg';
  /**
   * Legibility: metres from the screen to the farthest reader it is meant for. With the pixel pitch it sets the smallest text (capitals distance/250 tall).
   */
  viewingDistanceM?: number;
  /**
   * Legibility: millimetres from one pixel (LED) to the next; without it, the usual pitch of the kind.
   */
  pixelPitchMm?: number;
  /**
   * Legibility: the smallest text the screen may show, in pixels, set by hand (wins over the viewing distance). Scripts with stacked marks never go below their own minimum.
   */
  minTextPx?: number;
  /**
   * Languages to rotate on this screen; empty means the gate's languages.
   *
   * @maxItems 12
   */
  languages?: LangTag[];
  /**
   * Group tags a schedule can target.
   *
   * @maxItems 32
   */
  groups?: Tag[];
}
/**
 * A multilingual message: one variant per language, NFC-normalised by the server.
 */
export interface MessageInput {
  id?: Id;
  name: Name;
  /**
   * The gate this message belongs to; null (and no province) for a message shared by every gate (changed only by national-scope users).
   */
  gateId?: Id | null;
  province?: OwnerProvince;
  level?: Level1;
  fieldOptions?: DataFieldOptions1;
  /**
   * Text per BCP 47 language tag.
   */
  variants: {
    [k: string]: MessageVariant | undefined;
  };
}
/**
 * A message's rule for the fields it shows: the maximum age of each value and what a screen does past it.
 */
export interface DataFieldOptions1 {
  stale: DataStaleMode;
  maxAgeSeconds: DataMaxAgeSeconds1;
  /**
   * A maximum age for some fields, by path, instead of the message's (weather for 6 hours beside a rate for a day).
   */
  fields?: {
    [k: string]:
      | {
          maxAgeSeconds: DataMaxAgeSeconds1;
        }
      | undefined;
  };
}
export interface MessageVariant {
  title?: string;
  body?: string;
  ticker?: string;
}
/**
 * An ordered loop of items.
 */
export interface PlaylistInput {
  id?: Id;
  name: Name;
  /**
   * The gate this playlist belongs to; null (and no province) for a playlist shared by every gate.
   */
  gateId?: Id | null;
  province?: OwnerProvince;
  /**
   * Languages to rotate for this playlist's messages; empty means the screen's languages.
   *
   * @maxItems 12
   */
  languages?: LangTag[];
  layout?: Layout2;
  /**
   * @minItems 1
   * @maxItems 500
   */
  items: PlaylistItem[];
}
export interface MessageItem {
  type: 'message';
  messageId: Id;
  duration: DurationSeconds;
  /**
   * rotate: one language after the other, each for duration; side-by-side: all of them at once, for duration.
   */
  languages?: 'rotate' | 'side-by-side';
  validFrom?: Instant;
  validUntil?: Instant;
}
export interface ImageItem {
  type: 'image';
  assetId: Id;
  duration: DurationSeconds;
  /**
   * How the image fills the screen: cover (crop), contain (letterbox on the background) or fill (stretch). The controller makes a rendition of exactly the screen's pixels for it.
   */
  fit?: 'cover' | 'contain' | 'fill';
  background?: Colour1;
  validFrom?: Instant;
  validUntil?: Instant;
}
export interface VideoItem {
  type: 'video';
  assetId: Id;
  duration: DurationSeconds;
  validFrom?: Instant;
  validUntil?: Instant;
}
export interface ClockItem {
  type: 'clock';
  duration: DurationSeconds;
  validFrom?: Instant;
  validUntil?: Instant;
}
/**
 * Puts a playlist on target screens: always, in a weekly time slot, or at recurring times given by a cron expression, evaluated in each gate's time zone. 'from' and 'until' are inclusive days in the gate's time zone.
 */
export interface ScheduleInput {
  id?: Id;
  name: Name;
  playlistId: Id;
  targets: ScheduleTargets;
  from?: LocalDate;
  until?: LocalDate;
  recurrence: Recurrence;
  /**
   * Higher wins; equal priorities interleave item by item.
   */
  priority?: number;
  enabled?: boolean;
}
/**
 * A screen is targeted if it is listed, belongs to a listed gate, or carries a listed group tag.
 */
export interface ScheduleTargets {
  /**
   * @maxItems 200
   */
  gates?: Id[];
  /**
   * @maxItems 200
   */
  groups?: Tag[];
  /**
   * @maxItems 1000
   */
  screens?: Id[];
}
export interface RecurrenceAlways {
  type: 'always';
}
/**
 * A time slot on some days of the week: from start to end on each listed day, or, when overnight, from start on each listed day to end on the next day. The same as the cron 'M H * * days' lasting end - start. start equal to end is refused (zero_duration); end before start without overnight, or after start with it, is refused (overnight_unclear).
 */
export interface RecurrenceWeekly {
  type: 'weekly';
  /**
   * ISO weekdays the slot starts on: 1 = Monday ... 7 = Sunday.
   *
   * @minItems 1
   * @maxItems 7
   */
  days: number[];
  start: TimeOfDay;
  end: TimeOfDay;
  /**
   * The slot ends on the day after it starts (end is before start).
   */
  overnight?: boolean;
}
export interface RecurrenceCron {
  type: 'cron';
  /**
   * node-cron syntax, five fields (minute hour day month weekday) or six with seconds first; e.g. '0 6 * * 1-5' = weekdays at 06:00.
   */
  cron: string;
  /**
   * How long each occurrence lasts.
   */
  durationMinutes: number;
}
/**
 * A screen's device credential as listed (never its secret).
 */
export interface DeviceToken {
  id: string;
  screenId: Id;
  label: string;
  createdAt: Instant;
  revokedAt: Instant | null;
}
/**
 * A new device token, for a client that presents it in the socket handshake's auth (never in a URL: a player page gets a link from POST /api/v1/screens/:id/enrolments instead).
 */
export interface DeviceTokenCreated {
  id: Id;
  screenId: Id;
  token: string;
  createdAt: Instant;
}
/**
 * What the server knows of a screen's player.
 */
export interface ScreenStatus {
  screenId: Id;
  currentVersion: string | null;
  appliedVersion: string | null;
  appliedAt: Instant | null;
  connected: boolean;
}
/**
 * Creates a credential for one screen's player. The token is shown once and stored hashed.
 */
export interface DeviceTokenInput {
  label?: string;
}
/**
 * A new player link. The token is shown only now and works once, until expiresAt.
 */
export interface EnrolmentCreated {
  id: Id;
  screenId: Id;
  /**
   * The enrolment token (gce_…).
   */
  token: string;
  /**
   * Path of the player page that carries the enrolment token.
   */
  playerUrl: string;
  createdAt: Instant;
  expiresAt: Instant;
}
/**
 * Player to server on /pairing: the enrolment token it found in its URL, to exchange (once) for its own device token.
 */
export interface EnrolmentExchange {
  token: string;
}
/**
 * Server to player: the screen it now plays, and its own device token (given this once).
 */
export interface EnrolmentExchanged {
  screenId: Id;
  token: string;
}
/**
 * Issues a player link for one screen (POST /api/v1/screens/:id/enrolments): it carries a single-use, short-lived enrolment token, never a device token.
 */
export interface EnrolmentInput {
  /**
   * Given to the device token the link is exchanged for.
   */
  label?: string;
}
export interface Segment {
  start: EpochMs;
  end: EpochMs;
  /**
   * Key into loops; null when nothing is scheduled and the gate has no default playlist.
   */
  loop: string | null;
}
export interface LoopEntry {
  type: 'message' | 'image' | 'video' | 'clock';
  /**
   * Milliseconds on screen.
   */
  duration: number;
  playlistId: Id;
  messageId?: Id;
  lang?: LangTag;
  /**
   * A message shown side by side: every language at once (lang is the first).
   *
   * @minItems 2
   */
  langs?: LangTag[];
  assetId?: Id;
  fit?: 'cover' | 'contain' | 'fill';
  background?: Colour;
  /**
   * Key into assets of the file this entry shows; absent means assetId. For an image: the rendition made for this screen's exact pixels, fit and background, which the player shows without resampling.
   */
  media?: string;
}
export interface ManifestMessage {
  level: Level;
  fieldOptions?: DataFieldOptions;
  variants: {
    [k: string]: MessageVariant | undefined;
  };
}
export interface ManifestAsset {
  sha256: Sha256;
  mime: string;
  size: number;
  url: string;
  width?: number;
  height?: number;
  /**
   * Video: seconds, when the container says.
   */
  duration?: number;
}
/**
 * Everything a player needs to play for the horizon: a timeline of segments, each pointing at a loop of entries, plus the messages and assets they use. Screens with the same inputs share one manifest; its version is a hash of its content.
 */
export interface Manifest {
  /**
   * Content hash of the manifest (hex).
   */
  version: string;
  generatedAt: EpochMs;
  timeZone: TimeZone;
  horizon: {
    from: EpochMs;
    until: EpochMs;
  };
  /**
   * Key into loops of the gate's default playlist, which a player plays outside the horizon (offline for longer than it, or a clock before it); null when the gate has none.
   */
  fallback?: string | null;
  /**
   * Non-overlapping, contiguous [start, end) intervals covering the horizon.
   */
  segments: Segment[];
  /**
   * Loops by key. Position in a loop is (now - segment.start) modulo the loop's total duration.
   */
  loops: {
    /**
     * @minItems 1
     */
    [k: string]: LoopEntry[] | undefined;
  };
  messages: {
    [k: string]: ManifestMessage | undefined;
  };
  assets: {
    [k: string]: ManifestAsset | undefined;
  };
  layout?: Layout3;
  /**
   * Layouts of playlists that set their own, by playlist id.
   */
  layouts?: {
    [k: string]: Layout | undefined;
  };
  /**
   * Font family per language used by this manifest; the player bundles the files.
   */
  fonts: {
    lang: LangTag;
    family: string;
  }[];
}
/**
 * Which screens: every screen (national scope only), the screens of some gates, and/or single screens.
 */
export interface OverrideTargets {
  all?: true;
  /**
   * @minItems 1
   * @maxItems 200
   */
  gates?: Id[];
  /**
   * @minItems 1
   * @maxItems 2000
   */
  screens?: Id[];
}
/**
 * An emergency message to send now: its text per language, its targets and how long it stays up.
 */
export interface EmergencyInput {
  variants: Variants;
  targets: OverrideTargets;
  /**
   * Minutes the message stays up once active, unless cleared earlier (at most 7 days).
   */
  ttlMinutes: number;
  note?: string;
}
/**
 * Text per BCP 47 language tag, shown in turn.
 */
export interface Variants {
  [k: string]: MessageVariant | undefined;
}
/**
 * A stored emergency message and its life: pending (awaiting a second approver), active, cleared or expired.
 */
export interface Emergency {
  id: Id;
  variants: Variants;
  targets: OverrideTargets;
  ttlMinutes: number;
  note?: string;
  state: 'pending' | 'active' | 'cleared' | 'expired';
  /**
   * The gates the targets reached when it was sent.
   */
  gateIds: Id[];
  /**
   * How the second approval was met: given by another approver, waived by every target gate's policy, waived by a rule of the alert source that sent it (a CAP alert), or still awaited.
   */
  secondApproval: 'given' | 'waived-by-gate-policy' | 'waived-by-source-rule' | 'awaited';
  createdBy: ActorRef;
  createdAt: Instant;
  approvedBy?: ActorRef;
  activatedAt?: Instant;
  expiresAt?: Instant;
  clearedBy?: ActorRef;
  clearedAt?: Instant;
  /**
   * A drill (a CAP alert with status Exercise or Test): shown only on screens that opted in, under a DIỄN TẬP / EXERCISE watermark in every language.
   */
  exercise?: true;
  origin?: EmergencyOrigin;
  /**
   * Screens whose player sent a screenshot when it appeared (in answers to a person, not in stored data).
   */
  proofs?: EmergencyProof[];
  /**
   * Screens that have shown it, with when (in answers to a person, not in stored data).
   */
  acks?: {
    screenId: Id;
    at: Instant;
  }[];
  /**
   * The screens it reaches (in answers to a person, not in stored data).
   */
  screenIds?: Id[];
  actions?: OverrideActions;
  /**
   * While pending: the people who could give the second approval (not the sender).
   */
  approvers?: OverridePerson[];
}
/**
 * Where it came from when an authority sent it as a CAP alert: the stored alert, its source, and where each language's text came from.
 */
export interface EmergencyOrigin {
  kind: 'cap';
  alertId: Id;
  sourceId: Id;
  texts: {
    [k: string]: 'original' | 'template' | undefined;
  };
  replacedBy?: Id1;
}
/**
 * The screenshot a screen's player sent when an emergency first showed there: the proof that it reached the board.
 */
export interface EmergencyProof {
  screenId: Id;
  at: Instant;
  /**
   * Where the PNG is (GET, signed in).
   */
  imageUrl: string;
}
export interface OverridePerson {
  id: Id;
  /**
   * The person's display name.
   */
  name: string;
  /**
   * What they sign in with (actors are recorded by it).
   */
  username: string;
}
/**
 * Black out screens now, until lifted.
 */
export interface BlackoutInput {
  targets: OverrideTargets;
  reason: string;
}
export interface Blackout {
  id: Id;
  targets: OverrideTargets;
  reason: string;
  gateIds: Id[];
  active: boolean;
  createdBy: ActorRef;
  createdAt: Instant;
  liftedBy?: ActorRef;
  liftedAt?: Instant;
  /**
   * The screens it reaches (in answers to a person, not in stored data).
   */
  screenIds?: Id[];
  actions?: OverrideActions;
}
/**
 * Server to player: what overrides the schedule on this screen now. Sent on connect and on every change. An emergency's `since` is when it went live: every screen starts its rotation of languages there, on the first, in step.
 */
export interface PlayerOverride {
  blackout: boolean;
  emergencies: PlayerEmergency[];
}
export interface PlayerEmergency {
  id: Id;
  variants: Variants;
  expiresAt: EpochMs;
  since?: EpochMs;
  /**
   * A drill: draw the DIỄN TẬP / EXERCISE watermark over it, in each of its languages.
   */
  exercise?: true;
  fonts: {
    lang: LangTag;
    family: string;
  }[];
}
/**
 * Player to server: this emergency message is on the screen.
 */
export interface EmergencyAck {
  id: Id;
}
/**
 * What an emergency or a blackout with these targets would reach, asked before sending it.
 */
export interface OverridePreviewInput {
  kind: 'emergency' | 'blackout';
  targets: OverrideTargets;
}
/**
 * The screens and gates an override would reach, by name; for an emergency, whether a second approver is needed and who could give it. Nothing is changed.
 */
export interface OverridePreview {
  kind: 'emergency' | 'blackout';
  /**
   * The gates reached, each with the number of its screens reached.
   */
  gates: {
    id: Id;
    name: string;
    screens: number;
  }[];
  screens: {
    id: Id;
    name: string;
    gateId: Id;
  }[];
  /**
   * Emergencies only: needed (a target gate asks for a second approver) or waived (every target gate lets one approver send alone).
   */
  secondApproval?: 'needed' | 'waived';
  /**
   * Emergencies needing a second approval: the people who could give it (roles and scope covering every gate reached; not the one asking).
   */
  approvers?: OverridePerson[];
}
/**
 * Server to console: an emergency or a blackout changed state (sent, approved, cleared, expired, started, lifted), as the person listening sees it now.
 */
export interface OverrideChange {
  kind: 'emergency' | 'blackout';
  emergency?: Emergency;
  blackout?: Blackout;
}
export interface ReasonBody {
  reason?: string;
}
/**
 * The screen a player was paired with; the player picks up its own device token.
 */
export interface PairResult {
  screenId: Id;
  pairedAt: Instant;
}
/**
 * Player to server on /pairing: asks for a new pairing code (no fields).
 */
export interface PairingRequest {}
/**
 * Server to player: the code to show, and the claim secret that only this player holds.
 */
export interface PairingOffer {
  code: string;
  claim: string;
  expiresInSeconds: number;
}
/**
 * Player to server on /pairing: the claim secret of its offer, to learn whether it was paired.
 */
export interface PairingClaim {
  claim: string;
}
/**
 * An operator pairs a waiting player with a screen by entering the code the player shows.
 */
export interface PairInput {
  /**
   * the six-character code shown on the screen (letters and digits; case, spaces and hyphens do not matter)
   */
  code: string;
}
export interface PlayerHandshakeAuth {
  token: string;
}
/**
 * Server to player, on connect and whenever the screen or its gate changes.
 */
export interface ScreenConfig {
  screenId: Id;
  name: string;
  kind: 'led' | 'kiosk' | 'indoor';
  width: number;
  height: number;
  offsetX: number;
  offsetY: number;
  rotation: 0 | 90 | 180 | 270;
  /**
   * Kiosks: back to the loop after this long untouched.
   */
  kioskIdleSeconds?: number;
  /**
   * The screen's legibility floor in CSS px (before each script's own minimum): text is never fitted below it.
   */
  minTextPx: number;
  languages: LangTag[];
  gate: Gate;
}
export interface Gate {
  id: Id;
  name: string;
  timeZone: TimeZone;
  hours?: GateHours;
  digits?: DataDigits;
  calendar?: GateCalendar1;
}
/**
 * The crossing's opening hours. On each local date, a dated exception decides; failing one, a holiday that closes the gate or gives it special hours; failing that, the weekly table of the lane.
 */
export interface GateCalendar1 {
  /**
   * Opening periods per lane, in the format of the screens' operating hours. A gate without a goods table opens its goods lane with the passengers' hours.
   */
  weekly: {
    passengers: WeeklyHours;
    goods?: WeeklyHours;
  };
  /**
   * Dated closures and special hours; they beat holidays and the weekly table.
   *
   * @maxItems 400
   */
  exceptions?: CalendarException[];
  /**
   * Public holidays of both countries and what each does to the crossing; they beat the weekly table.
   *
   * @maxItems 200
   */
  holidays?: CalendarHoliday[];
}
/**
 * Server to player: live values for the screen's gate (the current value of each path of every source reaching it). full: every value, replacing what the player holds (on connect, and when a source changes or goes); otherwise only values that became current, each kept unless the player holds a newer observation of its path. The player caches them like the manifest. docs/DATA.md.
 */
export interface PlayerDataUpdate {
  full: boolean;
  values: Values;
}
/**
 * What a screen's live fields are filled from now, for the console's preview: its gate as its players get it (zone, digits, approved calendar) and the values its players hold.
 */
export interface ScreenLiveData {
  gate: Gate;
  values: Values;
}
/**
 * Player to server: the manifest version it has applied.
 */
export interface ManifestAck {
  version: string;
}
/**
 * Player to server: its clock when sending; the ack carries the server clock.
 */
export interface TimeSync {
  clientTime: EpochMs;
}
export interface TimeSyncReply {
  clientTime: EpochMs;
  serverTime: EpochMs;
}
export interface ManifestAckReply {
  version: string;
  /**
   * Whether the acked version is the screen's current manifest.
   */
  current: boolean;
}
export interface Validity {
  validFrom?: Instant;
  validUntil?: Instant;
}
/**
 * What the screen shows: the playing entry, or what covers it.
 */
export interface OnScreen {
  type:
    | 'message'
    | 'image'
    | 'video'
    | 'clock'
    | 'idle'
    | 'emergency'
    | 'blackout'
    | 'test-pattern'
    | 'scheduled-off';
  playlistId?: Id;
  messageId?: Id;
  assetId?: Id;
  emergencyId?: string;
  lang?: LangTag;
  since?: EpochMs;
}
/**
 * Player to server, every interval (30 s by default) while connected.
 */
export interface Heartbeat {
  sentAt: EpochMs1;
  uptimeSeconds: number;
  playerVersion: string;
  /**
   * The applied manifest, null before the first.
   */
  manifestVersion: string | null;
  onScreen: OnScreen;
  cache: {
    /**
     * Bytes held for playback (or the origin's storage use).
     */
    bytes: number;
    /**
     * Assets the applied manifest lists.
     */
    assets: number;
    /**
     * Of those, how many are not held.
     */
    missing: number;
    /**
     * Proof-of-play records waiting for an ack.
     */
    pendingPlays?: number;
  };
  clock: {
    /**
     * Controller clock minus local clock.
     */
    offsetMs: number;
    /**
     * False while the clock may be wrong (e.g. before the manifest was made).
     */
    trusted: boolean;
  };
  display: {
    /**
     * Window, CSS px.
     */
    width: number;
    height: number;
    devicePixelRatio: number;
    stageWidth: number;
    stageHeight: number;
  };
  /**
   * The last errors the page saw (newest last).
   *
   * @maxItems 10
   */
  errors: {
    at: EpochMs;
    message: string;
  }[];
}
export interface HeartbeatReply {
  receivedAt: EpochMs;
  /**
   * When to send the next heartbeat.
   */
  intervalSeconds: number;
}
/**
 * A screen's latest heartbeat as the controller received it.
 */
export interface ScreenHeartbeat {
  screenId: Id;
  receivedAt: EpochMs;
  intervalSeconds: number;
  heartbeat: Heartbeat;
}
/**
 * Heartbeat history, one row per screen and minute.
 */
export interface HeartbeatMinute {
  minute: Instant1;
  heartbeats: number;
  manifestVersion: string | null;
  uptimeSeconds: number;
  clockOffsetMs: number;
  clockTrusted: boolean;
  missingAssets: number;
  /**
   * Errors reported in the minute's last heartbeat.
   */
  errors: number;
}
/**
 * One item shown on a screen, from when it appeared until it left.
 */
export interface PlayRecord {
  /**
   * Made by the player (a UUID), so a resent batch is stored once.
   */
  id: string;
  type: 'message' | 'image' | 'video' | 'clock';
  playlistId?: Id;
  messageId?: Id;
  assetId?: Id;
  lang?: LangTag;
  manifestVersion?: string;
  start: EpochMs;
  end: EpochMs;
  /**
   * Whether the player trusted its clock when it played this.
   */
  clockTrusted?: boolean;
}
/**
 * Player to server: proof-of-play records, deleted by the player once acked.
 */
export interface PlayBatch {
  /**
   * @minItems 1
   * @maxItems 200
   */
  records: PlayRecord[];
}
export interface PlayBatchReply {
  received: number;
  /**
   * Records new to the controller.
   */
  stored: number;
  /**
   * Records it already had (a resent batch).
   */
  duplicates: number;
  /**
   * Records refused as implausible: not stored, and never to be sent again (the player deletes every record of an acked batch).
   */
  refused: number;
  /**
   * Which records were refused, and why.
   */
  refusals: {
    id: string;
    reason:
      | 'unknown_manifest'
      | 'future'
      | 'too_old'
      | 'before_sent'
      | 'unknown_item'
      | 'wrong_time'
      | 'too_long'
      | 'overlap';
  }[];
}
/**
 * A stored proof-of-play record.
 */
export interface Play {
  id: string;
  screenId: string;
  gateId: string;
  type: string;
  playlistId?: string;
  messageId?: string;
  assetId?: string;
  lang?: string;
  manifestVersion?: string;
  start: Instant;
  end: Instant;
  durationMs: number;
  clockTrusted?: boolean;
  receivedAt: Instant;
}
export interface PlayQuery {
  from?: Instant;
  until?: Instant;
  limit?: number;
  offset?: number;
}
export interface HeartbeatHistoryQuery {
  from?: Instant;
  until?: Instant;
}
/**
 * A remote command for one screen. Blackout and unblank act through the blackouts of /api/v1/blackouts.
 */
export interface CommandInput {
  type: 'reload' | 'screenshot' | 'identify' | 'test-pattern' | 'blackout' | 'unblank';
  /**
   * identify, test-pattern: how long to show it (default 10 and 60).
   */
  seconds?: number;
  /**
   * blackout: why (kept with the blackout).
   */
  reason?: string;
}
/**
 * Server to player: do this now and ack with the result.
 */
export interface PlayerCommand {
  id: string;
  /**
   * geometry-preview: the test pattern at `geometry`, nothing stored; geometry-preview-end: back to the stored region at once.
   */
  type: 'reload' | 'screenshot' | 'identify' | 'test-pattern' | 'geometry-preview' | 'geometry-preview-end';
  durationMs?: number;
  geometry?: Geometry;
  /**
   * screenshot: where to POST the PNG (with the device token).
   */
  uploadUrl?: string;
}
/**
 * geometry-preview: the proposed region.
 */
export interface Geometry {
  width: number;
  height: number;
  offsetX: number;
  offsetY: number;
}
/**
 * What the player did; a screenshot names the upload it made.
 */
export interface PlayerCommandResult {
  done: boolean;
  detail?: string;
  screenshotId?: string;
  width?: number;
  height?: number;
}
/**
 * A picture of exactly what a screen's stage showed.
 */
export interface Screenshot {
  id: string;
  screenId: string;
  commandId: string;
  takenAt: Instant;
  width: number;
  height: number;
  bytes: number;
  /**
   * The PNG (for signed-in operators).
   */
  imageUrl: string;
}
/**
 * A remote command sent to a screen and what came of it.
 */
export interface Command {
  id: string;
  screenId: string;
  type: string;
  /**
   * sent → done, failed (the player said why) or timeout (no player answered).
   */
  state: 'sent' | 'done' | 'failed' | 'timeout';
  requestedBy: ActorRef;
  requestedAt: Instant;
  completedAt?: Instant;
  result?: {};
  error?: ApiError;
}
/**
 * One line of the proof-of-play report: plays and on-screen time of one item in one language on one screen on one gate-local day.
 */
export interface PlayReportRow {
  day: LocalDate;
  province: string;
  gateId: string;
  gate: string;
  screenId: string;
  screen: string;
  /**
   * message:<id>, asset:<id>, or the item type (clock).
   */
  item: string;
  /**
   * The message's or asset's name; empty for an item without one (a clock).
   */
  itemName: string;
  type: string;
  /**
   * The language shown, or empty for items without one.
   */
  lang: string;
  plays: number;
  onScreenSeconds: number;
}
/**
 * Availability of one screen, or of a whole gate (screenId null), over a period: minutes with heartbeats over the minutes the screen existed in the period.
 */
export interface AvailabilityRow {
  province: string;
  gateId: string;
  gate: string;
  screenId: string | null;
  screen: string | null;
  countedFrom: Instant2;
  countedUntil: Instant3;
  /**
   * Minutes of the counted span in which the screen sent a heartbeat (a gate: the sum of its screens').
   */
  minutesUp: number;
  /**
   * Minutes of the counted span (a gate: the sum of its screens' own).
   */
  minutes: number;
  /**
   * Share of the period with heartbeats, 0..1.
   */
  availability: number;
}
/**
 * One entry of the append-only audit log.
 */
export interface AuditEntry {
  id: string;
  at: Instant;
  actor: {
    kind: string;
    id: string;
    name: string;
  };
  ip: string | null;
  action: string;
  entity: string | null;
  entityId: string | null;
  outcome: 'ok' | 'denied' | 'failed';
  detail: {};
}
/**
 * The rectangle of the output a screen shows, in output pixels.
 */
export interface Geometry1 {
  width: number;
  height: number;
  offsetX: number;
  offsetY: number;
}
/**
 * A proposed region for the player to show its test pattern at, without storing it.
 */
export interface GeometryPreviewInput {
  width: number;
  height: number;
  offsetX: number;
  offsetY: number;
  /**
   * How long the player shows the preview before going back by itself (default 60).
   */
  seconds?: number;
}
/**
 * A proposed region the player showed: showing until it is applied, cancelled or runs out.
 */
export interface GeometryPreview {
  id: string;
  screenId: string;
  geometry: Geometry1;
  /**
   * showing: on the board until expiresAt; applied, cancelled or expired: over.
   */
  state: 'showing' | 'applied' | 'cancelled' | 'expired';
  requestedBy: ActorRef;
  requestedAt: Instant;
  expiresAt: Instant;
  endedAt?: Instant;
}
/**
 * Confirms a preview the board is showing: its region becomes the screen's.
 */
export interface GeometryApplyInput {
  previewId: Id;
}
/**
 * Ends a preview: the player goes back to the stored region at once.
 */
export interface GeometryCancelInput {
  previewId: Id;
}
/**
 * One change of a screen's region: what it replaced, what it became, who and how.
 */
export interface GeometryChange {
  id: string;
  screenId: string;
  before: Geometry1;
  after: Geometry1;
  /**
   * apply: a confirmed preview; restore: back to the region the last change replaced.
   */
  via: 'apply' | 'restore';
  changedBy: ActorRef;
  changedAt: Instant;
}
/**
 * A screen's region now, the one a restore would bring back, whether a change needs a preview, the preview showing and the recent changes.
 */
export interface ScreenGeometryState {
  screenId: string;
  current: Geometry1;
  /**
   * The region the last change replaced (what restore brings back), or null.
   */
  previous: Geometry1 | null;
  /**
   * A paired LED board that has reported: its region changes only through a preview.
   */
  needsPreview: boolean;
  /**
   * The preview the board is showing now, or null.
   */
  preview: GeometryPreview | null;
  /**
   * The newest changes first (at most 10).
   */
  changes: GeometryChange[];
}
export interface LoginInput {
  username: string;
  password: string;
  /**
   * Six-digit code, when the account has a second factor.
   */
  totp?: string;
  /**
   * Instead of the six-digit code: one of the recovery codes shown at enrolment (each works once; case, spaces and hyphens do not matter).
   */
  recoveryCode?: string;
}
export interface PasswordChange {
  currentPassword: string;
  newPassword: string;
}
/**
 * Who the caller is: a signed-in user or an API token.
 */
export interface Me {
  kind: 'user' | 'token';
  id: string;
  name: string;
  roles: Roles;
  scope: Scope;
  /**
   * Send as X-CSRF-Token on every write made with the session cookie.
   */
  csrfToken?: string;
  /**
   * A person's name as shown (not for a token).
   */
  displayName?: string;
  /**
   * Whether the person signs in with a second factor (not for a token).
   */
  secondFactor?: boolean;
  /**
   * Recovery codes of the second factor not used yet (not for a token).
   */
  recoveryCodesLeft?: number;
}
/**
 * An API token for automation, with its own roles and scope (never more than its creator's).
 */
export interface ApiTokenInput {
  label: string;
  roles: Roles;
  scope: Scope;
}
/**
 * Starts second-factor enrolment; the current password proves it is the account's owner.
 */
export interface TotpStart {
  password: string;
}
/**
 * Turns on the second factor (confirming enrolment) or off (disabling it) with a code from the authenticator app.
 */
export interface TotpConfirm {
  /**
   * the six digits shown by the authenticator app
   */
  totp: string;
}
export interface TotpSetup {
  secret: string;
  /**
   * Scan as a QR code with an authenticator app.
   */
  otpauthUri: string;
}
/**
 * An API token as listed (its secret only in the reply that creates it).
 */
export interface ApiToken {
  id: Id;
  label: string;
  createdAt: Instant;
  revokedAt: Instant | null;
  roles: Roles;
  scope: Scope;
  /**
   * The person the token acts for (user:<id>); absent on tokens made before this was kept.
   */
  person?: string;
  /**
   * The secret: shown once, when the token is created.
   */
  token?: string;
}
/**
 * What the server keeps about a person besides what an admin writes.
 */
export interface UserState {
  /**
   * Whether the person signs in with a second factor (an authenticator app code).
   */
  secondFactor: boolean;
}
/**
 * New recovery codes, shown this once: each lets its owner sign in once without the authenticator app. Only their hashes are kept; any earlier set stops working.
 */
export interface RecoveryCodes {
  /**
   * @minItems 1
   */
  codes: string[];
}
/**
 * A new API token, with its secret (shown only now).
 */
export interface ApiTokenCreated {
  id?: Id;
  label?: string;
  createdAt?: Instant;
  revokedAt?: Instant | null;
  roles?: Roles;
  scope?: Scope;
  /**
   * The person the token acts for (user:<id>); absent on tokens made before this was kept.
   */
  person?: string;
  /**
   * The secret: shown once, when the token is created.
   */
  token: string;
}
/**
 * A person who uses the console: roles say what they may do, the scope where.
 */
export interface UserInput {
  id?: Id;
  /**
   * Sign-in name: 3-64 lower-case letters, digits, dots, hyphens or underscores.
   */
  username: string;
  displayName: Name;
  roles: Roles;
  scope: Scope;
  /**
   * Only on create, or to reset it (admins). At least 12 characters.
   */
  password?: string;
  disabled?: boolean;
}
export interface Webhook {
  id: Id;
  url: string;
  description?: string;
  scope: Scope;
  events: AlertEvent[];
  createdAt: Instant;
  createdBy: string;
}
/**
 * The body POSTed to a webhook (and shown in the console).
 */
export interface ScreenAlert {
  event: AlertEvent;
  status?: Connectivity;
  screen: {
    id: string;
    name: string;
  };
  gate: {
    id: string;
    name: string;
    province: string;
  };
  at: Instant;
  /**
   * When the screen was last heard from (offline) or went offline (online).
   */
  since: Instant | null;
  /**
   * A one-line summary in Vietnamese, for chat and SMS.
   */
  text?: string;
}
/**
 * Server to console: a screen's connectivity changed.
 */
export interface ConnectivityChange {
  screenId: string;
  gateId: string;
  from: Connectivity1;
  to: Connectivity1;
  at: Instant;
}
/**
 * One screen's status at a glance (the technicians' dashboard).
 */
export interface FleetScreen {
  screenId: string;
  name: string;
  kind?: string;
  gateId: string;
  gate: string;
  province: string;
  connectivity: Connectivity1;
  outdated: boolean;
  clockUntrusted: boolean;
  lastHeartbeatAt: Instant | null;
  appliedVersion: string | null;
  currentVersion: string | null;
}
export interface WebhookDelivery {
  id: string;
  webhookId: string;
  event: AlertEvent;
  state: 'pending' | 'delivered' | 'failed';
  attempts: number;
  nextAttemptAt?: Instant | null;
  lastStatus?: number | null;
  lastError?: string | null;
  createdAt: Instant;
  deliveredAt?: Instant | null;
}
/**
 * An outgoing webhook: alerts about screens in its scope are POSTed to its URL as JSON, signed with its secret.
 */
export interface WebhookInput {
  /**
   * http(s) URL of the receiver (a chat bot, an SMS gateway).
   */
  url: string;
  /**
   * Shared secret for the X-Gatecast-Signature HMAC; stored sealed and never shown again.
   */
  secret: string;
  description?: string;
  scope: Scope;
  /**
   * @minItems 1
   */
  events: AlertEvent[];
}

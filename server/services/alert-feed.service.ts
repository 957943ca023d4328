import pLimit from 'p-limit';
import type { Logger } from 'pino';
import type { Alert, AlertSource } from '../../schemas/types.ts';
import { systemPrincipal, type Principal } from '../domain/access.ts';
import { MAX_FEED_BYTES, parseFeed, type FeedEntry } from '../domain/cap.feed.ts';
import { MAX_CAP_BYTES } from '../domain/cap.xml.ts';
import { clip } from '../domain/cap.fields.ts';
import { ConflictError, DomainError, NotFoundError } from '../domain/errors.ts';
import type { AlertFeedRepository } from '../repositories/alert-feed.repository.ts';
import type { AlertSourceRepository } from '../repositories/alert-source.repository.ts';
import { isoNow, type Clock } from '../repositories/clock.repository.ts';
import { FeedFetchError, FeedTooLargeError, type FeedGet } from '../repositories/feed-http.repository.ts';
import type { AccessPolicy } from './access.service.ts';
import type { AlertVia } from './alert.service.ts';
import type { AuditService } from './audit.service.ts';

export interface AlertFeedServiceDeps {
  sources: Pick<AlertSourceRepository, 'all' | 'get' | 'markPolled'>;
  entries: AlertFeedRepository;
  /** GETs a feed or a CAP document under the webhooks' address policy (FeedHttpRepository). */
  http: FeedGet;
  /** Takes in one CAP document (AlertService). */
  alerts: {
    ingest(source: AlertSource, xml: Uint8Array, via: AlertVia): Promise<{ alert: Alert; created: boolean }>;
  };
  access: AccessPolicy;
  audit: AuditService;
  clock: Clock;
  log: Logger;
  /** How long one GET may take (default 10 s). */
  timeoutMs?: number;
}

/** One entry that gave no alert in a poll: refused for good (recorded), or to be tried again next poll. */
export interface FeedPollError {
  entry?: string;
  message: string;
  /** Whether the next poll tries again (a network failure) or the entry is taken with this error for good. */
  retry: boolean;
}

/** What one poll of one feed did. */
export interface FeedPoll {
  sourceId: string;
  at: string;
  /** Entries in the feed. */
  entries: number;
  /** Entries taken in this poll with an alert. */
  new: number;
  errors: FeedPollError[];
}

/** What one entry gave. */
type Taken =
  { alert: Alert; created: boolean } | { error: string; retry: false } | { error: string; retry: true };

const FEED_ACCEPT =
  'application/atom+xml, application/rss+xml, application/xml;q=0.9, text/xml;q=0.9, */*;q=0.1';
const CAP_ACCEPT = 'application/cap+xml, application/xml;q=0.9, text/xml;q=0.9, */*;q=0.1';
/**
 * A source polled this much before its time is still due: the job ticks once a minute, and a poll stamped a
 * moment into one tick must not make the next tick skip a one-minute feed.
 */
const DUE_SLACK_MS = 5_000;
/** Feeds read at once by one pollDue. */
const PARALLEL_FEEDS = 4;

/** Whether a feed source is due for polling at `now`. */
export function feedDue(source: AlertSource, now: number): boolean {
  if (source.kind !== 'feed' || !source.enabled || !source.feed) return false;
  if (source.lastPolledAt === undefined) return true;
  return Date.parse(source.lastPolledAt) + source.feed.pollMinutes * 60_000 - DUE_SLACK_MS <= now;
}

/** Entries in the order their alerts were issued: by <updated> when every entry has one, else oldest (last) first. */
function oldestFirst(entries: FeedEntry[]): FeedEntry[] {
  const times = entries.map((e) => (e.updated === undefined ? NaN : Date.parse(e.updated)));
  if (times.some((t) => Number.isNaN(t))) return [...entries].reverse();
  return entries
    .map((e, i) => ({ e, t: times[i] ?? 0 }))
    .sort((a, b) => a.t - b.t)
    .map(({ e }) => e);
}

/**
 * Alerts pulled from feeds (ATOM/RSS of CAP): each due feed source is read under the webhooks' address
 * policy, each entry not taken before is fetched and handed to AlertService.ingest, and taken once and only
 * once (alert_feed_entries), with its alert or, for a document refused, its error. A network failure is not
 * recorded, so the entry is tried again at the next poll.
 */
export class AlertFeedService {
  private readonly deps: AlertFeedServiceDeps;
  private readonly timeoutMs: number;
  /** The poll running for each source in this process: a second one waits for it (then finds nothing new). */
  private readonly running = new Map<string, Promise<FeedPoll>>();

  constructor(deps: AlertFeedServiceDeps) {
    this.deps = deps;
    this.timeoutMs = deps.timeoutMs ?? 10_000;
  }

  /** Polls every enabled feed source that is due at `now` (the job, as the controller itself). */
  async pollDue(now: number = this.deps.clock.now()): Promise<FeedPoll[]> {
    const due = (await this.deps.sources.all()).filter((s) => feedDue(s, now));
    const limit = pLimit(PARALLEL_FEEDS);
    const polls = await Promise.all(
      due.map((source) =>
        limit(async () => {
          try {
            return await this.poll(systemPrincipal, source);
          } catch (err) {
            this.deps.log.error({ err, sourceId: source.id }, 'polling an alert feed failed');
            return undefined;
          }
        }),
      ),
    );
    return polls.filter((p) => p !== undefined);
  }

  /** Polls one feed source at once (alert:manage, within the person's scope). */
  async pollNow(actor: Principal, sourceId: string): Promise<FeedPoll> {
    this.deps.access.assertCan(actor, 'alert:manage');
    const source = await this.deps.sources.get(sourceId);
    if (!source || !(await this.deps.access.covers(actor, source.scope)))
      throw new NotFoundError(`alert source "${sourceId}" does not exist`);
    if (source.kind !== 'feed' || !source.feed)
      throw new ConflictError(
        `alert source "${source.name}" sends its alerts to POST /api/v1/cap; it has no feed to read`,
      );
    if (!source.enabled)
      throw new ConflictError(`alert source "${source.name}" is disabled; enable it to read its feed`);
    const poll = await this.poll(actor, source);
    await this.deps.audit.record(actor, {
      action: 'alert-source.poll',
      entity: 'alert-source',
      entityId: source.id,
      scope: source.scope,
      detail: { entries: poll.entries, new: poll.new, errors: poll.errors.length },
    });
    return poll;
  }

  /** One poll of a source, after any still running in this process. */
  private poll(actor: Principal, source: AlertSource): Promise<FeedPoll> {
    const before = this.running.get(source.id);
    const run = (before ?? Promise.resolve()).catch(() => undefined).then(() => this.read(actor, source));
    this.running.set(source.id, run);
    const forget = () => {
      if (this.running.get(source.id) === run) this.running.delete(source.id);
    };
    run.then(forget, forget);
    return run;
  }

  private async read(actor: Principal, source: AlertSource): Promise<FeedPoll> {
    const feed = source.feed;
    const at = isoNow(this.deps.clock);
    const poll: FeedPoll = { sourceId: source.id, at, entries: 0, new: 0, errors: [] };
    if (!feed) return poll;
    const allowPrivate = feed.allowPrivate === true;
    let entries: FeedEntry[];
    try {
      const bytes = await this.deps.http(feed.url, {
        allowPrivate,
        maxBytes: MAX_FEED_BYTES,
        timeoutMs: this.timeoutMs,
        accept: FEED_ACCEPT,
      });
      const parsed = parseFeed(bytes, feed.url);
      entries = parsed.entries;
      if (parsed.skipped > 0)
        this.deps.log.warn({ sourceId: source.id, skipped: parsed.skipped }, 'alert feed entries not read');
    } catch (err) {
      const message = `the feed: ${this.reason(err, source)}`;
      poll.errors.push({ message, retry: true });
      await this.deps.sources.markPolled(source.id, at, message);
      return poll;
    }
    poll.entries = entries.length;
    const seen = await this.deps.entries.seen(
      source.id,
      entries.map((e) => e.id),
    );
    for (const entry of oldestFirst(entries.filter((e) => !seen.has(e.id)))) {
      const taken = await this.take(source, entry, allowPrivate);
      if ('error' in taken) {
        poll.errors.push({ entry: entry.id, message: taken.error, retry: taken.retry });
        if (taken.retry) continue;
      }
      const alertId = 'alert' in taken ? taken.alert.id : null;
      const error = 'error' in taken ? taken.error : null;
      if (!(await this.deps.entries.record(source.id, entry.id, at, alertId, error))) continue;
      if (alertId) poll.new++;
      await this.deps.audit.record(actor, {
        action: 'alert.feed-entry',
        entity: 'alert-source',
        entityId: source.id,
        scope: source.scope,
        outcome: alertId ? 'ok' : 'failed',
        detail: {
          entry: entry.id,
          ...(entry.capUrl ? { capUrl: entry.capUrl } : { inline: entry.inlineCap !== undefined }),
          ...('alert' in taken ? { alertId, created: taken.created } : { error }),
        },
      });
    }
    await this.deps.sources.markPolled(source.id, at, summary(poll.errors));
    return poll;
  }

  /** One entry's alert: its CAP (inline or fetched) through ingest. */
  private async take(source: AlertSource, entry: FeedEntry, allowPrivate: boolean): Promise<Taken> {
    if (entry.problem) return { error: entry.problem, retry: false };
    let bytes: Uint8Array;
    if (entry.inlineCap !== undefined) bytes = Buffer.from(entry.inlineCap, 'utf8');
    else if (entry.capUrl) {
      try {
        bytes = await this.deps.http(entry.capUrl, {
          allowPrivate,
          maxBytes: MAX_CAP_BYTES,
          timeoutMs: this.timeoutMs,
          accept: CAP_ACCEPT,
        });
      } catch (err) {
        if (err instanceof FeedTooLargeError)
          return {
            error: `the CAP document is larger than ${MAX_CAP_BYTES / 1024} KB; no alert needs more`,
            retry: false,
          };
        return { error: this.reason(err, source), retry: true };
      }
    } else return { error: 'the entry names no CAP document', retry: false };
    try {
      return await this.deps.alerts.ingest(source, bytes, { kind: 'feed', entry: entry.id });
    } catch (err) {
      // A refusal of the document (not CAP, expired, a duplicate with other content) is for good.
      if (err instanceof DomainError)
        return { error: clip(`${err.code}: ${err.message}`, 1000), retry: false };
      this.deps.log.error(
        { err, sourceId: source.id, entry: entry.id },
        'an alert from a feed could not be taken in',
      );
      return {
        error: 'the controller could not take the alert in (logged); it is tried again at the next poll',
        retry: true,
      };
    }
  }

  /** What went wrong, in words for the console (an unexpected error is logged, not shown). */
  private reason(err: unknown, source: AlertSource): string {
    if (err instanceof FeedFetchError || err instanceof DomainError) return clip(err.message, 500);
    this.deps.log.error({ err, sourceId: source.id }, 'reading an alert feed failed');
    return 'an unexpected error (logged)';
  }
}

/** The short error a source shows after a poll: the first problem, and how many there were. */
function summary(errors: readonly FeedPollError[]): string | undefined {
  const [first] = errors;
  if (!first) return undefined;
  const more = errors.length > 1 ? ` (and ${errors.length - 1} more)` : '';
  return clip(`${first.entry ? `entry ${clip(first.entry, 80)}: ` : ''}${first.message}${more}`, 480);
}

import pLimit from 'p-limit';
import type { Logger } from 'pino';
import type { DataSource, DataValue } from '../../schemas/types.ts';
import type { Principal } from '../domain/access.ts';
import { clip } from '../domain/cap.fields.ts';
import { Cron } from 'croner';
import { MAX_DATA_DOCUMENT_BYTES, readExchangeRates, readWeather } from '../domain/data.adapters.ts';
import { readMapped } from '../domain/data.mapping.ts';
import type { Gate } from '../domain/entities.ts';
import { ConflictError, DomainError, NotFoundError } from '../domain/errors.ts';
import { isoNow, type Clock } from '../repositories/clock.repository.ts';
import type { DataSourceRepository } from '../repositories/data-source.repository.ts';
import type { DocumentRepository } from '../repositories/document.repository.ts';
import {
  FeedFetchError,
  FeedRefusedError,
  FeedTooLargeError,
  type FeedGet,
} from '../repositories/feed-http.repository.ts';
import type { AccessPolicy } from './access.service.ts';
import type { AuditService } from './audit.service.ts';
import { CRON_TIME_ZONE, weatherGateId } from './data-source.service.ts';
import type { DataValueService } from './data-value.service.ts';

export interface DataPullServiceDeps {
  sources: Pick<DataSourceRepository, 'all' | 'get' | 'updateHealth'>;
  gates: DocumentRepository<Gate>;
  /** GETs a document under the webhooks' address policy (FeedHttpRepository). */
  http: FeedGet;
  values: Pick<DataValueService, 'record'>;
  access: AccessPolicy;
  audit: AuditService;
  clock: Clock;
  log: Logger;
}

/** What one read of one pull source did. */
export interface DataPoll {
  sourceId: string;
  at: string;
  /** Values the document gave. */
  read: number;
  /** Of those, the ones not received before (stored now, accepted or held). */
  stored: number;
  held: number;
  error?: string;
  /** The error's code, for the console to say in its language (also kept as the source's lastErrorCode). */
  errorCode?: string;
}

/** A source read this much before its time is still due (the job ticks once a minute). */
const DUE_SLACK_MS = 5_000;
const PARALLEL_SOURCES = 4;
const ACCEPT = {
  'vietcombank-xml': 'application/xml, text/xml;q=0.9, */*;q=0.1',
  'open-meteo-json': 'application/json, */*;q=0.1',
  json: 'application/json, */*;q=0.1',
  xml: 'application/xml, text/xml;q=0.9, */*;q=0.1',
} as const;

/** Whether a pull source is due at `now`. */
export function pullDue(source: DataSource, now: number): boolean {
  if (source.kind !== 'pull' || !source.enabled || !source.pull) return false;
  const last = source.health.lastPolledAt;
  if (last === undefined) return true;
  if (source.pull.cron !== undefined) {
    // Due once a time of the pattern has come since the last read (a missed one is not read twice).
    const next = new Cron(source.pull.cron, { timezone: CRON_TIME_ZONE, paused: true }).nextRun(
      new Date(Date.parse(last)),
    );
    return next !== null && next.getTime() - DUE_SLACK_MS <= now;
  }
  return Date.parse(last) + source.pull.everyMinutes * 60_000 - DUE_SLACK_MS <= now;
}

/**
 * The address of a weather source with the gate's coordinates and time zone set (latitude, longitude,
 * timezone replace any the address had): the forecast is always the source's one gate's.
 */
export function weatherUrl(url: string, gate: Pick<Gate, 'location' | 'timeZone'>): string {
  const target = new URL(url);
  target.searchParams.set('latitude', String(gate.location.lat));
  target.searchParams.set('longitude', String(gate.location.lon));
  target.searchParams.set('timezone', gate.timeZone);
  return target.href;
}

/**
 * Pull sources: each due source's address is read under the webhooks' address policy (public addresses
 * only unless allowPrivate; size cap; the source's timeout), its document read by its adapter, and the
 * values recorded (DataValueService.record: bounds, versions). The source's health notes each read.
 */
export class DataPullService {
  private readonly deps: DataPullServiceDeps;
  private readonly running = new Map<string, Promise<DataPoll>>();

  constructor(deps: DataPullServiceDeps) {
    this.deps = deps;
  }

  /** Reads every enabled pull source that is due at `now` (the job, as the controller itself). */
  async pollDue(now: number = this.deps.clock.now()): Promise<DataPoll[]> {
    const due = (await this.deps.sources.all()).filter((s) => pullDue(s, now));
    const limit = pLimit(PARALLEL_SOURCES);
    const polls = await Promise.all(
      due.map((source) =>
        limit(async () => {
          try {
            return await this.poll(source);
          } catch (err) {
            this.deps.log.error({ err, sourceId: source.id }, 'reading a data source failed');
            return undefined;
          }
        }),
      ),
    );
    return polls.filter((p) => p !== undefined);
  }

  /** Reads one pull source at once (data:manage, within the person's scope). */
  async pollNow(actor: Principal, sourceId: string): Promise<DataPoll> {
    this.deps.access.assertCan(actor, 'data:manage');
    const source = await this.deps.sources.get(sourceId);
    if (!source || !(await this.deps.access.covers(actor, source.scope)))
      throw new NotFoundError(`data source "${sourceId}" does not exist`);
    if (source.kind !== 'pull' || !source.pull)
      throw new ConflictError(`data source "${source.name}" pushes its values; there is nothing to read`);
    if (!source.enabled)
      throw new ConflictError(`data source "${source.name}" is disabled; enable it to read it`);
    const poll = await this.poll(source);
    await this.deps.audit.record(actor, {
      action: 'data-source.poll',
      entity: 'data-source',
      entityId: source.id,
      scope: source.scope,
      outcome: poll.error ? 'failed' : 'ok',
      detail: {
        read: poll.read,
        stored: poll.stored,
        held: poll.held,
        ...(poll.error ? { error: poll.error } : {}),
      },
    });
    return poll;
  }

  /** One read of a source, after any still running in this process. */
  private poll(source: DataSource): Promise<DataPoll> {
    const before = this.running.get(source.id);
    const run = (before ?? Promise.resolve()).catch(() => undefined).then(() => this.read(source));
    this.running.set(source.id, run);
    const forget = () => {
      if (this.running.get(source.id) === run) this.running.delete(source.id);
    };
    run.then(forget, forget);
    return run;
  }

  private async read(source: DataSource): Promise<DataPoll> {
    const at = isoNow(this.deps.clock);
    const poll: DataPoll = { sourceId: source.id, at, read: 0, stored: 0, held: 0 };
    const pull = source.pull;
    if (!pull) return poll;
    let failure: { error: string; code: string } | undefined;
    try {
      let url = pull.url;
      let timeZone = 'Asia/Ho_Chi_Minh';
      if (pull.adapter === 'open-meteo-json') {
        const gateId = weatherGateId(source.scope);
        const gate = gateId === undefined ? undefined : await this.deps.gates.get(gateId);
        if (!gate)
          throw new DomainError(
            'data_weather_gate',
            409,
            'a weather source reads at one gate: its scope names no gate that exists',
          );
        url = weatherUrl(url, gate);
        timeZone = gate.timeZone;
      }
      const bytes = await this.deps.http(url, {
        allowPrivate: pull.allowPrivate === true,
        maxBytes: MAX_DATA_DOCUMENT_BYTES,
        timeoutMs: pull.timeoutSeconds * 1000,
        accept: ACCEPT[pull.adapter],
      });
      const text = new TextDecoder('utf-8', { fatal: false }).decode(bytes);
      const values: DataValue[] =
        pull.adapter === 'vietcombank-xml'
          ? readExchangeRates(text, this.deps.clock.now())
          : pull.adapter === 'open-meteo-json'
            ? readWeather(text, timeZone)
            : readMapped(text, pull.adapter, pull.fields ?? [], pull.observedAt, this.deps.clock.now());
      poll.read = values.length;
      const stored = await this.deps.values.record(source, values);
      poll.stored = stored.length;
      poll.held = stored.filter((v) => v.state === 'held').length;
    } catch (err) {
      failure = this.reason(err, source);
      poll.error = failure.error;
      poll.errorCode = failure.code;
    }
    // The error and its code are kept together, and a read that went well clears both.
    await this.deps.sources.updateHealth(source.id, (health) => {
      const { lastError: _error, lastErrorCode: _code, ...rest } = health;
      return {
        ...rest,
        lastPolledAt: at,
        ...(failure ? { lastError: failure.error, lastErrorCode: failure.code } : {}),
      };
    });
    return poll;
  }

  /**
   * What went wrong: in English words for whoever digs, and as a code the console translates (an unexpected
   * error is logged, not shown).
   */
  private reason(err: unknown, source: DataSource): { error: string; code: string } {
    if (err instanceof FeedFetchError)
      return {
        error: clip(err.message, 500),
        code:
          err instanceof FeedRefusedError
            ? 'data_fetch_refused'
            : err instanceof FeedTooLargeError
              ? 'data_too_large'
              : 'data_fetch_failed',
      };
    if (err instanceof DomainError)
      return { error: clip(`${err.code}: ${err.message}`, 500), code: err.code };
    this.deps.log.error({ err, sourceId: source.id }, 'reading a data source failed');
    return { error: 'an unexpected error (logged)', code: 'internal' };
  }
}

// Step 1 of startApp: the clock, the logger and the metrics, which every later step reports through.
import { pino, type Logger } from 'pino';
import type { Config } from '../config.ts';
import { systemClock, type Clock } from '../repositories/clock.repository.ts';
import {
  MetricsRepository,
  type ErrorSource,
  type MetricsSources,
} from '../repositories/metrics.repository.ts';

export interface Observability {
  clock: Clock;
  log: Logger;
  metrics: MetricsRepository;
  /** Names what the gauges read when scraped: the realtime layer and the monitor, built in later steps. */
  readGaugesFrom(sources: MetricsSources): void;
}

/** The clock (injectable for tests), a pino logger that counts the errors it logs, and the metrics registry. */
export function observability(config: Config, options: { clock?: Clock; log?: Logger }): Observability {
  let sources: MetricsSources | undefined;
  // Metrics first: the logger counts the errors it is given (errorSource: http, socket), the database its
  // failed queries.
  const metrics = new MetricsRepository({
    connectedPlayers: () => sources?.connectedPlayers() ?? 0,
    statusCounts: () => sources?.statusCounts() ?? {},
  });
  const log =
    options.log ??
    pino({
      level: config.logLevel,
      hooks: {
        logMethod(args, method, level) {
          if (level >= 50) metrics.error(errorSourceOf(args[0]));
          method.apply(this, args);
        },
      },
    });
  return {
    clock: options.clock ?? systemClock,
    log,
    metrics,
    readGaugesFrom(next) {
      sources = next;
    },
  };
}

/** Which part of the controller an error log came from (the field the error handlers set). */
function errorSourceOf(first: unknown): ErrorSource {
  const source =
    first && typeof first === 'object' ? (first as { errorSource?: unknown }).errorSource : undefined;
  return source === 'http' || source === 'socket' || source === 'database' ? source : 'other';
}

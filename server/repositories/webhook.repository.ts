import type { AlertEvent, Webhook, WebhookDelivery } from '../../schemas/types.ts';
import type { Db } from './database.ts';
import type { WebhookDeliveryRow } from './schema.ts';

/** A delivery with what it takes to send it. */
export interface DueDelivery {
  id: string;
  webhookId: string;
  event: AlertEvent;
  payload: string;
  attempts: number;
}

/** Webhooks (their secrets sealed) and their deliveries: a queue and a log in one table. */
export class WebhookRepository {
  private readonly db: Db;

  constructor(db: Db) {
    this.db = db;
  }

  async insert(webhook: Webhook, sealedSecret: string): Promise<void> {
    await this.db
      .insertInto('webhooks')
      .values({
        id: webhook.id,
        data: JSON.stringify(webhook),
        secret: sealedSecret,
        created_at: webhook.createdAt,
      })
      .execute();
  }

  async all(): Promise<Webhook[]> {
    const rows = await this.db
      .selectFrom('webhooks')
      .select('data')
      .orderBy('created_at')
      .orderBy('id')
      .execute();
    return rows.map((r) => JSON.parse(r.data) as Webhook);
  }

  async get(id: string): Promise<Webhook | undefined> {
    const row = await this.db.selectFrom('webhooks').select('data').where('id', '=', id).executeTakeFirst();
    return row ? (JSON.parse(row.data) as Webhook) : undefined;
  }

  async sealedSecret(id: string): Promise<string | undefined> {
    const row = await this.db.selectFrom('webhooks').select('secret').where('id', '=', id).executeTakeFirst();
    return row?.secret;
  }

  async delete(id: string): Promise<boolean> {
    const result = await this.db.deleteFrom('webhooks').where('id', '=', id).executeTakeFirst();
    return Number(result.numDeletedRows) === 1;
  }

  async enqueue(delivery: {
    id: string;
    webhookId: string;
    event: AlertEvent;
    payload: string;
    at: string;
  }): Promise<void> {
    await this.db
      .insertInto('webhook_deliveries')
      .values({
        id: delivery.id,
        webhook_id: delivery.webhookId,
        event: delivery.event,
        payload: delivery.payload,
        state: 'pending',
        attempts: 0,
        next_attempt_at: delivery.at,
        last_status: null,
        last_error: null,
        created_at: delivery.at,
        delivered_at: null,
      })
      .execute();
  }

  /** Pending deliveries whose next attempt is due, oldest first. */
  async due(nowIso: string, limit: number): Promise<DueDelivery[]> {
    const rows = await this.db
      .selectFrom('webhook_deliveries')
      .select(['id', 'webhook_id', 'event', 'payload', 'attempts'])
      .where('state', '=', 'pending')
      .where('next_attempt_at', '<=', nowIso)
      .orderBy('next_attempt_at')
      .orderBy('id')
      .limit(limit)
      .execute();
    return rows.map((r) => ({
      id: r.id,
      webhookId: r.webhook_id,
      event: r.event as AlertEvent,
      payload: r.payload,
      attempts: r.attempts,
    }));
  }

  /** Records one attempt's outcome (only if the delivery is still pending: one sender wins). */
  async recordAttempt(
    id: string,
    outcome: {
      attempts: number;
      state: 'pending' | 'delivered' | 'failed';
      nextAttemptAt: string | null;
      status: number | null;
      error: string | null;
      deliveredAt: string | null;
    },
  ): Promise<void> {
    await this.db
      .updateTable('webhook_deliveries')
      .set({
        attempts: outcome.attempts,
        state: outcome.state,
        next_attempt_at: outcome.nextAttemptAt,
        last_status: outcome.status,
        last_error: outcome.error,
        delivered_at: outcome.deliveredAt,
      })
      .where('id', '=', id)
      .where('state', '=', 'pending')
      .execute();
  }

  /** The newest deliveries of a webhook (the delivery log). */
  async deliveries(webhookId: string, limit: number): Promise<WebhookDelivery[]> {
    const rows = await this.db
      .selectFrom('webhook_deliveries')
      .selectAll()
      .where('webhook_id', '=', webhookId)
      .orderBy('created_at', 'desc')
      .orderBy('id', 'desc')
      .limit(limit)
      .execute();
    return rows.map(toDelivery);
  }
}

function toDelivery(r: WebhookDeliveryRow): WebhookDelivery {
  return {
    id: r.id,
    webhookId: r.webhook_id,
    event: r.event as AlertEvent,
    state: r.state as WebhookDelivery['state'],
    attempts: r.attempts,
    nextAttemptAt: r.next_attempt_at,
    lastStatus: r.last_status,
    lastError: r.last_error,
    createdAt: r.created_at,
    deliveredAt: r.delivered_at,
  };
}

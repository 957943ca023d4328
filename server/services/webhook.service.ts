import { createHmac, randomUUID } from 'node:crypto';
import type { Logger } from 'pino';
import type { ScreenAlert, Webhook, WebhookDelivery, WebhookInput } from '../../schemas/types.ts';
import { gateInScope, type Principal } from '../domain/access.ts';
import type { Gate } from '../domain/entities.ts';
import { ForbiddenError, NotFoundError, ValidationError } from '../domain/errors.ts';
import { seal, unseal } from '../domain/sealing.ts';
import { isoNow, type Clock } from '../repositories/clock.repository.ts';
import { TargetRefusedError, type WebhookHttpRepository } from '../repositories/webhook-http.repository.ts';
import type { WebhookRepository } from '../repositories/webhook.repository.ts';
import { validate } from '../validation/schema.validator.ts';
import type { AccessPolicy } from './access.service.ts';
import type { AuditService } from './audit.service.ts';

export interface WebhookServiceDeps {
  repo: WebhookRepository;
  /** Sends the requests, to public addresses only unless the host is in WEBHOOK_ALLOWED_HOSTS. */
  http: Pick<WebhookHttpRepository, 'check' | 'post'>;
  access: AccessPolicy;
  audit: AuditService;
  clock: Clock;
  log: Logger;
  /** The key that seals webhook secrets (derived from the controller's secret key). */
  key: Buffer;
  /** Attempts before a delivery is given up as failed. */
  maxAttempts?: number;
  backoffBaseMs?: number;
  backoffCapMs?: number;
}

/** The signature a receiver checks: HMAC-SHA256 of "<timestamp>.<body>" with the shared secret. */
export function signature(secret: string, timestamp: string, body: string): string {
  return `sha256=${createHmac('sha256', secret).update(`${timestamp}.${body}`).digest('hex')}`;
}

/**
 * Outgoing webhooks: alerts about screens in a webhook's scope are queued as deliveries and POSTed,
 * signed, with retries on an exponential backoff with jitter; every attempt is kept as the delivery log.
 */
export class WebhookService {
  private readonly deps: WebhookServiceDeps;
  private readonly maxAttempts: number;
  private readonly base: number;
  private readonly cap: number;

  constructor(deps: WebhookServiceDeps) {
    this.deps = deps;
    this.maxAttempts = deps.maxAttempts ?? 8;
    this.base = deps.backoffBaseMs ?? 30_000;
    this.cap = deps.backoffCapMs ?? 3_600_000;
  }

  async create(actor: Principal, body: unknown): Promise<Webhook> {
    this.deps.access.assertCan(actor, 'webhook:manage');
    const input = validate<WebhookInput>('webhook.json', body);
    if (!(await this.deps.access.covers(actor, input.scope)))
      throw new ForbiddenError('a webhook cannot reach beyond your own scope', '/scope', {
        reason: 'scope_beyond_own',
      });
    await this.assertPublic(input.url);
    const webhook: Webhook = {
      id: randomUUID(),
      url: input.url,
      ...(input.description ? { description: input.description } : {}),
      scope: input.scope,
      events: input.events,
      createdAt: isoNow(this.deps.clock),
      createdBy: actor.name,
    };
    await this.deps.repo.insert(webhook, seal(this.deps.key, input.secret, webhook.id));
    await this.deps.audit.record(actor, {
      action: 'webhook.create',
      entity: 'webhook',
      entityId: webhook.id,
      detail: { after: webhook },
    });
    return webhook;
  }

  async list(actor: Principal): Promise<Webhook[]> {
    this.deps.access.assertCan(actor, 'webhook:manage');
    const view = await this.deps.access.view(actor);
    return (await this.deps.repo.all()).filter((w) => view.covers(w.scope));
  }

  async remove(actor: Principal, id: string): Promise<void> {
    const webhook = await this.visible(actor, id);
    await this.deps.repo.delete(id);
    await this.deps.audit.record(actor, {
      action: 'webhook.delete',
      entity: 'webhook',
      entityId: id,
      detail: { before: webhook },
    });
  }

  async deliveries(actor: Principal, id: string): Promise<WebhookDelivery[]> {
    await this.visible(actor, id);
    return this.deps.repo.deliveries(id, 200);
  }

  /** Queues an alert for every webhook that wants its event and whose scope reaches its gate. */
  async notify(alert: ScreenAlert, gate: Pick<Gate, 'id' | 'province'>): Promise<number> {
    const targets = (await this.deps.repo.all()).filter(
      (w) => w.events.includes(alert.event) && gateInScope(w.scope, gate),
    );
    const payload = JSON.stringify(alert);
    for (const webhook of targets) {
      await this.deps.repo.enqueue({
        id: randomUUID(),
        webhookId: webhook.id,
        event: alert.event,
        payload,
        at: isoNow(this.deps.clock),
      });
    }
    return targets.length;
  }

  /** Sends every due delivery once; returns how many were delivered now. Run by a job. */
  async deliverDue(): Promise<number> {
    const now = this.deps.clock.now();
    let delivered = 0;
    for (const d of await this.deps.repo.due(new Date(now).toISOString(), 100)) {
      const sealed = await this.deps.repo.sealedSecret(d.webhookId);
      const webhook = await this.deps.repo.get(d.webhookId);
      if (!sealed || !webhook) continue; // deleted meanwhile: its deliveries went with it
      const timestamp = String(Math.floor(now / 1000));
      const attempts = d.attempts + 1;
      let status: number | null = null;
      let error: string | null = null;
      let refused = false;
      try {
        const reply = await this.deps.http.post(webhook.url, {
          headers: {
            'content-type': 'application/json',
            'user-agent': 'Gatecast-Webhook/1',
            'x-gatecast-event': d.event,
            'x-gatecast-delivery': d.id,
            'x-gatecast-timestamp': timestamp,
            'x-gatecast-signature': signature(
              unseal(this.deps.key, sealed, d.webhookId),
              timestamp,
              d.payload,
            ),
          },
          body: d.payload,
          signal: AbortSignal.timeout(10_000),
        });
        status = reply.status;
        if (status < 200 || status >= 300) error = `the receiver answered ${status}`;
      } catch (err) {
        // An internal target (DNS may have changed since the webhook was made) is refused, not retried.
        refused = err instanceof TargetRefusedError;
        error = err instanceof Error ? `${refused ? 'refused: ' : ''}${err.message}` : String(err);
      }
      const ok = error === null;
      if (ok) delivered++;
      const gaveUp = !ok && (refused || attempts >= this.maxAttempts);
      await this.deps.repo.recordAttempt(d.id, {
        attempts,
        state: ok ? 'delivered' : gaveUp ? 'failed' : 'pending',
        nextAttemptAt: ok || gaveUp ? null : new Date(now + this.backoff(attempts)).toISOString(),
        status,
        error,
        deliveredAt: ok ? new Date(now).toISOString() : null,
      });
      if (!ok)
        this.deps.log.warn(
          { webhook: d.webhookId, delivery: d.id, attempts, error, gaveUp },
          'webhook delivery failed',
        );
    }
    return delivered;
  }

  /**
   * Refuses, naming /url, a webhook whose host is an internal address or resolves to one (unless listed in
   * WEBHOOK_ALLOWED_HOSTS). A name that does not resolve now is accepted: each delivery checks again.
   */
  private async assertPublic(url: string): Promise<void> {
    try {
      await this.deps.http.check(url);
    } catch (err) {
      if (err instanceof TargetRefusedError) throw new ValidationError(`/url: ${err.message}`, '/url');
    }
  }

  /** Full-jitter exponential backoff: a retry lands anywhere in [0.5, 1] × min(cap, base × 2^(n-1)). */
  private backoff(attempts: number): number {
    const ceiling = Math.min(this.cap, this.base * 2 ** (attempts - 1));
    return Math.round(ceiling * (0.5 + Math.random() / 2));
  }

  private async visible(actor: Principal, id: string): Promise<Webhook> {
    this.deps.access.assertCan(actor, 'webhook:manage');
    const webhook = await this.deps.repo.get(id);
    if (!webhook || !(await this.deps.access.covers(actor, webhook.scope)))
      throw new NotFoundError(`webhook "${id}" does not exist`);
    return webhook;
  }
}

import { createHash, randomUUID } from 'node:crypto';
import type {
  Alert,
  AlertGateOutcome,
  AlertQuery,
  AlertSource,
  AlertTemplate,
  Emergency,
} from '../../schemas/types.ts';
import { actorRecord, can, type Principal } from '../domain/access.ts';
import { type CapAlert, MAX_CAP_BYTES, parseCap } from '../domain/cap.ts';
import {
  alertUntil,
  gateTexts,
  immediateAt,
  targetedGates,
  ttlMinutes,
  type PlanGate,
} from '../domain/cap.plan.ts';
import type { Gate, Screen } from '../domain/entities.ts';
import { ConflictError, NotFoundError, ValidationError } from '../domain/errors.ts';
import { emergencyReaches } from '../domain/override.ts';
import type { CapAlertRepository } from '../repositories/cap-alert.repository.ts';
import type { Clock } from '../repositories/clock.repository.ts';
import type { DocumentRepository } from '../repositories/document.repository.ts';
import type { AccessPolicy } from './access.service.ts';
import { sourcePrincipal } from './alert-source.service.ts';
import type { AuditService } from './audit.service.ts';
import type { EmergencyService } from './emergency.service.ts';

/** How an alert arrived: pushed by its source, or read from its source's feed (with the entry's id). */
export type AlertVia = { kind: 'push' } | { kind: 'feed'; entry: string };

/** How far in the future an alert's <sent> may be (the sender's clock may run a little ahead). */
export const SENT_SKEW_MS = 60_000;

export interface AlertServiceDeps {
  alerts: CapAlertRepository;
  gates: DocumentRepository<Gate>;
  screens: DocumentRepository<Screen>;
  emergencies: EmergencyService;
  /** The approved templates of these gates (the alert-template service, with no actor: ingestion is the controller's). */
  templates: { approvedFor(gateIds: readonly string[]): Promise<AlertTemplate[]> };
  access: AccessPolicy;
  audit: AuditService;
  clock: Clock;
}

/** An alert's outcome from its emergencies as they stand: on screen somewhere, else waiting somewhere, else ended. */
function outcomeOf(emergencies: readonly Pick<Emergency, 'state'>[]): Alert['outcome'] {
  if (emergencies.some((e) => e.state === 'active')) return 'shown';
  if (emergencies.some((e) => e.state === 'pending')) return 'pending';
  return 'ended';
}

/** What a received alert will do, worked out before anything is stored. */
interface Plan {
  alert: Alert;
  add: Emergency[];
  clear: { id: string; replacedBy?: string }[];
}

/**
 * CAP alerts from the authorities: each document checked, kept byte for byte, turned into one emergency per
 * gate its area selects (in the gate's languages, templates filling those it lacks), live at once where the
 * source's rules say so and waiting for an approver elsewhere; an Update replaces the earlier alert's
 * emergencies, a Cancel clears them. Reading alerts follows the gates they reached (docs/ALERTS.md).
 */
export class AlertService {
  private readonly deps: AlertServiceDeps;

  constructor(deps: AlertServiceDeps) {
    this.deps = deps;
  }

  /**
   * Takes in a CAP document from a source. A document that is not a current CAP 1.2 alert is refused with a
   * ValidationError naming the element, and nothing is stored; the same alert again (sender, identifier and
   * sent) answers the stored one with `created: false`, and changes nothing.
   */
  async ingest(
    source: AlertSource,
    xml: Uint8Array,
    via: AlertVia,
  ): Promise<{ alert: Alert; created: boolean }> {
    const cap = this.parse(xml);
    const sha256 = createHash('sha256').update(xml).digest('hex');
    const known = await this.deps.alerts.byKey(cap.sender, cap.identifier, cap.sent.text);
    if (known) return this.again(known, sha256);
    const now = this.deps.clock.now();
    this.assertCurrent(cap, now);
    const plan = await this.plan(source, cap, { sha256, bytes: xml.length, via, now });
    if (!(await this.deps.alerts.insert(plan.alert, cap.sent.text, xml))) {
      // Another delivery of the same alert was stored a moment ago.
      const stored = await this.deps.alerts.byKey(cap.sender, cap.identifier, cap.sent.text);
      if (stored) return this.again(stored, sha256);
    }
    const actor = sourcePrincipal(source);
    await this.deps.audit.record(actor, {
      action: 'alert.receive',
      entity: 'alert',
      entityId: plan.alert.id,
      scope: { gates: plan.alert.gates.map((g) => g.gateId) },
      detail: {
        identifier: cap.identifier,
        sender: cap.sender,
        sent: cap.sent.text,
        status: cap.status,
        msgType: cap.msgType,
        sha256,
        bytes: xml.length,
        via: via.kind,
        outcome: plan.alert.outcome,
      },
    });
    await this.deps.emergencies.applyAlert(actor, plan.add, plan.clear);
    return { alert: plan.alert, created: true };
  }

  /** What the document would do now, without storing or showing anything (the integrator's dry run). */
  async preview(source: AlertSource, xml: Uint8Array): Promise<Alert> {
    const cap = this.parse(xml);
    const now = this.deps.clock.now();
    this.assertCurrent(cap, now);
    const sha256 = createHash('sha256').update(xml).digest('hex');
    return (await this.plan(source, cap, { sha256, bytes: xml.length, via: { kind: 'push' }, now })).alert;
  }

  /** The alerts the person may see (those reaching a gate in their scope), newest first, as they stand now. */
  async list(
    actor: Principal,
    query: AlertQuery,
    limit: number,
    offset: number,
  ): Promise<{ items: Alert[]; total: number }> {
    this.deps.access.assertCan(actor, 'read');
    const view = await this.deps.access.view(actor);
    const found = (await this.deps.alerts.recent(2000)).filter(
      (a) =>
        this.visibleIn(actor, view, a) &&
        (query.sourceId === undefined || a.sourceId === query.sourceId) &&
        (query.gateId === undefined || a.gates.some((g) => g.gateId === query.gateId)),
    );
    const current = await Promise.all(found.map((a) => this.current(actor, a)));
    const matching = current.filter((a) => query.outcome === undefined || a.outcome === query.outcome);
    return { items: matching.slice(offset, offset + limit), total: matching.length };
  }

  /** One alert as it stands now, with what the person may do with it. */
  async get(actor: Principal, id: string): Promise<Alert> {
    return this.current(actor, await this.visible(actor, id));
  }

  /** The document exactly as it was received. */
  async xml(actor: Principal, id: string): Promise<Uint8Array> {
    await this.visible(actor, id);
    const xml = await this.deps.alerts.xml(id);
    if (!xml) throw new NotFoundError(`alert "${id}" does not exist`);
    return xml;
  }

  /** Approves every gate of the alert waiting for an approver that the person may approve (the second approval). */
  async approve(actor: Principal, id: string): Promise<Alert> {
    this.deps.access.assertCan(actor, 'emergency');
    const alert = await this.visible(actor, id);
    const waiting = (await this.deps.emergencies.forAlert(id)).filter((e) => e.state === 'pending');
    const mine = await this.writableOnes(actor, waiting);
    if (mine.length === 0)
      throw new ConflictError(`alert "${id}" has no gate waiting for your approval`, undefined, {
        reason: 'wrong_state',
        params: { state: alert.outcome },
      });
    for (const e of mine) await this.deps.emergencies.approve(actor, e.id);
    return this.get(actor, id);
  }

  /** Takes the alert off every screen (and withdraws it where it waits) at the gates the person may act on. */
  async clear(actor: Principal, id: string): Promise<Alert> {
    this.deps.access.assertCan(actor, 'emergency');
    const alert = await this.visible(actor, id);
    const open = (await this.deps.emergencies.forAlert(id)).filter(
      (e) => e.state === 'pending' || e.state === 'active',
    );
    const mine = await this.writableOnes(actor, open);
    if (mine.length === 0)
      throw new ConflictError(`alert "${id}" is on no screen you may clear`, undefined, {
        reason: 'wrong_state',
        params: { state: alert.outcome },
      });
    for (const e of mine) await this.deps.emergencies.clear(actor, e.id);
    return this.get(actor, id);
  }

  /** The stored alerts whose time is in [from, until) (the alert report). */
  async receivedBetween(actor: Principal, from: string, until: string): Promise<Alert[]> {
    this.deps.access.assertCan(actor, 'read');
    const view = await this.deps.access.view(actor);
    const found = (await this.deps.alerts.receivedBetween(from, until)).filter((a) =>
      this.visibleIn(actor, view, a),
    );
    return Promise.all(found.map((a) => this.current(actor, a)));
  }

  private parse(xml: Uint8Array): CapAlert {
    if (xml.length > MAX_CAP_BYTES)
      throw new ValidationError(
        `the document is ${xml.length} bytes; at most ${MAX_CAP_BYTES} are accepted`,
        '/alert',
        'cap_too_large',
      );
    let text: string;
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(xml);
    } catch {
      throw new ValidationError(
        'the document is not UTF-8 (CAP 1.2 documents are)',
        '/alert',
        'cap_malformed_xml',
      );
    }
    return parseCap(text);
  }

  /** Refuses an alert sent in the future or already expired. */
  private assertCurrent(cap: CapAlert, now: number): void {
    if (cap.sent.at > now + SENT_SKEW_MS)
      throw new ValidationError(
        `<sent> ${cap.sent.text} is in the future (the controller's time is ${new Date(now).toISOString()})`,
        '/alert/sent',
        'cap_sent_in_future',
      );
    cap.infos.forEach((info, i) => {
      if (info.expires && info.expires.at <= now)
        throw new ValidationError(
          `<expires> ${info.expires.text} has passed (the controller's time is ${new Date(now).toISOString()})`,
          `/alert/info/${i}/expires`,
          'cap_expired',
        );
    });
  }

  /** The same alert delivered again: the stored one if it is the same document, else a conflict. */
  private again(known: Alert, sha256: string): { alert: Alert; created: boolean } {
    if (known.sha256 !== sha256)
      throw new ConflictError(
        `alert "${known.identifier}" from ${known.sender} sent ${known.sent} was already received with other content; an Update needs its own identifier`,
        '/alert/identifier',
        { reason: 'duplicate' },
      );
    return { alert: known, created: false };
  }

  private async plan(
    source: AlertSource,
    cap: CapAlert,
    received: { sha256: string; bytes: number; via: AlertVia; now: number },
  ): Promise<Plan> {
    const { now } = received;
    const [gates, screens] = await Promise.all([this.deps.gates.all(), this.deps.screens.all()]);
    const first = cap.infos[0];
    const id = randomUUID();
    const references = await Promise.all(
      cap.references.map(async (r) => {
        const found = await this.deps.alerts.byKey(r.sender, r.identifier, r.sent.text);
        return {
          sender: r.sender,
          identifier: r.identifier,
          sent: r.sent.text,
          ...(found ? { alertId: found.id } : {}),
        };
      }),
    );
    const earlier = (
      await Promise.all(
        references.flatMap((r) => (r.alertId ? [this.deps.emergencies.forAlert(r.alertId)] : [])),
      )
    )
      .flat()
      .filter((e) => e.state === 'active' || e.state === 'pending');
    const base: Omit<Alert, 'gates' | 'outcome'> = {
      id,
      sourceId: source.id,
      sourceName: source.name,
      identifier: cap.identifier,
      sender: cap.sender,
      sent: new Date(cap.sent.at).toISOString(),
      status: cap.status,
      msgType: cap.msgType,
      receivedAt: new Date(now).toISOString(),
      via: received.via.kind,
      ...(received.via.kind === 'feed' ? { feedEntry: received.via.entry } : {}),
      sha256: received.sha256,
      bytes: received.bytes,
      event: first?.event ?? '',
      ...(first?.headline ? { headline: first.headline } : {}),
      severity: first?.severity ?? 'Unknown',
      urgency: first?.urgency ?? 'Unknown',
      certainty: first?.certainty ?? 'Unknown',
      ...(first?.onset ? { onset: new Date(first.onset.at).toISOString() } : {}),
      ...(cap.infos.some((i) => i.expires)
        ? {
            expires: new Date(
              Math.min(...cap.infos.flatMap((i) => (i.expires ? [i.expires.at] : []))),
            ).toISOString(),
          }
        : {}),
      references,
      languages: {
        present: [...new Set(cap.infos.flatMap((i) => (i.lang ? [i.lang] : [])))],
        unmapped: [...new Set(cap.infos.flatMap((i) => (i.lang ? [] : [i.language])))],
      },
      areas: cap.infos
        .flatMap((i) => i.areas)
        .filter((a, i, all) => all.findIndex((b) => JSON.stringify(b) === JSON.stringify(a)) === i)
        .map((a) => ({
          areaDesc: a.areaDesc,
          polygons: a.polygons.map((p) => p.map((pt) => [pt.lat, pt.lon])),
          circles: a.circles.map((c) => ({ lat: c.center.lat, lon: c.center.lon, radiusKm: c.radiusKm })),
          geocodes: a.geocodes.map((g) => ({ valueName: g.valueName, value: g.value })),
        })),
    };
    // Only an Alert or an Update with its <info> goes on screen; a Cancel clears what it names.
    if (cap.msgType === 'Cancel')
      return {
        alert: {
          ...base,
          gates: [],
          outcome:
            earlier.length > 0 || references.some((r) => r.alertId) ? 'cancelled' : 'unknown-reference',
        },
        add: [],
        clear: earlier.map((e) => ({ id: e.id })),
      };
    const outcome = (status: Alert['outcome']): Plan => ({
      alert: { ...base, gates: [], outcome: status },
      add: [],
      clear: [],
    });
    if (cap.status === 'Draft') return outcome('draft');
    if (cap.status === 'System' || cap.msgType === 'Ack' || cap.msgType === 'Error' || !first)
      return outcome('not-for-display');

    const targeted = targetedGates(cap, gates, source.scope);
    const templates = await this.deps.templates.approvedFor(targeted.map((g) => g.id));
    const exercise = cap.status === 'Exercise' || cap.status === 'Test';
    const until = alertUntil(cap, now, source.defaultTtlMinutes);
    const creator = actorRecord(sourcePrincipal(source));
    const add: Emergency[] = [];
    const clear: Plan['clear'] = [];
    const outcomes: AlertGateOutcome[] = [];
    for (const gate of targeted) {
      const { variants, texts } = gateTexts(cap, gate satisfies PlanGate, templates);
      const targets = { gates: [gate.id] };
      const reached = screens.filter((s) =>
        emergencyReaches({ targets, ...(exercise ? { exercise: true } : {}) }, s),
      );
      const replaced = earlier.filter((e) => e.gateIds.includes(gate.id));
      const summary = { gateId: gate.id, name: gate.name, texts, screens: reached.map((s) => s.id).sort() };
      if (exercise && reached.length === 0) {
        outcomes.push({ ...summary, outcome: 'no-exercise-screen' });
        continue;
      }
      // An Update keeps the state the earlier alert has at the gate (approved stays on screen); a new gate follows the rules.
      const live =
        replaced.length > 0
          ? replaced.some((e) => e.state === 'active')
          : immediateAt(source.immediate, gate.id, first);
      const emergency: Emergency = {
        id: randomUUID(),
        variants,
        targets,
        ttlMinutes: ttlMinutes(now, until),
        note: `CAP ${cap.identifier} (${source.name})`.slice(0, 500),
        gateIds: [gate.id],
        createdBy: creator,
        createdAt: new Date(now).toISOString(),
        expiresAt: new Date(until).toISOString(),
        ...(exercise ? { exercise: true as const } : {}),
        origin: {
          kind: 'cap',
          alertId: id,
          sourceId: source.id,
          texts: Object.fromEntries(
            Object.entries(texts).filter((e): e is [string, 'original' | 'template'] => e[1] !== 'missing'),
          ),
        },
        ...(live
          ? {
              state: 'active' as const,
              secondApproval: 'waived-by-source-rule' as const,
              activatedAt: new Date(now).toISOString(),
            }
          : { state: 'pending' as const, secondApproval: 'awaited' as const }),
      };
      add.push(emergency);
      for (const e of replaced) clear.push({ id: e.id, replacedBy: emergency.id });
      outcomes.push({ ...summary, outcome: live ? 'active' : 'pending', emergencyId: emergency.id });
    }
    // Gates the Update no longer reaches lose the earlier alert.
    for (const e of earlier) if (!clear.some((c) => c.id === e.id)) clear.push({ id: e.id });
    const overall: Alert['outcome'] =
      targeted.length === 0
        ? cap.msgType === 'Update' && earlier.length > 0
          ? 'updated'
          : 'no-gate'
        : add.length === 0
          ? 'no-exercise-screen'
          : outcomeOf(add);
    return { alert: { ...base, gates: outcomes, outcome: overall }, add, clear };
  }

  /** The alert with each gate's outcome as its emergency stands now, and what the person may do. */
  private async current(actor: Principal, alert: Alert): Promise<Alert> {
    const emergencies = await this.deps.emergencies.forAlert(alert.id);
    const byId = new Map(emergencies.map((e) => [e.id, e]));
    const gates = alert.gates.map((g): AlertGateOutcome => {
      const e = g.emergencyId ? byId.get(g.emergencyId) : undefined;
      if (!e) return g;
      const outcome: AlertGateOutcome['outcome'] =
        e.state === 'cleared' ? (e.origin?.replacedBy ? 'replaced' : 'cleared') : e.state;
      return { ...g, outcome };
    });
    const own = emergencies.filter((e) => alert.gates.some((g) => g.emergencyId === e.id));
    const writable = await this.writableOnes(actor, emergencies);
    const actions: NonNullable<Alert['actions']> = [];
    if (can(actor, 'emergency') && writable.some((e) => e.state === 'pending')) actions.push('approve');
    if (can(actor, 'emergency') && writable.some((e) => e.state === 'pending' || e.state === 'active'))
      actions.push('clear');
    return { ...alert, gates, outcome: own.length > 0 ? outcomeOf(own) : alert.outcome, actions };
  }

  private async writableOnes(actor: Principal, emergencies: readonly Emergency[]): Promise<Emergency[]> {
    const scope = await this.deps.access.gatesInScope(actor);
    return emergencies.filter((e) => scope === 'all' || e.gateIds.every((id) => scope.has(id)));
  }

  /** An alert that reached no gate is seen only with national scope. */
  private visibleIn(
    actor: Principal,
    view: { visible(gateIds: readonly string[]): boolean },
    alert: Alert,
  ): boolean {
    const gateIds = alert.gates.map((g) => g.gateId);
    return gateIds.length > 0 ? view.visible(gateIds) : actor.scope.global === true;
  }

  private async visible(actor: Principal, id: string): Promise<Alert> {
    this.deps.access.assertCan(actor, 'read');
    const found = await this.deps.alerts.get(id);
    if (!found || !this.visibleIn(actor, await this.deps.access.view(actor), found))
      throw new NotFoundError(`alert "${id}" does not exist`);
    return found;
  }
}

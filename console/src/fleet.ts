import { ApiError, type ApiClient, type Gate, type Page, type Screen } from './api.ts';
import { showDeviceToken } from './device-token.ts';
import { h, replaceKeepingFocus } from './dom.ts';
import { formatTime, languageName, regionName, timeZoneLabel } from './format.ts';
import { errorText, t } from './i18n.ts';
import { showPairingDialog } from './pairing.ts';
import {
  pairButtonKey,
  screenTable,
  tokenButtonKey,
  type ScreenTableContext,
  type StatusResult,
} from './screens.ts';

// Live Socket.IO updates replace this polling in a later issue.
const refreshMs = 10_000;
// Status requests in flight at once, so a large fleet does not flood the server.
const statusConcurrency = 6;

interface Snapshot {
  gates: Page<Gate>;
  screens: Page<Screen>;
  statuses: Map<string, StatusResult>;
  at: Date;
}

/** The fleet overview: every gate with its screens and each screen's player status, refreshed every 10 s. */
export class FleetView {
  readonly element = h('section', { class: 'fleet', 'aria-labelledby': 'fleet-heading' });
  readonly #api: ApiClient;
  readonly #onUnauthorized: () => void;
  readonly #toolbar = h('div', { class: 'toolbar' });
  // Kept across renders so screen readers announce an error once, not on every refresh.
  readonly #alert = h('p', { class: 'error', role: 'alert', hidden: true });
  readonly #body = h('div', { class: 'fleet-body' });
  #snapshot: Snapshot | undefined;
  #loading = false;
  readonly #creating = new Set<string>();
  #timer: number | undefined;
  #stopped = false;

  constructor(api: ApiClient, onUnauthorized: () => void) {
    this.#api = api;
    this.#onUnauthorized = onUnauthorized;
    this.element.append(this.#toolbar, this.#alert, this.#body);
  }

  /** Renders, loads, and starts the auto-refresh (skipped while the tab is hidden). */
  start(): void {
    this.render();
    void this.refresh();
    this.#timer = window.setInterval(() => {
      if (!document.hidden) void this.refresh();
    }, refreshMs);
  }

  /** Stops the auto-refresh; answers still under way are ignored. */
  stop(): void {
    this.#stopped = true;
    window.clearInterval(this.#timer);
  }

  /** Fetches gates, screens and statuses again. */
  async refresh(): Promise<void> {
    if (this.#loading || this.#stopped) return;
    this.#loading = true;
    this.render();
    try {
      const [gates, screens] = await Promise.all([this.#api.gates(), this.#api.screens()]);
      const statuses = await loadStatuses(this.#api, screens.items);
      this.#snapshot = { gates, screens, statuses, at: new Date() };
      this.#showError(undefined);
    } catch (error) {
      this.#fail(error);
    } finally {
      this.#loading = false;
    }
    this.render();
  }

  /** Rebuilds the view from the last answers, in the current language. */
  render(): void {
    if (this.#stopped) return;
    const refresh = h(
      'button',
      { type: 'button', 'data-focus-key': 'refresh', 'aria-disabled': this.#loading ? 'true' : undefined },
      this.#loading ? t('refreshing') : t('refresh'),
    );
    refresh.addEventListener('click', () => void this.refresh());
    const updated = this.#snapshot ? `${t('updatedAt', { time: formatTime(this.#snapshot.at) })}. ` : '';
    replaceKeepingFocus(
      this.#toolbar,
      h('h2', { id: 'fleet-heading' }, t('fleetHeading')),
      refresh,
      h('p', { class: 'hint' }, updated + t('autoRefresh')),
    );
    if (this.#snapshot) replaceKeepingFocus(this.#body, ...this.#fleet(this.#snapshot));
  }

  #fleet(snap: Snapshot): Node[] {
    const out: Node[] = [];
    for (const [page, what] of [
      [snap.gates, t('gatesNoun')],
      [snap.screens, t('screensNoun')],
    ] as const) {
      if (page.total > page.items.length) {
        out.push(
          h('p', { class: 'note' }, t('truncated', { shown: page.items.length, total: page.total, what })),
        );
      }
    }
    const ctx: ScreenTableContext = {
      statuses: snap.statuses,
      creating: this.#creating,
      onNewToken: (screen) => void this.#createToken(screen),
      onPair: (screen) => {
        this.#pair(screen);
      },
    };
    const byGate = new Map<string, Screen[]>();
    for (const screen of [...snap.screens.items].sort(byName)) {
      byGate.set(screen.gateId, [...(byGate.get(screen.gateId) ?? []), screen]);
    }
    if (snap.gates.items.length === 0) out.push(h('p', { class: 'empty' }, t('noGates')));
    for (const gate of [...snap.gates.items].sort(byName)) {
      out.push(gateSection(gate, byGate.get(gate.id) ?? [], ctx));
      byGate.delete(gate.id);
    }
    const orphans = [...byGate.values()].flat();
    if (orphans.length > 0) {
      out.push(
        h(
          'section',
          { class: 'gate', 'aria-labelledby': 'gate-none' },
          h('h3', { id: 'gate-none' }, t('noGate')),
          screenTable(t('noGate'), orphans, undefined, ctx),
        ),
      );
    }
    return out;
  }

  async #createToken(screen: Screen): Promise<void> {
    this.#creating.add(screen.id);
    this.render();
    try {
      const created = await this.#api.createDeviceToken(screen.id);
      this.#showError(undefined);
      showDeviceToken(screen.name, created.playerUrl, () => {
        // An auto-refresh may have replaced the button while the dialog was open.
        this.element
          .querySelector<HTMLElement>(`[data-focus-key="${CSS.escape(tokenButtonKey(screen))}"]`)
          ?.focus();
      });
    } catch (error) {
      this.#fail(error);
    } finally {
      this.#creating.delete(screen.id);
      this.render();
    }
  }

  #pair(screen: Screen): void {
    showPairingDialog(this.#api, screen, (paired) => {
      this.element
        .querySelector<HTMLElement>(`[data-focus-key="${CSS.escape(pairButtonKey(screen))}"]`)
        ?.focus();
      // The newly paired player connects within seconds: show it without waiting for the next refresh.
      if (paired) void this.refresh();
    });
  }

  #fail(error: unknown): void {
    if (error instanceof ApiError && error.status === 401) {
      this.stop();
      this.#onUnauthorized();
      return;
    }
    this.#showError(error);
  }

  #showError(error: unknown): void {
    const text = error === undefined ? '' : errorText(error);
    if (this.#alert.textContent !== text) this.#alert.textContent = text;
    this.#alert.hidden = text === '';
  }
}

function gateSection(gate: Gate, screens: Screen[], ctx: ScreenTableContext): Node {
  const headingId = `gate-${gate.id}`;
  const border = regionName(gate.borderCountry) + (gate.borderRegion ? ` — ${gate.borderRegion}` : '');
  return h(
    'section',
    { class: 'gate', 'aria-labelledby': headingId },
    h('h3', { id: headingId }, gate.name),
    h(
      'dl',
      { class: 'facts' },
      fact(t('province'), gate.province),
      fact(t('borderCountry'), border),
      fact(t('timeZone'), timeZoneLabel(gate.timeZone)),
      fact(t('languages'), gate.languages.map(languageName).join(', ')),
    ),
    screens.length > 0
      ? screenTable(t('screensCaption', { gate: gate.name }), screens, gate.timeZone, ctx)
      : h('p', { class: 'empty' }, t('noScreens')),
  );
}

async function loadStatuses(api: ApiClient, screens: Screen[]): Promise<Map<string, StatusResult>> {
  const results = new Map<string, StatusResult>();
  let next = 0;
  const worker = async (): Promise<void> => {
    for (let screen = screens[next++]; screen; screen = screens[next++]) {
      try {
        results.set(screen.id, { ok: true, status: await api.screenStatus(screen.id) });
      } catch (error) {
        if (error instanceof ApiError && error.status === 401) throw error;
        results.set(screen.id, { ok: false, error });
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(statusConcurrency, screens.length) }, worker));
  return results;
}

function fact(term: string, value: string): Node {
  return h('div', {}, h('dt', {}, term), h('dd', {}, value));
}

function byName(a: { name: string }, b: { name: string }): number {
  return a.name.localeCompare(b.name, 'vi');
}

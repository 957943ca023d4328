import type { Screen, ScreenStatus } from './api.ts';
import { h } from './dom.ts';
import { formatInstant } from './format.ts';
import { errorText, t } from './i18n.ts';

/** A screen's status request: the answer, or why there is none. */
export type StatusResult = { ok: true; status: ScreenStatus } | { ok: false; error: unknown };

/** What a screen table needs from the page around it. */
export interface ScreenTableContext {
  statuses: ReadonlyMap<string, StatusResult>;
  /** Screens whose device token is being created. */
  creating: ReadonlySet<string>;
  onNewToken: (screen: Screen) => void;
  /** Opens the dialog that pairs a waiting player with the screen. */
  onPair: (screen: Screen) => void;
}

/** The key that finds a screen's token button again after a re-render. */
export function tokenButtonKey(screen: Screen): string {
  return `token-${screen.id}`;
}

/** The key that finds a screen's pairing button again after a re-render. */
export function pairButtonKey(screen: Screen): string {
  return `pair-${screen.id}`;
}

/** A table of screens at one gate; times are shown in the gate's time zone. */
export function screenTable(
  caption: string,
  screens: Screen[],
  timeZone: string | undefined,
  ctx: ScreenTableContext,
): Node {
  const columns = [
    'colName',
    'colKind',
    'colSize',
    'colLanguages',
    'colGroups',
    'colConnection',
    'colContent',
  ] as const;
  const head = h(
    'tr',
    {},
    ...columns.map((key) => h('th', { scope: 'col' }, t(key))),
    h('th', { scope: 'col' }, h('span', { class: 'visually-hidden' }, t('colActions'))),
  );
  return h(
    'div',
    { class: 'table-wrap' },
    h(
      'table',
      {},
      h('caption', { class: 'visually-hidden' }, caption),
      h('thead', {}, head),
      h('tbody', {}, ...screens.map((screen) => screenRow(screen, timeZone, ctx))),
    ),
  );
}

function screenRow(screen: Screen, timeZone: string | undefined, ctx: ScreenTableContext): Node {
  const [connection, content] = statusCells(ctx.statuses.get(screen.id), timeZone);
  return h(
    'tr',
    {},
    h('th', { scope: 'row' }, screen.name),
    h('td', {}, kindLabel(screen.kind)),
    h('td', {}, ...sizeLines(screen)),
    h('td', {}, screen.languages?.length ? screen.languages.join(', ') : muted(t('gateLanguages'))),
    h(
      'td',
      {},
      ...(screen.groups?.length
        ? screen.groups.map((g) => h('span', { class: 'chip' }, g))
        : [muted(t('none'))]),
    ),
    h('td', {}, connection),
    h('td', {}, ...content),
    h('td', {}, h('div', { class: 'actions' }, pairButton(screen, ctx), tokenButton(screen, ctx))),
  );
}

function pairButton(screen: Screen, ctx: ScreenTableContext): Node {
  const button = h(
    'button',
    {
      type: 'button',
      'data-focus-key': pairButtonKey(screen),
      'aria-label': t('pairFor', { screen: screen.name }),
    },
    t('pair'),
  );
  button.addEventListener('click', () => {
    ctx.onPair(screen);
  });
  return button;
}

function tokenButton(screen: Screen, ctx: ScreenTableContext): Node {
  const busy = ctx.creating.has(screen.id);
  // aria-disabled rather than disabled, so the button keeps keyboard focus while the request runs.
  const button = h(
    'button',
    {
      type: 'button',
      'data-focus-key': tokenButtonKey(screen),
      'aria-label': busy ? undefined : t('newDeviceTokenFor', { screen: screen.name }),
      'aria-disabled': busy ? 'true' : undefined,
    },
    busy ? t('creating') : t('newDeviceToken'),
  );
  button.addEventListener('click', () => {
    if (!busy) ctx.onNewToken(screen);
  });
  return button;
}

// Status is told by text and symbol as well as colour.
function statusCells(result: StatusResult | undefined, timeZone: string | undefined): [Node, Node[]] {
  if (!result?.ok) {
    const unknown = () => badge('muted', '?', t('statusUnknown'));
    return [unknown(), result ? [unknown(), small(errorText(result.error))] : [unknown()]];
  }
  const { status } = result;
  const connection = status.connected
    ? badge('ok', '●', t('connected'))
    : badge('bad', '○', t('disconnected'));
  const content =
    status.currentVersion === null
      ? badge('muted', '–', t('nothingPublished'))
      : status.appliedVersion === status.currentVersion
        ? badge('ok', '✓', t('upToDate'))
        : badge('warn', '!', t('pending'));
  if (!status.appliedAt) return [connection, [content]];
  return [connection, [content, small(t('appliedAt', { time: formatInstant(status.appliedAt, timeZone) }))]];
}

function kindLabel(kind: Screen['kind']): string {
  switch (kind) {
    case 'led':
      return t('kindLed');
    case 'kiosk':
      return t('kindKiosk');
    case 'indoor':
      return t('kindIndoor');
  }
}

function sizeLines(screen: Screen): Node[] {
  const size = h('span', { class: 'nowrap' }, `${screen.width}×${screen.height}`);
  if (screen.kind !== 'led') return [size];
  return [size, small(t('offset', { x: screen.offsetX ?? 0, y: screen.offsetY ?? 0 }))];
}

function badge(tone: 'ok' | 'warn' | 'bad' | 'muted', icon: string, text: string): Node {
  return h('span', { class: `badge badge-${tone}` }, h('span', { 'aria-hidden': 'true' }, icon), ` ${text}`);
}

function small(text: string): Node {
  return h('span', { class: 'small' }, text);
}

function muted(text: string): Node {
  return h('span', { class: 'muted' }, text);
}

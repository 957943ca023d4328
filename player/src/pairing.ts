// A player without a device token shows a pairing code, large enough to read across a room, and nothing
// else, until an operator enters the code in the console. It then picks up its own token with the claim
// secret that only it holds (someone who merely reads the code off the screen cannot). A player opened
// from a link exchanges the link's single-use enrolment token for its device token on the same namespace.
import { io, type Socket } from 'socket.io-client';
import type { Ack, PairingToServerEvents, ServerToPairingEvents } from '../../schemas/events.ts';
import type { EnrolmentExchanged, PairingOffer, PairingStatus } from '../../schemas/types.ts';

type PairingSocket = Socket<ServerToPairingEvents, PairingToServerEvents>;

/** The offer being shown, kept so that a reload or a reboot shows the same code. */
interface PendingOffer {
  code: string;
  claim: string;
}

const storageKey = 'gatecast.pairing';
const ackTimeoutMs = 10_000;
/** After a refusal (e.g. too many codes asked from this address), ask again this often, jittered. */
const retryMs = 60_000;

/** Why a link did not enrol the player, in both languages of the console, with what to do next. */
const linkNotices: Record<string, string> = {
  enrolment_used:
    'Liên kết này đã được dùng: hãy ghép nối lại trình phát hoặc xin liên kết mới. · This link was already used: pair the player again or ask for a new link.',
  enrolment_expired:
    'Liên kết này đã hết hạn: hãy ghép nối trình phát hoặc xin liên kết mới. · This link has expired: pair the player or ask for a new link.',
  enrolment_unknown:
    'Liên kết này không hợp lệ: hãy ghép nối trình phát hoặc xin liên kết mới. · This link is not valid: pair the player or ask for a new link.',
  device_token_in_url:
    'Trình phát không còn nhận mã thiết bị trong liên kết: hãy ghép nối trình phát hoặc xin liên kết mới. · Players no longer take a device token from a link: pair the player or ask for a new link.',
};

/** Why a link did not enrol this player (shown above the pairing code). */
export interface LinkRefusal {
  code: string;
  message: string;
}

/** The notice for a link the player could not use (`device_token_in_url`, or the controller's refusal). */
export function linkRefusal(code: string, message = ''): LinkRefusal {
  return { code, message: linkNotices[code] ?? linkNotices['enrolment_unknown'] ?? message };
}

/**
 * Exchanges a link's single-use enrolment token for this player's device token, once; until the controller
 * answers, it shows that it is connecting and tries again. Resolves with the token, or with the refusal
 * (used, expired, not valid), which nothing will change.
 */
export function enrolDevice(enrolment: string): Promise<{ token: string } | { refused: LinkRefusal }> {
  return new Promise((resolve) => {
    const view = new PairingView();
    const socket: PairingSocket = io('/pairing', { transports: ['websocket'] });
    let timer: ReturnType<typeof setTimeout> | undefined;
    let busy = false;
    const done = (result: { token: string } | { refused: LinkRefusal }) => {
      clearTimeout(timer);
      socket.disconnect();
      view.remove();
      resolve(result);
    };
    const later = (ms: number) => {
      clearTimeout(timer);
      timer = setTimeout(() => void exchange(), ms);
    };
    const exchange = async () => {
      if (busy) return;
      busy = true;
      try {
        const reply = await emit<EnrolmentExchanged>(socket, 'pairing:enrol', { token: enrolment });
        if (reply.ok) done({ token: reply.data.token });
        else if (reply.error.code === 'rate_limited' || reply.error.code === 'internal') {
          view.waiting(reply.error.message); // the link is still good: ask again later
          later(retryMs * (0.5 + Math.random() / 2));
        } else done({ refused: linkRefusal(reply.error.code, reply.error.message) });
      } catch {
        later(retryMs * (0.5 + Math.random() / 2)); // no answer in time: try again
      } finally {
        busy = false;
      }
    };
    socket.on('connect', () => void exchange());
    socket.on('disconnect', () => {
      view.offline(true);
    });
    socket.on('connect_error', () => {
      view.offline(true);
    });
  });
}

/**
 * Shows a pairing code until an operator pairs this player (under `notice`, why a link did not do it);
 * resolves with the player's device token.
 */
export function pairDevice(notice?: LinkRefusal): Promise<string> {
  return new Promise((resolve) => {
    const view = new PairingView(notice);
    const socket: PairingSocket = io('/pairing', { transports: ['websocket'] });
    let pending = readPending();
    let timer: ReturnType<typeof setTimeout> | undefined;
    let busy = false;
    let again = false;

    const later = (ms: number) => {
      clearTimeout(timer);
      timer = setTimeout(() => void step(), ms);
    };
    // One exchange at a time; a "paired" push during one runs another right after it.
    const step = async (): Promise<void> => {
      if (busy) {
        again = true;
        return;
      }
      busy = true;
      try {
        const token = await exchange();
        if (token !== undefined) {
          clearTimeout(timer);
          socket.disconnect();
          writePending(undefined);
          view.remove();
          resolve(token);
          return;
        }
      } catch {
        later(retryMs * (0.5 + Math.random() / 2)); // no answer in time: try again
      } finally {
        busy = false;
      }
      if (again) {
        again = false;
        await step();
      }
    };
    // Asks about the offer shown (if any), else for a new code; returns the token once paired.
    const exchange = async (): Promise<string | undefined> => {
      if (pending) {
        const reply = await emit<PairingStatus>(socket, 'pairing:claim', { claim: pending.claim });
        if (reply.ok && reply.data.status === 'paired') return reply.data.token;
        if (reply.ok && reply.data.status === 'waiting') {
          view.show(pending.code);
          later(reply.data.expiresInSeconds * 1000 + 1000);
          return undefined;
        }
        pending = undefined; // expired or unknown: a new code
        writePending(undefined);
      }
      const offer = await emit<PairingOffer>(socket, 'pairing:request', {});
      if (!offer.ok) {
        view.waiting(offer.error.message);
        later(retryMs * (0.5 + Math.random() / 2));
        return undefined;
      }
      pending = { code: offer.data.code, claim: offer.data.claim };
      writePending(pending);
      view.show(pending.code);
      later(offer.data.expiresInSeconds * 1000 + 1000);
      return undefined;
    };

    socket.on('connect', () => void step());
    socket.on('pairing:paired', () => void step());
    socket.on('disconnect', () => {
      view.offline(true);
    });
    socket.on('connect_error', () => {
      view.offline(true);
    });
  });
}

// emitWithAck after timeout() loses the reply's type; the event maps in schemas/events.ts name it.
async function emit<T>(
  socket: PairingSocket,
  event: 'pairing:claim' | 'pairing:request' | 'pairing:enrol',
  payload: object,
): Promise<Ack<T>> {
  return (await socket.timeout(ackTimeoutMs).emitWithAck(event, payload)) as Ack<T>;
}

/** The full-screen code: the only thing on the screen while the player waits. */
class PairingView {
  private readonly element: HTMLElement;
  private readonly label: HTMLElement;
  private readonly code: HTMLElement;

  constructor(notice?: LinkRefusal) {
    this.element = document.body.appendChild(document.createElement('div'));
    this.element.className = 'pairing';
    this.element.setAttribute('role', 'status');
    if (notice) {
      const line = this.element.appendChild(document.createElement('p'));
      line.className = 'pairing-notice';
      line.dataset['code'] = notice.code;
      line.textContent = notice.message;
    }
    this.label = this.element.appendChild(document.createElement('div'));
    this.label.className = 'pairing-label';
    this.code = this.element.appendChild(document.createElement('div'));
    this.code.className = 'pairing-code';
    this.waiting();
  }

  show(code: string): void {
    this.label.textContent = 'Mã ghép nối · Pairing code';
    // Two groups of three read more easily from afar; the console accepts it with or without the space.
    this.code.textContent = `${code.slice(0, 3)} ${code.slice(3)}`;
    this.code.dataset['code'] = code;
    this.offline(false);
  }

  waiting(reason?: string): void {
    this.label.textContent = reason ?? 'Đang kết nối… · Connecting…';
  }

  offline(offline: boolean): void {
    this.element.dataset['offline'] = String(offline);
  }

  remove(): void {
    this.element.remove();
  }
}

function readPending(): PendingOffer | undefined {
  try {
    const value: unknown = JSON.parse(localStorage.getItem(storageKey) ?? 'null');
    if (typeof value !== 'object' || value === null) return undefined;
    const { code, claim } = value as Record<string, unknown>;
    return typeof code === 'string' && typeof claim === 'string' ? { code, claim } : undefined;
  } catch {
    return undefined;
  }
}

function writePending(offer: PendingOffer | undefined): void {
  try {
    if (offer) localStorage.setItem(storageKey, JSON.stringify(offer));
    else localStorage.removeItem(storageKey);
  } catch {
    // Storage disabled: the offer lives as long as the page (a reload shows a new code).
  }
}

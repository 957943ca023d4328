// Who waits for a pairing code, and who gives up a place when room is needed. Pure: the service passes the
// offers waiting now and ends those named here before it stores the new one.

/** An offer waiting for an operator: its id, the address group it came from, when it was made. */
export interface WaitingOffer {
  id: string;
  group: string;
  createdAt: string;
}

export interface QueueLimits {
  /** Offers one address group may have waiting at once; a new one replaces its oldest. */
  perAddress: number;
  /** Offers waiting at once, controller-wide. */
  maxWaiting: number;
}

/**
 * The waiting offers to end so that a new offer from `group` fits, oldest first: that group's oldest beyond
 * `perAddress - 1`, then, while the queue is full, the oldest offer of whichever group has the most waiting.
 * So a new player is never refused for lack of room: a flood can only displace itself, and a group with few
 * offers waiting (a real player) is the last to give one up.
 */
export function offersToEnd(waiting: readonly WaitingOffer[], group: string, limits: QueueLimits): string[] {
  const byAge = [...waiting].sort(
    (a, b) => a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id),
  );
  const groups = new Map<string, WaitingOffer[]>();
  for (const offer of byAge) {
    const list = groups.get(offer.group);
    if (list) list.push(offer);
    else groups.set(offer.group, [offer]);
  }
  const ended: string[] = [];
  const endOldest = (list: WaitingOffer[]) => {
    const oldest = list.shift();
    if (oldest) ended.push(oldest.id);
  };
  const own = groups.get(group) ?? [];
  while (own.length > Math.max(0, limits.perAddress - 1)) endOldest(own);
  const room = Math.max(1, limits.maxWaiting);
  while (byAge.length - ended.length >= room) {
    let heaviest: WaitingOffer[] = [];
    for (const list of groups.values()) {
      const older = (list[0]?.createdAt ?? '') < (heaviest[0]?.createdAt ?? '');
      if (list.length > heaviest.length || (list.length === heaviest.length && older)) heaviest = list;
    }
    if (heaviest.length === 0) break;
    endOldest(heaviest);
  }
  return ended;
}

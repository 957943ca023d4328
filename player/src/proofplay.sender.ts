// Sends the queued proof-of-play records in acknowledged batches and deletes them only once acked.
import type { Ack } from '../../schemas/events.ts';
import type { PlayBatchReply, PlayRecord } from '../../schemas/types.ts';
import type { PlayerSocket } from './connection.ts';
import type { PlayQueue } from './proofplay.ts';

const batchSize = 200;
const everyMs = 15_000;
const ackTimeoutMs = 20_000;
/**
 * A backlog (days offline) goes out at most one batch a second: 200 records a second, three days of
 * 10-second items in about two minutes, well inside what the controller grants a device
 * (PLAYER_EVENTS_PER_MINUTE, 120 by default), with room left for heartbeats and acks.
 */
const batchGapMs = 1_000;

/** Drains the queue on every connect and every 15 s while connected. */
export function sendPlays(socket: PlayerSocket, queue: PlayQueue): { drain(): Promise<void> } {
  let running: Promise<void> | null = null;
  const drain = (): Promise<void> => (running ??= once().finally(() => (running = null)));
  const once = async () => {
    let sentAt = -Infinity;
    while (socket.connected) {
      const batch = await queue.oldest(batchSize);
      if (batch.length === 0) return;
      const wait = sentAt + batchGapMs - Date.now();
      if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
      sentAt = Date.now();
      let reply: Ack<PlayBatchReply>;
      try {
        reply = await emit(socket, batch);
      } catch {
        return; // no ack in time: keep them, the next round resends (stored once by their ids)
      }
      if (reply.ok) {
        // Acked: stored, already stored, or refused as implausible; none of them is ever sent again.
        if (reply.data.refused > 0)
          console.warn('proof of play: records refused by the controller, dropped', reply.data.refusals);
        await queue.delete(batch.map((r) => r.id));
        continue;
      }
      // A record the controller will never accept would block the queue forever: drop that one only.
      const bad = /^\/records\/(\d+)/.exec(reply.error.path ?? '');
      const record = bad ? batch[Number(bad[1])] : undefined;
      if (reply.error.code === 'validation_failed' && record) {
        console.error('proof of play: record refused, dropped', record, reply.error);
        await queue.delete([record.id]);
        continue;
      }
      // rate_limited (or anything else): keep them all and try again with the next round.
      console.warn('proof of play: batch refused, kept for later', reply.error);
      return;
    }
  };
  socket.on('connect', () => void drain());
  setInterval(() => void drain(), everyMs);
  return { drain };
}

function emit(socket: PlayerSocket, records: PlayRecord[]): Promise<Ack<PlayBatchReply>> {
  return new Promise((resolve, reject) => {
    socket
      .timeout(ackTimeoutMs)
      .emit('proof-of-play', { records }, (err: Error | null, reply: Ack<PlayBatchReply>) => {
        if (err) reject(err);
        else resolve(reply);
      });
  });
}

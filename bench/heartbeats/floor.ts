// The floor: a bare Socket.IO server on the same transport that acks every heartbeat at once, with no
// validation and no persistence. Prints its port, then its event-loop lag when told to stop.
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { Server } from 'socket.io';

const http = createServer();
const io = new Server(http, { transports: ['websocket'], serveClient: false });
io.of('/player').on('connection', (socket) => {
  socket.on('heartbeat', (_payload: unknown, ack: (r: unknown) => void) => {
    ack({ ok: true, data: { intervalSeconds: 30 } });
  });
});
const lag = monitorEventLoopDelay({ resolution: 10 });
http.listen(0, '127.0.0.1', () => {
  console.log(JSON.stringify({ port: (http.address() as AddressInfo).port }));
});
process.stdin.on('data', (line) => {
  if (line.toString().includes('reset')) lag.reset();
  if (line.toString().includes('start')) lag.enable();
  if (line.toString().includes('stop')) {
    lag.disable();
    console.log(JSON.stringify({ lagP99Ms: lag.percentile(99) / 1e6, lagMaxMs: lag.max / 1e6 }));
    process.exit(0);
  }
});

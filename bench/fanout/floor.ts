// The fanout floor (helper of fanout.ts): a bare `ws` server that, on "publish <file>" on stdin, sends the
// frame in <file> (the very Socket.IO frame bytes the controller sends: 42/player,["manifest",{…}]) to every
// client, and answers each client's small ack frame with a small frame. No rooms, validation, database.
// Prints its port, then "published" after each broadcast loop.
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createInterface } from 'node:readline';
import { WebSocketServer, type WebSocket } from 'ws';

const http = createServer();
const wss = new WebSocketServer({ server: http });
const clients = new Set<WebSocket>();
wss.on('connection', (ws) => {
  clients.add(ws);
  ws.on('close', () => clients.delete(ws));
  ws.on('message', (data: Buffer) => {
    const { ack } = JSON.parse(data.toString()) as { ack: string };
    ws.send(JSON.stringify({ version: ack }));
  });
});
http.listen(0, '127.0.0.1', () => {
  console.log(JSON.stringify({ port: (http.address() as AddressInfo).port }));
});
createInterface({ input: process.stdin }).on('line', (line) => {
  const [cmd, file] = line.trim().split(/\s+/);
  if (cmd === 'publish' && file) {
    const frame = readFileSync(file, 'utf8');
    for (const ws of clients) ws.send(frame);
    console.log(JSON.stringify({ published: clients.size }));
  }
  if (cmd === 'close') process.exit(0);
});

import { chmod, mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { startApp } from './app.ts';
import { loadConfigOrExit } from './config.ts';

const config = loadConfigOrExit();

let app;
try {
  app = await startApp(config);
} catch (error) {
  // The one start failure a technician meets often: say which setting to change, not a stack trace.
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (code === 'EADDRINUSE' || code === 'EACCES') {
    const why =
      code === 'EADDRINUSE' ? 'is already in use (another Gatecast?)' : 'may not be opened by this user';
    console.error(
      `Cannot listen on ${config.host}:${config.port}: the port ${why}. Set PORT to another port.`,
    );
    process.exit(2);
  }
  throw error;
}
const base = config.publicUrl ?? app.url.replace('127.0.0.1', 'localhost');
app.log.info({ url: base, database: app.dialect }, 'Gatecast controller listening');

const lines = [`Gatecast controller: ${base}  (database: ${app.dialect})`, `Console: ${base}/console/`];
if (app.adminPassword) {
  lines.push(
    `Sign in to the console as "admin" with this password (shown once, change it): ${app.adminPassword}`,
  );
}
if (app.demoPlayers.length > 0) {
  const urls = app.demoPlayers.map((p) => `  ${p.gateName} / ${p.screenName}: ${base}${p.playerPath}`);
  const until = app.demoPlayers[0]?.expiresAt ?? '';
  lines.push(
    `Demo players (open in Chromium; each link works once, until ${until}, and every start prints new ones):`,
    ...urls,
  );
  // Keep a private copy for the developer who started the demo.
  await mkdir(config.dataDir, { recursive: true });
  const file = join(config.dataDir, 'demo-players.txt');
  await writeFile(file, urls.join('\n') + '\n', { mode: 0o600 });
  await chmod(file, 0o600);
  lines.push(`(also written to ${file})`);
}
// For the person at the terminal, on stderr in a block of its own: stdout is the JSON log stream (pino), which
// a service manager or log shipper keeps, and a first-start password does not belong in kept logs.
const rule = '─'.repeat(72);
console.error([rule, ...lines, rule].join('\n'));

for (const signal of ['SIGTERM', 'SIGINT'] as const) {
  process.once(signal, () => {
    app.log.info({ signal }, 'shutting down');
    const force = setTimeout(() => process.exit(1), 10_000);
    force.unref();
    app.close().then(
      () => process.exit(0),
      (err: unknown) => {
        app.log.error({ err }, 'shutdown failed');
        process.exit(1);
      },
    );
  });
}

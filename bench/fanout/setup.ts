// Setup process (not a benchmark): makes a gate with N screens and one device token each in a DATA_DIR,
// through the controller's own repositories and DeviceService, and writes the token secrets to one file
// per load process. Through the HTTP API every screen create republishes the whole fleet (O(N) each, so
// O(N²) for the fleet); inserting here and letting the controller publish once at start is the same data.
// Usage: setup.ts <dataDir> <screens> <loaders> <outDir>; prints the token files as one JSON line.
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { startApp } from '../../server/app.ts';
import { loadConfig } from '../../server/config.ts';
import { systemPrincipal } from '../../server/domain/access.ts';
import type { Gate, Screen } from '../../server/domain/entities.ts';
import { createEntityRepositories } from '../../server/repositories/entity.repositories.ts';

const [dataDir = '', screensArg = '1000', loadersArg = '4', outDir = ''] = process.argv.slice(2);
const screens = Number(screensArg);
const loaders = Number(loadersArg);

const app = await startApp(
  loadConfig({ PORT: '0', HOST: '127.0.0.1', DATA_DIR: dataDir, LOG_LEVEL: 'warn', SEED_DEMO: '0' }),
  { jobs: false },
);
try {
  const repos = createEntityRepositories(app.db);
  const at = new Date().toISOString();
  const gate: Gate = {
    id: 'bench-gate',
    name: 'Cửa khẩu Lệ Thanh',
    province: 'Gia Lai',
    borderCountry: 'KH',
    timeZone: 'Asia/Ho_Chi_Minh',
    location: { lat: 13.92, lon: 107.53 },
    languages: ['vi', 'km', 'en'],
    createdAt: at,
    updatedAt: at,
  };
  await repos.gates.insert(gate);
  const tokens: string[] = [];
  for (let i = 0; i < screens; i++) {
    const id = `bench-screen-${i}`;
    const screen: Screen = {
      id,
      gateId: gate.id,
      name: id,
      kind: 'led',
      width: 800,
      height: 500,
      createdAt: at,
      updatedAt: at,
    };
    await repos.screens.insert(screen);
    tokens.push((await app.devices.createToken(systemPrincipal, id, { label: 'bench' })).token);
  }
  const files: string[] = [];
  for (let l = 0; l < loaders; l++) {
    const file = join(outDir, `tokens-${l}.txt`);
    await writeFile(file, tokens.filter((_, i) => i % loaders === l).join('\n') + '\n');
    files.push(file);
  }
  console.log(JSON.stringify({ files }));
} finally {
  await app.close();
}

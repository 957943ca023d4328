// Runs every benchmark in bench/*/ (one script each, named like its folder) in turn.
import { spawnSync } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const dir = fileURLToPath(new URL('.', import.meta.url));
const only = process.argv.slice(2);
let failed = 0;
for (const name of readdirSync(dir).sort()) {
  if (name === 'results' || !statSync(dir + name).isDirectory()) continue;
  if (only.length > 0 && !only.includes(name)) continue;
  const run = spawnSync(process.execPath, [`${dir}${name}/${name}.ts`], { stdio: 'inherit' });
  if (run.status !== 0) failed++;
}
process.exit(failed > 0 ? 1 : 0);

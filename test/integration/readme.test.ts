import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADMIN_PASSWORD, startTestServer, type TestServer } from '../support/server.ts';

/** The README's `sh` blocks that call the controller with a token, in the order a reader meets them. */
async function readmeBlocks(): Promise<string[]> {
  const readme = await readFile(new URL('../../README.md', import.meta.url), 'utf8');
  return [...readme.matchAll(/^```sh\n([\s\S]*?)^```/gm)]
    .map((m) => m[1] ?? '')
    .filter((block) => block.includes('localhost:8080') && block.includes('TOKEN'));
}

function bash(script: string, cwd: string, env: Record<string, string>) {
  return new Promise<{ code: number; stdout: string; stderr: string }>((resolve) => {
    execFile(
      'bash',
      ['--norc', '--noprofile', '-c', script],
      { cwd, env: { PATH: process.env.PATH ?? '', ...env }, timeout: 60_000 },
      (error, stdout, stderr) => {
        const code = error ? (typeof error.code === 'number' ? error.code : 1) : 0;
        resolve({ code, stdout, stderr });
      },
    );
  });
}

// The README's examples are run as written, against a fresh controller with the demo data, by a reader who
// has only the admin password printed at first start: any refusal (HTTP 4xx/5xx) fails the block.
describe('the README examples work as written', () => {
  let server: TestServer;
  let dir: string;
  beforeAll(async () => {
    server = await startTestServer('sqlite', { seedDemo: true });
    dir = await mkdtemp(join(tmpdir(), 'gatecast-readme-'));
  });
  afterAll(async () => {
    await server.stop();
    await rm(dir, { recursive: true, force: true });
  });

  it('gets $TOKEN with curl alone, makes a second person, and runs every example that uses a token', async () => {
    const blocks = await readmeBlocks();
    expect(blocks.length).toBeGreaterThanOrEqual(4);
    const address = new URL(server.url).host;
    const script = [
      'set -euo pipefail',
      // Every curl of the README fails the script on an HTTP error, and says why.
      'curl() { command curl -sS --fail-with-body "$@"; }',
      ...blocks.map((b) => b.replaceAll('localhost:8080', address)),
      'echo "TOKEN=${TOKEN:0:4} APPROVER_TOKEN=${APPROVER_TOKEN:0:4}"',
    ].join('\n');
    const run = await bash(script, dir, { ADMIN_PASSWORD });
    expect(run.code, `${run.stderr}\n${run.stdout}`).toBe(0);
    expect(run.stdout).toContain('TOKEN=gca_ APPROVER_TOKEN=gca_');

    // What the examples did is there: the schedule approved by the second person, the emergency sent.
    const approval = await server.api.get<{ state: string; approvedBy?: { name: string } }>(
      '/api/v1/schedules/le-thanh-morning-rush/approval',
    );
    expect(approval.body).toMatchObject({ state: 'approved' });
    const emergencies = await server.api.get<{ items: { targets: { gates?: string[] } }[] }>(
      '/api/v1/emergencies',
    );
    expect(emergencies.body.items.some((e) => e.targets.gates?.includes('tinh-bien'))).toBe(true);
    // The flood warning the station sent is on Tịnh Biên's boards, and only there.
    const alerts = await server.api.get<{
      items: { outcome: string; gates: { gateId: string; outcome: string }[] }[];
    }>('/api/v1/alerts');
    expect(alerts.body.items.map((a) => [a.outcome, a.gates.map((g) => [g.gateId, g.outcome])])).toEqual([
      ['shown', [['tinh-bien', 'active']]],
    ]);
    // The lane system's waiting time is Lệ Thanh's current value.
    const sources = await server.api.get<{ items: { id: string; name: string }[] }>('/api/v1/data-sources');
    const lanes = sources.body.items.find((s) => s.name === 'Hệ thống làn Lệ Thanh');
    const values = await server.api.get<{ items: { path: string; value: unknown }[] }>(
      `/api/v1/data-sources/${lanes?.id ?? 'none'}/values`,
    );
    expect(values.body.items.map((v) => [v.path, v.value])).toEqual([['queue.passengers.minutes', 25]]);
  });
});

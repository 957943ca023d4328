import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TargetRefusedError, WebhookHttpRepository } from './webhook-http.repository.ts';

describe('webhook HTTP', () => {
  const hits: string[] = [];
  const server = createServer((req, res) => {
    hits.push(`${req.headers.host ?? ''} ${req.url ?? ''}`);
    req.resume();
    res.statusCode = 204;
    res.end();
  });
  let port = 0;
  beforeAll(async () => {
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    port = (server.address() as AddressInfo).port;
  });
  afterAll(() => {
    server.close();
  });
  const init = () => ({ headers: {}, body: '{}', signal: AbortSignal.timeout(10_000) });

  it('connects to the address it checked, not to what DNS answers next (rebinding)', async () => {
    // Here 127.0.0.1 stands for a public address; DNS answers it once, then an internal one.
    const answers = ['127.0.0.1', '127.0.0.2'];
    const asked: string[] = [];
    const http = new WebhookHttpRepository([], {
      resolve: (host) => {
        asked.push(host);
        return Promise.resolve([{ address: answers.shift() ?? '127.0.0.2', family: 4 }]);
      },
      internal: (address) => (address === '127.0.0.1' ? undefined : 'loopback'),
    });
    expect(await http.post(`http://rebind.test:${port}/hook`, init())).toEqual({ status: 204 });
    expect(asked).toEqual(['rebind.test']);
    expect(hits).toEqual([`rebind.test:${port} /hook`]);
    // The next delivery resolves again, and this time refuses.
    await expect(http.post(`http://rebind.test:${port}/hook`, init())).rejects.toThrow(TargetRefusedError);
    expect(hits).toHaveLength(1);
  });

  it('refuses a name any of whose addresses is internal', async () => {
    const http = new WebhookHttpRepository([], {
      resolve: () =>
        Promise.resolve([
          { address: '93.184.216.34', family: 4 },
          { address: '10.0.0.1', family: 4 },
        ]),
    });
    await expect(http.check('https://mixed.test/')).rejects.toThrow(/10\.0\.0\.1.*private network/);
  });
});

// A process that starts writing a blob and never finishes: the test kills it mid-write (SIGKILL, as a
// power cut or the OOM killer would) and looks at what it left in the store. It prints "writing" once
// its first megabyte is on disk. Usage: node test/support/blob-writer.ts <dataDir>
import { randomBytes } from 'node:crypto';
import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { LocalBlobStore } from '../../server/repositories/blob.repository.ts';

const dataDir = process.argv[2];
if (!dataDir) throw new Error('usage: blob-writer.ts <dataDir>');
const chunk = 256 * 1024;
let sent = 0;
const source = new Readable({
  read() {
    // Four chunks, then nothing: the rest of the bytes never come.
    if (sent < 4) {
      sent++;
      this.push(randomBytes(chunk));
    }
  },
});
const tmp = join(dataDir, 'blobs', 'tmp');
const timer = setInterval(() => {
  void (async () => {
    for (const name of await readdir(tmp).catch(() => [] as string[])) {
      if ((await stat(join(tmp, name))).size >= 4 * chunk) {
        clearInterval(timer);
        process.stdout.write('writing\n');
        setInterval(() => undefined, 60_000); // stay alive until killed
      }
    }
  })();
}, 20);
await new LocalBlobStore(dataDir).write(source, { maxBytes: 1 << 30 });

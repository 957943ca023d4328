import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { defineConfig, type Plugin } from 'vite';

/** The string in sw.ts that the build replaces with the shell's file list (see shellManifest). */
const shellPlaceholder = '__GATECAST_SHELL__';

/**
 * Hands the service worker the list of files that make the app shell (the page, its script and style, and
 * every WOFF2 font file the fontsource CSS names), and a version that changes whenever any of them does,
 * so that a new build installs a new worker which caches the new shell. WOFF files are left out: Chromium
 * ≥ 100 always takes the WOFF2 source the CSS lists first.
 */
function shellManifest(): Plugin {
  return {
    name: 'gatecast:shell-manifest',
    apply: 'build',
    enforce: 'post',
    generateBundle: {
      order: 'post',
      handler(_options, bundle) {
        const worker = Object.values(bundle).find((f) => f.type === 'chunk' && f.name === 'sw');
        if (worker?.type !== 'chunk') throw new Error('the service worker entry is missing from the bundle');
        const files = Object.keys(bundle)
          .filter((name) => name !== worker.fileName && !name.endsWith('.woff') && !name.endsWith('.map'))
          .sort();
        const hash = createHash('sha256');
        for (const name of files) {
          const file = bundle[name];
          hash.update(name).update(file?.type === 'chunk' ? file.code : String(file?.source ?? ''));
        }
        const shell = JSON.stringify({ version: hash.digest('hex').slice(0, 16), files });
        const before = worker.code;
        // A JS string literal holding the JSON, whichever quotes the minifier chose.
        worker.code = before.replace(new RegExp(`(["'\`])${shellPlaceholder}\\1`), JSON.stringify(shell));
        if (worker.code === before) throw new Error(`${shellPlaceholder} not found in the service worker`);
      },
    },
  };
}

// The controller serves dist/player at /player/. Players are offline boxes: every font and script is
// bundled here and served by the controller, nothing comes from a CDN. The service worker is its own
// entry, at /player/sw.js (a fixed name: its scope is the folder it is served from).
export default defineConfig({
  root: import.meta.dirname,
  base: '/player/',
  plugins: [shellManifest()],
  build: {
    outDir: '../dist/player',
    emptyOutDir: true,
    target: 'chrome100',
    rolldownOptions: {
      input: {
        index: join(import.meta.dirname, 'index.html'),
        // The console's live preview: the player's renderer, driven by postMessage (no token, no socket).
        preview: join(import.meta.dirname, 'preview.html'),
        sw: join(import.meta.dirname, 'src/sw.ts'),
      },
      output: {
        entryFileNames: (chunk) => (chunk.name === 'sw' ? 'sw.js' : 'assets/[name]-[hash].js'),
      },
    },
  },
  server: {
    proxy: {
      '/socket.io': { target: process.env.GATECAST_URL ?? 'http://127.0.0.1:8080', ws: true },
      '/media': process.env.GATECAST_URL ?? 'http://127.0.0.1:8080',
    },
  },
});

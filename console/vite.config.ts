import { defineConfig } from 'vite';

// The controller serves dist/console at /console/; in `vite dev`, /api and /socket.io go to a running controller.
export default defineConfig({
  root: import.meta.dirname,
  base: '/console/',
  // Preact's automatic JSX runtime through Vite's own transformer: no Babel, no extra plugin.
  oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
  build: {
    outDir: '../dist/console',
    emptyOutDir: true,
    target: 'chrome100',
  },
  server: {
    proxy: {
      '/api': process.env.GATECAST_URL ?? 'http://127.0.0.1:8080',
      '/socket.io': { target: process.env.GATECAST_URL ?? 'http://127.0.0.1:8080', ws: true },
    },
  },
});

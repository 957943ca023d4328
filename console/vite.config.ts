import { defineConfig } from 'vite';

// The controller serves dist/console at /console/; in `vite dev`, /api goes to a running controller.
export default defineConfig({
  root: import.meta.dirname,
  base: '/console/',
  build: {
    outDir: '../dist/console',
    emptyOutDir: true,
    target: 'chrome100',
  },
  server: {
    proxy: { '/api': process.env.GATECAST_URL ?? 'http://127.0.0.1:8080' },
  },
});

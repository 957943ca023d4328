import { defineConfig } from 'vite';

// The controller serves dist/player at /player/. Players are offline boxes: every font and script is
// bundled here and served by the controller, nothing comes from a CDN.
export default defineConfig({
  root: import.meta.dirname,
  base: '/player/',
  build: {
    outDir: '../dist/player',
    emptyOutDir: true,
    target: 'chrome100',
  },
  server: {
    proxy: {
      '/socket.io': { target: process.env.GATECAST_URL ?? 'http://127.0.0.1:8080', ws: true },
      '/media': process.env.GATECAST_URL ?? 'http://127.0.0.1:8080',
    },
  },
});

import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

// Built with `vite build --config web/vite.config.ts` from the repository root.
// No React plugin: Vite 8 (Oxc) transpiles TSX itself with the automatic runtime.
const root = fileURLToPath(new URL('.', import.meta.url));
const backend = process.env.CCTNS_DEV_BACKEND ?? 'http://127.0.0.1:8080';

export default defineConfig({
  root,
  base: '/',
  publicDir: 'public',
  oxc: {
    jsx: { runtime: 'automatic', importSource: 'react' },
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // Never inline assets as data: URLs. The server's CSP only allows data:
    // for images, so fonts must be separate files served from 'self'.
    assetsInlineLimit: 0,
    // Keep everything in external files (no inline polyfill script).
    modulePreload: { polyfill: false },
    target: 'es2022',
    sourcemap: false,
    chunkSizeWarningLimit: 600,
  },
  server: {
    host: '127.0.0.1',
    proxy: {
      '/api': { target: backend, changeOrigin: false },
      '/healthz': { target: backend, changeOrigin: false },
    },
  },
});

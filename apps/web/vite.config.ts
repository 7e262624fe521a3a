import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const api = process.env.API_URL ?? 'http://localhost:3000';

export default defineConfig({
  plugins: [react()],
  resolve: {
    // The domain lib is consumed as TypeScript source, so web and api share one rule set without a build step.
    alias: { '@letscoop/domain': fileURLToPath(new URL('../../libs/domain/src/index.ts', import.meta.url)) },
  },
  // ws: subscriptions (live figures at the assembly) upgrade /graphql to a WebSocket.
  server: {
    proxy: { '/graphql': { target: api, changeOrigin: false, ws: true } },
  },
  preview: {
    proxy: { '/graphql': { target: api, changeOrigin: false, ws: true } },
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    sourcemap: true,
    // The initial bundle budget is 250 KB gzip; pages are split per route (see src/app/router.tsx).
    chunkSizeWarningLimit: 600,
  },
});

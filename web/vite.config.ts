import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// The app is served by `threefold serve` from web/dist; in development, `vite` proxies /api to it.
export default defineConfig({
  root: new URL('.', import.meta.url).pathname,
  plugins: [react()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // No source maps in the build: the bundle is served without the token, and maps would show
    // the sources to anyone who asks. `npm run dev:web` has them.
    sourcemap: false,
    // The CSP forbids inline scripts and styles: keep every asset a file.
    assetsInlineLimit: 0,
    chunkSizeWarningLimit: 1500,
  },
  worker: { format: 'es' },
  server: { proxy: { '/api': 'http://127.0.0.1:4321' } },
});

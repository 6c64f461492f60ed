import { defineConfig } from 'vite';

/** The web app; `npm run dev` proxies the API to the server of `npm start` (PORT, default 4000). */
export default defineConfig({
  root: import.meta.dirname,
  oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
  build: { outDir: 'dist', emptyOutDir: true, target: 'es2022', chunkSizeWarningLimit: 1200 },
  server: {
    port: 5173,
    proxy: { '/graphql': `http://127.0.0.1:${process.env.PORT ?? '4000'}` },
  },
});

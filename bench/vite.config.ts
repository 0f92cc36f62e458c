/**
 * Builds the bare React Flow page (bench/bare-flow.html) that `npm run bench`
 * compares our canvas against. Not part of the app build.
 */
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  plugins: [react()],
  build: {
    rollupOptions: { input: fileURLToPath(new URL('./bare-flow.html', import.meta.url)) },
  },
});

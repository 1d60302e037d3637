import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { firstPaintReport } from './scripts/first-paint-report.ts';

export default defineConfig({
  root: 'renderer',
  base: './',
  plugins: [react(), firstPaintReport()],
  build: {
    outDir: '../dist/renderer',
    emptyOutDir: true,
    target: 'chrome140',
    chunkSizeWarningLimit: 8000,
    sourcemap: false,
  },
  worker: { format: 'es' },
  server: { port: 5173, strictPort: true },
});

import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

/** Vite configuration for the Northroute web front end (sources in web/, built into dist/web). */
export default defineConfig(({ command }) => {
  // A build is always the production bundle, even when started from a test run (NODE_ENV=test).
  if (command === 'build') {
    process.env.NODE_ENV = 'production';
  }
  return {
    root: 'web',
    plugins: [react()],
    build: {
      outDir: '../dist/web',
      emptyOutDir: true,
      sourcemap: false,
      chunkSizeWarningLimit: 1200,
    },
    server: {
      port: 5173,
      proxy: {
        '/api': { target: 'http://127.0.0.1:8080', changeOrigin: false },
        '/healthz': { target: 'http://127.0.0.1:8080', changeOrigin: false },
      },
    },
  };
});

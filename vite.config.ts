import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const webRoot = fileURLToPath(new URL('./web', import.meta.url));
const repoRoot = fileURLToPath(new URL('.', import.meta.url));
const apiTarget = process.env.SKJOLD_API_URL ?? 'http://127.0.0.1:3000';

// The server's Content-Security-Policy, applied by `vite preview` too so a CSP problem in the
// built app shows up before it reaches the server. (The dev server needs inline scripts for
// hot reload, so it does not get it.)
const contentSecurityPolicy = [
  "default-src 'self'",
  "base-uri 'none'",
  "font-src 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
  "img-src 'self' data:",
  "object-src 'none'",
  "script-src 'self'",
  "script-src-attr 'none'",
  "style-src 'self' 'unsafe-inline'",
  "connect-src 'self'",
].join(';');

export default defineConfig({
  root: webRoot,
  plugins: [react()],
  css: {
    // postcss.config.cjs lives at the repository root, not in the Vite root (web/).
    postcss: repoRoot,
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    sourcemap: true,
    rolldownOptions: {
      output: {
        // Libraries change less often than the app: separate chunks stay cached across releases.
        codeSplitting: {
          groups: [
            { name: 'react', test: /node_modules[\\/](react|react-dom|scheduler)[\\/]/, priority: 30 },
            { name: 'mantine', test: /node_modules[\\/](@mantine|@floating-ui)[\\/]/, priority: 20 },
            { name: 'vendor', test: /node_modules[\\/]/, priority: 10 },
          ],
        },
      },
    },
  },
  server: {
    port: 5173,
    proxy: {
      '/api': { target: apiTarget, changeOrigin: false },
    },
  },
  preview: {
    headers: { 'Content-Security-Policy': contentSecurityPolicy },
    proxy: {
      '/api': { target: apiTarget, changeOrigin: false },
    },
  },
});

import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// KMS_LAB_BASE lets the static build live under a subpath (e.g. GitHub Pages: /kms-lab/).
export default defineConfig({
  base: process.env.KMS_LAB_BASE ?? '/',
  plugins: [react()],
  build: { target: 'es2022', sourcemap: false },
  worker: { format: 'es' },
  test: {
    include: ['src/**/*.test.ts', 'src/**/*.test.tsx'],
    environment: 'node',
    testTimeout: 20000,
  },
});

import { defineConfig } from 'vitest/config';
import preact from '@preact/preset-vite';

export default defineConfig({
  plugins: [preact()],
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/unit/**/*.test.tsx'],
    environment: 'node',
    // One module graph per worker instead of one per file: importing the page models, the catalogue
    // and the DOM libraries 92 times cost two thirds of the run. Tests keep no state between files
    // (each builds its own documents and stores), and the suite passes in either mode.
    isolate: false,
    testTimeout: 20_000,
  },
});

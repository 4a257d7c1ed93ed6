import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // Tests never depend on the machine's clock, locale or colours.
    env: { NO_COLOR: '1', LC_ALL: 'C' },
    testTimeout: 30000,
    pool: 'forks',
  },
});

import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    // Generous for a loaded 2-core machine: a timeout marks a hang, not slowness (speed is `npm run bench`).
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // expect.poll waits for the UI to settle; its 1 s default fails e2e tests on a busy CI machine.
    expect: { poll: { timeout: 10_000 } },
    pool: 'forks',
    globalSetup: ['tests/setup/global.ts'],
  },
});

import { configDefaults, defineConfig } from 'vitest/config'

// The load suites (a library of hundreds of MB, a minute of CPU each) run after all the others, so they never
// take the machine's CPUs from suites that have a timeout.
const LOAD = ['src/services/library/load.test.ts', 'src/services/import/importLoad.test.ts']

export default defineConfig({
  test: {
    environment: 'node',
    testTimeout: 20_000,
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['src/**/*.test.ts', 'bench/**/*.test.ts', 'test/**/*.test.ts'],
          exclude: [...configDefaults.exclude, ...LOAD],
          sequence: { groupOrder: 0 },
        },
      },
      { extends: true, test: { name: 'load', include: LOAD, sequence: { groupOrder: 1 } } },
    ],
  },
})

// Build of the three Electron processes. Main stays ESM (the package is "type": "module"); the preload is one
// CommonJS file because a sandboxed preload cannot load ES modules or chunks.
import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { defineConfig } from 'electron-vite'
import react from '@vitejs/plugin-react'

const { dependencies = {} } = JSON.parse(readFileSync('package.json', 'utf8')) as {
  dependencies?: Record<string, string>
}
/** A package whose entry point is itself a JSON file (an-array-of-english-words) is inlined like one. */
const jsonMain = (name: string): boolean => {
  try {
    const pkg = JSON.parse(readFileSync(`node_modules/${name}/package.json`, 'utf8')) as { main?: string }
    return /\.json$/.test(pkg.main ?? '')
  } catch {
    return false
  }
}
const names = Object.keys(dependencies)
  .filter((name) => !jsonMain(name))
  .map((name) => name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
/**
 * Main loads its dependencies from node_modules, except their JSON files: Node's ESM loader refuses a JSON
 * import without `with { type: 'json' }`, so those are inlined into the bundle.
 */
const dependencyExceptJson = new RegExp(`^(${names.join('|')})(/(?!.*\\.json$).*)?$`)

export default defineConfig({
  main: {
    build: {
      externalizeDeps: false,
      rolldownOptions: {
        external: [dependencyExceptJson],
        // handlers and dispatch are entries of their own so that the e2e Chromium host can run the very code
        // Electron runs, without Electron.
        input: {
          index: resolve('src/main/index.ts'),
          handlers: resolve('src/main/handlers.ts'),
          dispatch: resolve('src/main/dispatch.ts'),
        },
      },
    },
  },
  preload: {
    build: {
      // Nothing is left external but electron itself: the sandbox's require() knows no node_modules.
      externalizeDeps: false,
      rolldownOptions: {
        input: { index: resolve('src/preload/index.ts') },
        output: { format: 'cjs', entryFileNames: '[name].cjs', codeSplitting: false },
      },
    },
  },
  renderer: {
    root: resolve('src/renderer'),
    build: {
      rolldownOptions: { input: { index: resolve('src/renderer/index.html') } },
    },
    plugins: [react()],
  },
})

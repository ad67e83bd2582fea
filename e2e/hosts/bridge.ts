// The Chromium host's stand-in for the preload: a window.api of the same shape whose every call crosses to
// the test's Node process through a Playwright binding and runs main's dispatch and handler map there.
// Only the transport differs from Electron: the same channels, validation, handlers, services and files.
import type { BrowserContext } from '@playwright/test'
import type { Handlers } from '../../src/shared/api'
import { CHANNELS } from '../../src/shared/api'
import type { BuiltMain } from './builtMain'

const BINDING = '__profileCuratorInvoke'

/** Runs in the page before its scripts, like a preload: builds window.api from the channel names. */
function installApi({ binding, channels }: { binding: string; channels: string[] }): void {
  const page = globalThis as unknown as Record<string, (channel: string, input: unknown) => Promise<unknown>>
  // Looked up at each call, so the order in which Playwright installs the binding and this script is moot.
  // The reply crosses as one JSON string (see bridgeApi).
  const invoke = async (channel: string, input: unknown) =>
    JSON.parse((await page[binding]!(channel, input)) as string) as unknown
  const api = Object.fromEntries(
    channels.map((channel) => [channel, (input: unknown) => invoke(channel, input)]),
  )
  // contextBridge hands the page a frozen copy; so does this.
  Object.defineProperty(globalThis, 'api', { value: Object.freeze(api), enumerable: true })
}

export async function bridgeApi(
  context: BrowserContext,
  main: Pick<BuiltMain, 'dispatch' | 'failure'>,
  handlers: Handlers,
): Promise<void> {
  await context.exposeBinding(BINDING, ({ page, frame }, channel: unknown, payload: unknown) => {
    // As main does: only the app's top frame may call.
    if (frame !== page.mainFrame()) {
      return JSON.stringify(
        main.failure('forbidden', `${String(channel)}: the caller is not the app's main frame`),
      )
    }
    // One string, not the object: Playwright's own serialiser walks every value, and took 40 s for the
    // 100,000 summaries of a large library's list, where JSON takes a fraction of a second. Replies are plain
    // data, as Electron's structured clone needs too.
    return main.dispatch(handlers, channel, payload).then((reply) => JSON.stringify(reply))
  })
  // Loaded by tsx (the benchmarks), a function keeps its name through esbuild's `__name` helper, which the
  // page lacks: a no-op one lets installApi and any function a caller evaluates in the page run there.
  await context.addInitScript({ content: 'globalThis.__name ??= (target) => target' })
  await context.addInitScript(installApi, { binding: BINDING, channels: CHANNELS })
}

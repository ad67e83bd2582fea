// The bridge between the page and main: exactly the contract's channels, and every payload validated by main.
import { CHANNELS } from '../src/shared/api'
import { expect, test } from './fixtures'

test('window.api exposes only the contract, and main validates every payload', async ({ app }) => {
  const result = await app.page.evaluate(async () => {
    const api = (globalThis as unknown as { api: Record<string, (input: unknown) => Promise<unknown>> }).api
    return { channels: Object.keys(api), reply: await api['library:search']!({ query: 42 }) }
  })
  expect(result.channels).toEqual(CHANNELS)
  expect(result.reply).toEqual({
    ok: false,
    error: { code: 'invalid_input', message: expect.stringContaining('library:search') },
  })
})

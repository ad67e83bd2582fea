// The host gives each test its own app data and dialogs: window.api reaches the real handlers on them.
import { readdir } from 'node:fs/promises'
import { join } from 'node:path'
import type { Page } from '@playwright/test'
import { expect, test } from './fixtures'

/** Calls window.api in the page, as the renderer does. */
function call(page: Page, channel: string, input: unknown = {}): Promise<unknown> {
  return page.evaluate(
    ([c, i]) =>
      (globalThis as unknown as { api: Record<string, (x: unknown) => Promise<unknown>> }).api[c]!(i),
    [channel, input] as const,
  )
}

test('the library starts in the test’s own data folder, made from its samples', async ({ app }) => {
  expect(await call(app.page, 'library:info')).toMatchObject({
    ok: true,
    value: { dir: join(app.dataDir, 'library'), isDefault: true, readOnly: null },
  })
  const reply = (await call(app.page, 'library:summaries')) as { value: { summaries: unknown[] } }
  expect(reply.value.summaries).toHaveLength(5)
})

test.describe('with a dialog answer', () => {
  test.use({ dialogPaths: ['chosen'] })

  test('a dialog answers what the test chose, and can be told otherwise', async ({ app }) => {
    expect(await call(app.page, 'library:choose', { purpose: 'new-library' })).toEqual({
      ok: true,
      value: [join(app.root, 'chosen')],
    })
    await app.answerDialogs(null)
    expect(await call(app.page, 'library:choose', { purpose: 'import-files' })).toEqual({
      ok: true,
      value: null,
    })
  })
})

test.describe('with a corrupt settings file', () => {
  test.use({ settingsFile: '{"theme": ' })

  test('the app starts with the default settings and keeps the bad file aside', async ({ app }) => {
    expect(await call(app.page, 'settings:get')).toEqual({ ok: true, value: { theme: 'auto' } })
    const names = await readdir(app.dataDir)
    expect(names.filter((name) => name.startsWith('settings.json.bad-'))).toHaveLength(1)
  })
})

import { CHANNELS } from '../src/shared/api'
import { expect, test } from './fixtures'
import { SamplesPage } from './pages/SamplesPage'

test('the first screen lists the five sample cities', async ({ app }) => {
  const samples = new SamplesPage(app.page)
  await expect(samples.title).toHaveText('Profile Curator')
  await expect(samples.rows).toHaveCount(5)
  expect((await samples.cities()).sort()).toEqual(['Beijing', 'Changzhou', 'Hangzhou', 'Shenzhen', 'Wuhan'])
})

test('opening Changzhou shows its headline and its sections', async ({ app }) => {
  const profile = await new SamplesPage(app.page).open('Changzhou')
  await expect(profile.city).toHaveText('Changzhou')
  await expect(profile.headline).toHaveText('Innovative institutional design for building a learning city')
  await expect(profile.section('Vision and motivation')).toContainText(
    'Changzhou acknowledges that the government plays an important role',
  )
  await expect(profile.metrics).toHaveCount(7)
  await profile.close()
})

test.describe('with no sample files', () => {
  test.use({ samples: [] })

  test('the screen says where it looked', async ({ app }) => {
    const samples = new SamplesPage(app.page)
    await expect(samples.empty).toContainText('No sample profiles')
    await expect(samples.rows).toHaveCount(0)
  })
})

test.describe('with a file that cannot be read', () => {
  test.use({ extraSamples: { 'empty.txt': '' } })

  test('the other profiles are listed and the file is named with its problem', async ({ app }) => {
    const samples = new SamplesPage(app.page)
    await expect(samples.rows).toHaveCount(5)
    await expect(samples.problems).toHaveCount(1)
    await expect(samples.problems).toHaveText('empty.txt: empty file')
  })
})

test('window.api exposes only the contract, and main validates every payload', async ({ app }) => {
  const result = await app.page.evaluate(async () => {
    const api = (globalThis as unknown as { api: Record<string, (input: unknown) => Promise<unknown>> }).api
    return { channels: Object.keys(api), reply: await api['samples:list']!({ limit: 'ten' }) }
  })
  expect(result.channels).toEqual(CHANNELS)
  expect(result.reply).toEqual({
    ok: false,
    error: { code: 'invalid_input', message: expect.stringContaining('samples:list') },
  })
})

// Pictures of each screen in both themes and two window sizes, for a person to look at:
// `npm run screenshots` writes them to .tmp/screenshots/.
import { fileURLToPath } from 'node:url'
import { test } from './fixtures'
import { SamplesPage } from './pages/SamplesPage'

const OUT = fileURLToPath(new URL('../.tmp/screenshots/', import.meta.url))
const SIZES = [
  { width: 1280, height: 800 },
  { width: 1024, height: 700 },
]

for (const colorScheme of ['light', 'dark'] as const) {
  for (const viewport of SIZES) {
    const name = `${colorScheme}-${viewport.width}x${viewport.height}`
    test.describe(name, () => {
      test.use({ colorScheme, viewport })

      test(`samples and profiles, ${name}`, async ({ app }) => {
        const samples = new SamplesPage(app.page)
        await samples.rows.first().waitFor()
        await app.page.screenshot({ path: `${OUT}samples-${name}.png` })
        for (const city of ['Changzhou', 'Hangzhou', 'Wuhan']) {
          const profile = await samples.open(city)
          await app.page.screenshot({ path: `${OUT}profile-${city.toLowerCase()}-${name}.png` })
          for (const block of ['profile-sections', 'profile-contacts']) {
            await profile.scrollTo(block)
            await app.page.screenshot({
              path: `${OUT}profile-${city.toLowerCase()}-${block.slice(8)}-${name}.png`,
            })
          }
          await profile.close()
        }
      })
    })
  }
}

test.describe('empty', () => {
  test.use({ samples: [] })

  test('no samples', async ({ app }) => {
    await new SamplesPage(app.page).empty.waitFor()
    await app.page.screenshot({ path: `${OUT}samples-empty.png` })
  })
})

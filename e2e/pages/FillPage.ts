// The fill screens as a curator uses them: the tabs, the review queue and its keyboard, the fill-from-table
// dialog with its preview, and the completeness charts.
import type { Locator, Page } from '@playwright/test'

export class FillPage {
  readonly list: Locator
  readonly rows: Locator
  readonly detail: Locator
  readonly count: Locator
  readonly dialog: Locator
  readonly summary: Locator
  readonly changes: Locator
  readonly report: Locator

  constructor(readonly page: Page) {
    this.list = page.getByTestId('suggestion-list')
    this.rows = page.getByTestId('suggestion-row')
    this.detail = page.getByTestId('suggestion-detail')
    this.count = page.getByTestId('review-count')
    this.dialog = page.getByRole('dialog', { name: 'Fill from a reference table' })
    this.summary = page.getByTestId('fill-summary')
    this.changes = page.getByTestId('fill-changes').locator('tbody tr')
    this.report = page.getByTestId('fill-report')
  }

  async showSuggestions(): Promise<void> {
    await this.page.getByTestId('tab-suggestions').click()
    await this.page.getByTestId('review-screen').waitFor()
  }

  async showCompleteness(): Promise<void> {
    await this.page.getByTestId('tab-completeness').click()
    await this.page.getByTestId('completeness-screen').waitFor()
  }

  /** The marked words of the focused suggestion's evidence, as `kind:text`. */
  async marks(): Promise<string[]> {
    return this.detail
      .getByTestId('suggestion-evidence')
      .locator('mark')
      .evaluateAll((marks) => marks.map((m) => `${m.getAttribute('data-kind')}:${m.textContent}`))
  }

  focusedRow(): Locator {
    return this.page.locator('[data-testid="suggestion-row"][data-focused]')
  }

  completeness(metric: string): Locator {
    return this.page.locator(`[data-testid="completeness-card"][data-metric="${metric}"]`)
  }

  async openFillDialog(): Promise<void> {
    await this.page.getByTestId('fill-from-table').click()
    await this.dialog.waitFor()
  }

  async mapColumn(index: number, role: string): Promise<void> {
    await this.dialog.getByTestId('fill-column').nth(index).click()
    await this.page.getByRole('option', { name: role, exact: true }).click()
  }
}

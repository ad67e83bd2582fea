// Importing: the commands that start it, its progress, and its report.
import type { Locator, Page } from '@playwright/test'
import { settle } from './settle'

export class ImportPage {
  readonly progress: Locator
  readonly cancelButton: Locator
  readonly report: Locator
  readonly reportRows: Locator
  readonly cancelled: Locator
  readonly dropOverlay: Locator

  constructor(readonly page: Page) {
    this.progress = page.getByTestId('import-progress')
    this.cancelButton = page.getByTestId('import-cancel')
    this.report = page.getByTestId('import-report')
    this.reportRows = page.getByTestId('import-report-row')
    this.cancelled = page.getByTestId('import-cancelled')
    this.dropOverlay = page.getByTestId('drop-overlay')
  }

  /** Import files… or Import a folder… from the header's Import menu. */
  async fromHeader(what: 'files' | 'folder'): Promise<void> {
    await this.page.getByTestId('import-button').click()
    await this.page.getByTestId(`import-${what}`).click()
  }

  count(outcome: 'new' | 'unchanged' | 'conflict' | 'failed' | 'skipped'): Locator {
    return this.page.getByTestId(`import-count-${outcome}`)
  }

  /** The outcome badges of the report's rows, top to bottom. */
  async outcomes(): Promise<string[]> {
    return this.reportRows.getByTestId('import-outcome').allTextContents()
  }

  async waitForReport(): Promise<void> {
    await this.report.getByTestId('import-report-table').or(this.report.getByText('No document')).waitFor()
    await settle(this.page)
  }

  async closeReport(): Promise<void> {
    await this.page.getByTestId('import-report-close').click()
    await this.report.waitFor({ state: 'hidden' })
  }
}

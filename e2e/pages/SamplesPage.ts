// The first screen: the table of sample profiles.
import type { Locator, Page } from '@playwright/test'
import { ProfilePanel } from './ProfilePanel'
import { settle } from './settle'

export class SamplesPage {
  readonly title: Locator
  readonly table: Locator
  readonly rows: Locator
  readonly empty: Locator
  readonly problems: Locator

  constructor(readonly page: Page) {
    this.title = page.getByTestId('app-title')
    this.table = page.getByTestId('samples-table')
    this.rows = page.getByTestId('sample-row')
    this.empty = page.getByTestId('samples-empty')
    this.problems = page.getByTestId('sample-problem')
  }

  row(city: string): Locator {
    return this.rows.filter({ has: this.page.getByRole('cell', { name: city, exact: true }) })
  }

  /** The city column, top to bottom. */
  async cities(): Promise<string[]> {
    return this.rows.locator('td:first-child').allTextContents()
  }

  async open(city: string): Promise<ProfilePanel> {
    await this.row(city).click()
    const panel = new ProfilePanel(this.page)
    await panel.city.waitFor()
    // The drawer slides in: let it arrive before anything reads, clicks or takes a picture.
    await settle(this.page)
    return panel
  }
}

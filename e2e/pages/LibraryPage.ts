// The library screen: the table of profiles, its search, facets, selection and bulk actions.
import type { Locator, Page } from '@playwright/test'
import { settle } from './settle'

export class LibraryPage {
  readonly screen: Locator
  readonly table: Locator
  readonly rows: Locator
  readonly search: Locator
  readonly rowCount: Locator
  readonly empty: Locator
  readonly bulkBar: Locator
  readonly bulkCount: Locator
  /** The title of the profile editor the table opens (the editor's own page module reads the rest). */
  readonly editorTitle: Locator

  constructor(readonly page: Page) {
    this.screen = page.getByTestId('library-screen')
    this.table = page.getByTestId('library-table')
    this.rows = page.getByTestId('library-row')
    this.search = page.getByTestId('library-search')
    this.rowCount = page.getByTestId('row-count')
    this.empty = page.getByTestId('empty-table')
    this.bulkBar = page.getByTestId('bulk-bar')
    this.bulkCount = page.getByTestId('bulk-count')
    this.editorTitle = page.getByTestId('editor-title')
  }

  row(city: string): Locator {
    return this.rows.filter({ has: this.page.getByTestId('row-city').getByText(city, { exact: true }) })
  }

  /** The city column, top to bottom, of the rows on screen. */
  async cities(): Promise<string[]> {
    return this.rows.getByTestId('row-city').allTextContents()
  }

  statusOf(city: string): Locator {
    return this.row(city).getByTestId('row-status')
  }

  /** A facet value's button, e.g. facet('missing', 'populationDensity'). */
  facet(facet: string, value: string): Locator {
    return this.page.getByTestId(`facet-${facet}-${value}`)
  }

  facetCount(facet: string, value: string): Locator {
    return this.facet(facet, value).getByTestId('facet-count')
  }

  async searchFor(text: string): Promise<void> {
    await this.search.fill(text)
  }

  async sortBy(column: string): Promise<void> {
    await this.page.getByTestId(`sort-${column}`).click()
  }

  /** Selects rows as a curator does: a click on the first, Ctrl+click on the others. */
  async select(...cities: string[]): Promise<void> {
    for (const [index, city] of cities.entries()) {
      await this.row(city).click({ modifiers: index === 0 ? [] : ['ControlOrMeta'] })
    }
  }

  async setStatus(status: 'draft' | 'in-review' | 'done'): Promise<void> {
    await this.page.getByTestId('bulk-status').click()
    await this.page.getByTestId(`bulk-status-${status}`).click()
  }

  async moveToTrash(): Promise<void> {
    await this.page.getByTestId('bulk-trash').click()
  }

  async restore(): Promise<void> {
    await this.page.getByTestId('bulk-restore').click()
  }

  async showTrash(): Promise<void> {
    await this.page.getByTestId('view-trash').click()
  }

  async showLibrary(): Promise<void> {
    await this.page.getByTestId('view-library').click()
  }

  /** Opens a profile in the editor from its row (a double click, as Enter does from the keyboard). */
  async open(city: string): Promise<void> {
    await this.row(city).dblclick()
    await this.editorTitle.waitFor()
  }

  /** Back from the editor to the table (Escape, as the curator does). */
  async closeEditor(): Promise<void> {
    await this.page.keyboard.press('Escape')
    await this.table.waitFor()
    await settle(this.page)
  }
}

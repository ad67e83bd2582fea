// The profile editor: its form groups, the source panel, and the reads a test makes of the stored profile.
import type { Locator, Page } from '@playwright/test'
import type { MetricKey, Profile } from '../../src/core/model'
import type { Api } from '../../src/shared/api'
import { LibraryPage } from './LibraryPage'

type PageGlobals = { api: Api }

export class MetricRow {
  readonly value: Locator
  readonly min: Locator
  readonly max: Locator
  readonly year: Locator
  readonly origin: Locator
  readonly raw: Locator
  readonly error: Locator
  readonly warning: Locator

  constructor(readonly row: Locator) {
    this.value = row.getByTestId('metric-value')
    this.min = row.getByTestId('metric-min')
    this.max = row.getByTestId('metric-max')
    this.year = row.getByTestId('metric-year')
    this.origin = row.getByTestId('metric-origin')
    this.raw = row.getByTestId('metric-raw')
    this.error = row.getByTestId('metric-error')
    this.warning = row.getByTestId('metric-warning')
  }

  mode(mode: 'Value' | 'Range'): Promise<void> {
    return this.row.getByTestId('metric-mode').getByText(mode, { exact: true }).click()
  }

  /** Types a figure as a source would write it, and uses what it reads as. */
  async typeAsWritten(text: string): Promise<void> {
    await this.row.getByTestId('metric-write').click()
    await this.row.getByTestId('metric-text').fill(text)
    await this.row.getByTestId('metric-text-use').click()
  }
}

export class EditorPage {
  readonly root: Locator
  readonly title: Locator
  readonly headline: Locator
  readonly sections: Locator
  readonly contacts: Locator
  readonly links: Locator
  readonly unassigned: Locator
  readonly sourceLines: Locator
  readonly highlightedLines: Locator
  readonly destinations: Locator

  constructor(readonly page: Page) {
    this.root = page.getByTestId('profile-editor')
    this.title = page.getByTestId('editor-title')
    this.headline = page.getByTestId('editor-headline')
    this.sections = page.getByTestId('editor-section')
    this.contacts = page.getByTestId('editor-contact')
    this.links = page.getByTestId('editor-link')
    this.unassigned = page.getByTestId('editor-unassigned-line')
    this.sourceLines = page.getByTestId('source-line')
    this.highlightedLines = page.locator('[data-testid="source-line"][data-highlighted]')
    this.destinations = page.getByTestId('source-destinations')
  }

  metric(key: MetricKey): MetricRow {
    return new MetricRow(this.page.locator(`[data-testid="editor-metric"][data-metric="${key}"]`))
  }

  section(heading: string): Locator {
    return this.sections.filter({
      has: this.page.locator(`input[data-testid="section-heading"][value="${heading}"]`),
    })
  }

  unassignedLine(text: string): Locator {
    return this.unassigned.filter({ hasText: text })
  }

  /** Moves an unassigned line through its Move to… menu. */
  async moveLine(text: string, destination: string): Promise<void> {
    await this.unassignedLine(text).getByTestId('unassigned-move').click()
    await this.page.getByRole('menuitem', { name: destination }).click()
  }

  /** Puts the cursor at `at` in a text area, as a click there would. */
  async placeCursor(area: Locator, at: number): Promise<void> {
    await area.evaluate((element, offset) => {
      // The e2e code is typed for Node, without the DOM: the element is a textarea.
      const textarea = element as unknown as { focus(): void; setSelectionRange(a: number, b: number): void }
      textarea.focus()
      textarea.setSelectionRange(offset, offset)
    }, at)
  }

  sourceLine(line: number): Locator {
    return this.page.locator(`[data-testid="source-line"][data-line="${line}"]`)
  }

  /** The id of the profile being edited. */
  async id(): Promise<string> {
    const id = await this.root.getAttribute('data-profile-id')
    if (!id) throw new Error('the editor shows no profile')
    return id
  }

  /** The profile as main stores it now, read through the same API the editor uses. */
  async stored(id: string): Promise<Profile> {
    return this.page.evaluate(async (profileId) => {
      const reply = await (globalThis as unknown as PageGlobals).api['profile:get']({ id: profileId })
      if (!reply.ok) throw new Error(reply.error.message)
      return reply.value.record.profile
    }, id)
  }

  /** Leaves the editor the way a curator does: Escape, which saves what is being typed first. */
  async close(): Promise<void> {
    await this.page.keyboard.press('Escape')
    await this.root.waitFor({ state: 'detached' })
  }
}

/** Opens a profile from the library the way a curator does, by double-clicking its row, and waits for it. */
export async function openEditor(page: Page, city: string): Promise<EditorPage> {
  await new LibraryPage(page).row(city).dblclick()
  const editor = new EditorPage(page)
  await editor.title.filter({ hasText: city }).waitFor()
  return editor
}

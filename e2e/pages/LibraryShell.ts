// The app shell around the library: header, undo and redo, the command palette, the theme and About.
import type { Locator, Page } from '@playwright/test'
import { settle } from './settle'

export class LibraryShell {
  readonly name: Locator
  readonly folder: Locator
  readonly saving: Locator
  readonly undoButton: Locator
  readonly redoButton: Locator
  readonly palette: Locator
  readonly paletteSearch: Locator
  readonly about: Locator
  readonly readOnly: Locator

  constructor(readonly page: Page) {
    this.name = page.getByTestId('library-name')
    this.folder = page.getByTestId('library-folder')
    this.saving = page.getByTestId('saving-indicator')
    this.undoButton = page.getByTestId('undo')
    this.redoButton = page.getByTestId('redo')
    this.palette = page.getByTestId('command-palette')
    this.paletteSearch = page.getByTestId('palette-search')
    this.about = page.getByTestId('about-dialog')
    this.readOnly = page.getByTestId('read-only-banner')
  }

  async undo(): Promise<void> {
    await this.undoButton.click()
  }

  async redo(): Promise<void> {
    await this.redoButton.click()
  }

  async openPalette(): Promise<void> {
    // A palette still fading out would take the shortcut as a second close.
    await this.paletteSearch.waitFor({ state: 'hidden' })
    await this.page.keyboard.press('ControlOrMeta+k')
    await this.paletteSearch.waitFor()
    await settle(this.page)
  }

  async closePalette(): Promise<void> {
    await this.page.keyboard.press('Escape')
    await this.paletteSearch.waitFor({ state: 'hidden' })
  }

  /** Runs a command from the palette by its id (`show-trash`, `about`…). */
  async runCommand(id: string): Promise<void> {
    await this.openPalette()
    await this.page.getByTestId(`palette-command-${id}`).click()
  }

  async chooseTheme(theme: 'auto' | 'light' | 'dark'): Promise<void> {
    await this.page.getByTestId(`theme-${theme}`).click()
  }

  /** The color scheme Mantine applied: `light` or `dark`. */
  async colorScheme(): Promise<string | null> {
    return this.page.locator('html').getAttribute('data-mantine-color-scheme')
  }
}

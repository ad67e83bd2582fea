// The detail panel that a click on a sample row opens.
import type { Locator, Page } from '@playwright/test'

export class ProfilePanel {
  readonly detail: Locator
  readonly city: Locator
  readonly headline: Locator
  readonly sectionHeadings: Locator
  readonly metrics: Locator

  constructor(readonly page: Page) {
    this.detail = page.getByTestId('profile-detail')
    this.city = page.getByTestId('profile-city')
    this.headline = page.getByTestId('profile-headline')
    this.sectionHeadings = page.getByTestId('profile-section-heading')
    this.metrics = page.getByTestId('profile-metric')
  }

  section(heading: string): Locator {
    return this.page
      .getByTestId('profile-section')
      .filter({ has: this.page.getByTestId('profile-section-heading').getByText(heading, { exact: true }) })
  }

  /** Scrolls the panel until the block with this test id is at its top. */
  async scrollTo(testId: string): Promise<void> {
    await this.page.getByTestId(testId).evaluate((block) => block.scrollIntoView({ block: 'start' }))
  }

  async close(): Promise<void> {
    await this.page.keyboard.press('Escape')
    await this.detail.waitFor({ state: 'hidden' })
  }
}

import type { Page } from '@playwright/test'

/** The page's document, as far as settle needs it: the e2e code is typed for Node, without the DOM. */
type PageGlobals = { document: { getAnimations: () => unknown[] } }

/** Waits until no CSS transition or animation runs, so that reads, clicks and screenshots see the end state. */
export async function settle(page: Page): Promise<void> {
  // A function, not a string: the app's CSP forbids eval, and Playwright would eval a string.
  await page.waitForFunction(
    () => (globalThis as unknown as PageGlobals).document.getAnimations().length === 0,
  )
}

import { AxeBuilder } from '@axe-core/playwright'
import { type Browser, test as base, expect, type Page } from '@playwright/test'

export { expect }

/** WCAG 2.2 AA, the level EU public-sector sites must meet: every visited page is scanned for it. */
export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa']

export interface BrowserProblems {
  /** Accepts problems matching the pattern, e.g. the console line for a 404 the test asked for. */
  allow(pattern: RegExp): void
}

/**
 * Every test fails when its page logs a console error (Chromium reports Content-Security-Policy
 * refusals there too), throws an uncaught exception, or gets a 5xx from our own server,
 * even if the test's own assertions passed.
 */
export const test = base.extend<{ browserProblems: BrowserProblems }>({
  browserProblems: [
    async ({ page, baseURL }, use) => {
      const origin = new URL(baseURL ?? 'http://localhost').origin
      const problems: string[] = []
      const allowed: RegExp[] = []
      page.on('console', (message) => {
        const text = message.text()
        if (message.type() === 'error' || /content[- ]security[- ]policy/i.test(text)) {
          problems.push(`console ${message.type()}: ${text} (from ${message.location().url || page.url()})`)
        }
      })
      page.on('pageerror', (error) => problems.push(`uncaught exception on ${page.url()}: ${error.message}`))
      page.on('response', (response) => {
        if (response.status() >= 500 && new URL(response.url()).origin === origin) {
          problems.push(`${response.status()} for ${response.request().method()} ${response.url()}`)
        }
      })
      await use({ allow: (pattern) => allowed.push(pattern) })
      const unexpected = problems.filter((problem) => !allowed.some((pattern) => pattern.test(problem)))
      expect(unexpected, 'the browser reported problems while the test ran').toEqual([])
    },
    { auto: true },
  ],
})

/**
 * Runs axe-core (WCAG 2.2 AA) on the page as it is now and fails listing each violation's rule,
 * help text and elements.
 */
export async function expectNoAxeViolations(page: Page) {
  const scanned = await scannableCopy(page)
  const { violations } = await new AxeBuilder({ page: scanned }).withTags(WCAG_TAGS).analyze()
  const found = violations.flatMap((violation) =>
    violation.nodes.map(
      (node) =>
        `${violation.id} (${violation.impact ?? 'no impact given'}): ${violation.help} — at ${node.target.join(' ')}: ${node.html.slice(0, 160)}`,
    ),
  )
  expect(found, `axe-core WCAG 2.2 AA violations on ${page.url()}`).toEqual([])
}

/**
 * axe-core runs as a script in the page and hangs where scripts are off. For the no-JavaScript
 * project, the DOM the visitor got is scanned in a scripted twin: the page's markup without its
 * scripts (so the twin stays exactly what a visitor without JavaScript sees), written into a page
 * of the same origin so the stylesheet loads and colour contrast is measured on the real design.
 */
async function scannableCopy(page: Page): Promise<Page> {
  if (test.info().project.use.javaScriptEnabled !== false) return page
  const html = await page.evaluate(() => {
    const copy = document.documentElement.cloneNode(true) as HTMLElement
    for (const script of copy.querySelectorAll('script')) script.remove()
    const base = document.createElement('base')
    base.href = document.location.href
    copy.querySelector('head')?.prepend(base)
    return `<!doctype html>${copy.outerHTML}`
  })
  const twin = await twinPage(page)
  await twin.setContent(html, { waitUntil: 'load' })
  return twin
}

// One twin per worker's browser: a fresh context for every scan would fetch the stylesheet anew.
const twins = new WeakMap<Browser, Promise<Page>>()

function twinPage(page: Page): Promise<Page> {
  const browser = page.context().browser()
  if (!browser) throw new Error('axe needs a browser to open a scripted twin of the page')
  let twin = twins.get(browser)
  if (!twin) {
    twin = (async () => {
      const context = await browser.newContext({ javaScriptEnabled: true, viewport: page.viewportSize() })
      const created = await context.newPage()
      await created.goto(new URL('/robots.txt', page.url()).href)
      return created
    })()
    twins.set(browser, twin)
  }
  return twin
}

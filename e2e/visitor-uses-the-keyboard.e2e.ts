import type { Locator, Page } from '@playwright/test'
import { expect, expectNoAxeViolations, test } from './fixtures.js'

test('visitor skips to the main content with the keyboard', async ({ page }) => {
  await page.goto('/en')

  await page.keyboard.press('Tab')
  const skipLink = page.getByRole('link', { name: 'Skip to main content' })
  await expect(skipLink, 'the first Tab lands on the skip link').toBeFocused()
  await expectOnScreen(page, skipLink)
  await expectVisibleFocus(page)

  await page.keyboard.press('Enter')
  await expect(page).toHaveURL(/#main-content$/)
  await expect(page.locator('main#main-content'), 'the skip link moves focus into <main>').toBeFocused()

  await page.keyboard.press('Tab')
  const afterSkip = await page.evaluate(() => ({
    inHeader: document.activeElement?.closest('header') !== null,
    element: document.activeElement?.outerHTML.slice(0, 120),
  }))
  expect(afterSkip.inHeader, `the next Tab goes on from the main content, not the header: ${afterSkip.element}`).toBe(
    false,
  )
  await expectVisibleFocus(page)
})

test('visitor follows the main menu and changes language with the keyboard', async ({ page }) => {
  await page.goto('/en')
  const menu = page.getByRole('navigation', { name: 'Main menu' })
  // The first section that is not the page the visitor is on, whichever module comes first.
  const section = menu.locator('a:not([aria-current])').first()
  await expect(section, 'the main menu links to a section besides the home page').toBeAttached()
  const sectionName = (await section.textContent())?.trim() ?? ''
  const sectionHref = (await section.getAttribute('href')) ?? ''

  await tabTo(page, section)
  await page.keyboard.press('Enter')
  await expect(page).toHaveURL(sectionHref)
  await expect(
    menu.getByRole('link', { name: sectionName }),
    'the menu marks the section the visitor is in',
  ).toHaveAttribute('aria-current', 'page')

  await tabTo(page, page.getByRole('navigation', { name: 'Language' }).getByRole('link', { name: 'Français' }))
  await page.keyboard.press('Enter')
  await expect(page, 'the language switcher keeps the page').toHaveURL(sectionHref.replace(/^\/en/, '/fr'))
  await expect(page.locator('html')).toHaveAttribute('lang', 'fr')
  await expect(
    page.getByRole('navigation', { name: 'Menu principal' }).locator('[aria-current="page"]'),
  ).toHaveAttribute('href', sectionHref.replace(/^\/en/, '/fr'))
  await expectNoAxeViolations(page)
})

/** Presses Tab until `target` has focus, checking that every stop on the way shows where focus is. */
async function tabTo(page: Page, target: Locator, maxPresses = 30) {
  for (let press = 0; press < maxPresses; press++) {
    await page.keyboard.press('Tab')
    await expectVisibleFocus(page)
    if (await target.evaluate((element) => element === document.activeElement)) return
  }
  throw new Error(`${target} was not reached within ${maxPresses} presses of Tab`)
}

/** WCAG 2.4.7: the focused element carries an outline or a box-shadow (GOV.UK's focus style uses both). */
async function expectVisibleFocus(page: Page) {
  const focused = await page.evaluate(() => {
    const element = document.activeElement
    if (!element || element === document.body) return { element: 'nothing', indicated: false }
    const style = getComputedStyle(element)
    const outlined = style.outlineStyle !== 'none' && Number.parseFloat(style.outlineWidth) > 0
    return { element: element.outerHTML.slice(0, 120), indicated: outlined || style.boxShadow !== 'none' }
  })
  expect(focused.indicated, `a visible focus indicator on ${focused.element}`).toBe(true)
}

/** A skip link is hidden until focused; focused, it must be on screen and big enough to see. */
async function expectOnScreen(page: Page, locator: Locator) {
  const box = await locator.boundingBox()
  const viewport = page.viewportSize()
  expect(box, 'the focused element has a box').not.toBeNull()
  if (!box || !viewport) return
  expect(box.width, 'the focused element is wider than a sliver').toBeGreaterThan(10)
  expect(box.height, 'the focused element is taller than a sliver').toBeGreaterThan(10)
  expect(box.x >= 0 && box.y >= 0 && box.x + box.width <= viewport.width, 'the focused element is on screen').toBe(true)
}

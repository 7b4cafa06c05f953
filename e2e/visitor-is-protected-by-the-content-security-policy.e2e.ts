import { expect, test } from './fixtures.js'

// The fixture fails any test whose page logs a CSP refusal, so every page visited in every test
// also proves the site's own stylesheet, script and images are allowed by the policy.

test('visitor gets the page under a strict content security policy that blocks nothing of ours', async ({ page }) => {
  const stylesheetLoads: number[] = []
  page.on('response', (response) => {
    if (response.request().resourceType() === 'stylesheet') stylesheetLoads.push(response.status())
  })
  const response = await page.goto('/en')
  const policy = response?.headers()['content-security-policy'] ?? ''

  for (const directive of ["default-src 'self'", "script-src 'self'", "style-src 'self'", "object-src 'none'"]) {
    expect(policy, 'the page is served with the strict policy').toContain(directive)
  }
  expect(policy, 'no inline code is let through').not.toMatch(/unsafe-inline|unsafe-eval/)
  expect(new Set(stylesheetLoads), 'the stylesheet loads').toEqual(new Set([200]))
  // Unstyled, the skip link would sit in the page's flow; styled, it is out of sight until focused.
  const skipLinkPosition = await page
    .getByRole('link', { name: 'Skip to main content' })
    .evaluate((element) => getComputedStyle(element).position)
  expect(skipLinkPosition, 'the stylesheet is applied').not.toBe('static')
  // Our own script runs where scripts are on: it marks the page as enhanced.
  const scriptsOn = test.info().project.use.javaScriptEnabled !== false
  await expect(page.locator('html'), 'our own script runs, and only where scripts are on').toHaveClass(
    scriptsOn ? /\bapp-js\b/ : /\bapp-no-js\b/,
  )
})

test('a script injected into the page is refused by the browser', async ({ page, browserProblems }) => {
  test.skip(test.info().project.use.javaScriptEnabled === false, 'with JavaScript off no script can run at all')
  browserProblems.allow(/Content Security Policy/)
  const violations: string[] = []
  page.on('console', (message) => {
    if (/Content Security Policy/.test(message.text())) violations.push(message.text())
  })
  await page.goto('/en')

  await expect(page.addScriptTag({ content: 'document.documentElement.dataset.injected = "ran"' })).rejects.toThrow(
    /Content Security Policy/,
  )

  await expect(page.locator('html')).not.toHaveAttribute('data-injected', 'ran')
  await expect.poll(() => violations.length, 'the browser reports the refused script').toBeGreaterThan(0)
})

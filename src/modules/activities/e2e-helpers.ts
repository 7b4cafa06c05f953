import type { Browser, Page } from '@playwright/test'
import { expect } from '../../../e2e/fixtures.js'
import { DEMO_PASSWORD } from '../accounts/index.js'

// Shared by the activities' browser journeys.

export async function signedIn(browser: Browser, email: string, javaScriptEnabled: boolean): Promise<Page> {
  const page = await (await browser.newContext({ javaScriptEnabled })).newPage()
  await page.goto('/en/sign-in')
  await page.getByLabel('E-mail address').first().fill(email)
  await page.getByLabel('Password').fill(DEMO_PASSWORD)
  await page.getByRole('button', { name: 'Sign in', exact: true }).click()
  await expect(page.getByRole('navigation', { name: 'Account' })).toContainText('Demo')
  return page
}

/** "2026-06-12 09:30" in UTC, `hours` from now. */
export function utcInput(hours: number): string {
  return new Date(Date.now() + hours * 3600_000).toISOString().slice(0, 16).replace('T', ' ')
}

/** Fills the organisers' form with an on-site activity in UTC; returns after the create button. */
export async function createActivity(
  page: Page,
  fields: { title: string; starts: string; ends: string; places: string },
) {
  await page.goto('/en/activities/new')
  await page.getByLabel('Kind of activity').selectOption('project-clinic')
  await page.getByLabel('Title', { exact: true }).fill(fields.title)
  await page.getByLabel('Summary', { exact: true }).fill('A clinic made by a browser test.')
  await page.getByLabel('Time zone').fill('UTC')
  await page.getByLabel('Starts').fill(fields.starts)
  await page.getByLabel('Ends').fill(fields.ends)
  await page.getByLabel('Host city').fill('Ghent')
  await page.getByLabel('Places (optional)').fill(fields.places)
  await page.getByRole('button', { name: 'Create the activity' }).click()
}

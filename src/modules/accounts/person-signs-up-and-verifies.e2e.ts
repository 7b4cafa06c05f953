import type { Browser, Locator, Page } from '@playwright/test'
import { expect, expectNoAxeViolations, test } from '../../../e2e/fixtures.js'
import { LOCALES, type Locale } from '../../config.js'
import { authMessages } from './auth-messages.js'
import { DEMO_PASSWORD } from './demo.js'
import { organisationMessages } from './organisation-messages.js'

// The person uses the keyboard alone. Their mail is read where a team without an SMTP server
// reads it: the admin outbox, here by the demo admin in a browser of their own.

for (const locale of LOCALES) {
  test(`person signs up, confirms their address and becomes a member of a city by keyboard, in ${locale}`, async ({
    page,
    browser,
  }, testInfo) => {
    // Three browsers (the person, the admin reading the outbox, the approving editor) and eleven axe scans.
    test.setTimeout(120_000)
    const say = (key: keyof (typeof authMessages)['en']) => authMessages[locale][key]
    const sayOrganisation = (key: keyof (typeof organisationMessages)['en'], name = '') =>
      organisationMessages[locale][key].replace('{name}', name)
    const email = `verifies-${locale}-${testInfo.project.name}-${Date.now().toString(36)}@example.org`
    // Unique per run: the editor finds this person's request among the others waiting.
    const name = `Jana Nováková ${locale}-${testInfo.project.name}`

    await page.goto(`/${locale}/sign-up`)
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(say('auth.signUp.title'))
    await expectNoAxeViolations(page)
    await tabTo(page, page.getByLabel(say('auth.field.name')))
    await page.keyboard.type(name)
    await page.keyboard.press('Tab')
    await page.keyboard.type(email)
    await page.keyboard.press('Tab')
    await page.keyboard.type('lanterns along the Vltava at night')
    await page.keyboard.press('Enter')
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(say('auth.checkEmail.title'))
    await expectNoAxeViolations(page)

    const link = await confirmationLinkFromOutbox(
      browser,
      locale,
      email,
      testInfo.project.use.javaScriptEnabled !== false,
    )
    expect(new URL(link).pathname).toBe(`/${locale}/account/verify`)

    await page.goto(link)
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(say('auth.verify.title'))
    await expectNoAxeViolations(page)
    await tabTo(page, page.getByRole('button', { name: say('auth.verify.submit') }))
    await page.keyboard.press('Enter')
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(say('auth.verified.title'))
    await expectNoAxeViolations(page)

    await tabTo(page, page.getByRole('main').getByRole('link', { name: say('auth.verified.toAccount') }))
    await page.keyboard.press('Enter')
    await expect(page).toHaveURL(new RegExp(`/${locale}/account$`))
    await expect(page.getByRole('main')).toContainText(email)
    await expect(page.getByRole('main').getByText(say('auth.account.verified'), { exact: true })).toBeVisible()
    await expect(page.locator('header')).toContainText(name)
    await expectNoAxeViolations(page)

    // Now a verified person: they ask to join their city, and the programme team approves.
    const city = 'Lisbon City Council'
    await page.goto(`/${locale}/organisations/lisbon-city-council`)
    await expectNoAxeViolations(page)
    await tabTo(page, page.getByRole('button', { name: sayOrganisation('organisations.page.join') }))
    await page.keyboard.press('Enter')
    await expect(page.getByRole('main')).toContainText(sayOrganisation('organisations.page.requested', city))
    await expectNoAxeViolations(page)

    await approveAsEditor(browser, locale, name, testInfo.project.use.javaScriptEnabled !== false)

    await page.reload()
    await expect(page.getByRole('main')).toContainText(sayOrganisation('organisations.page.isMember', city))
    await expectNoAxeViolations(page)
  })
}

/** The demo editor approves the person's request on the organisation's manage page. */
async function approveAsEditor(browser: Browser, locale: Locale, name: string, javaScriptEnabled: boolean) {
  const context = await browser.newContext({ javaScriptEnabled })
  try {
    const editor = await context.newPage()
    await editor.goto(`/${locale}/sign-in`)
    await editor.locator('#email').fill('editor@stoa.localhost')
    await editor.locator('#password').fill(DEMO_PASSWORD)
    await editor.locator(`form[action="/${locale}/sign-in"] button`).click()
    await editor.goto(`/${locale}/organisations/lisbon-city-council/manage`)
    await expectNoAxeViolations(editor)
    const row = editor.getByRole('row').filter({ hasText: name })
    await row.getByRole('button', { name: organisationMessages[locale]['organisations.manage.approve'] }).click()
    await expect(editor.getByRole('main')).toContainText(organisationMessages[locale]['organisations.done.approved'])
  } finally {
    await context.close()
  }
}

/** Signs the demo admin in, finds the newest mail to the address in the outbox and returns its link. */
async function confirmationLinkFromOutbox(browser: Browser, locale: Locale, email: string, javaScriptEnabled: boolean) {
  const context = await browser.newContext({ javaScriptEnabled })
  try {
    const admin = await context.newPage()
    await admin.goto('/en/sign-in')
    await admin.locator('#email').fill('admin@stoa.localhost')
    await admin.locator('#password').fill(DEMO_PASSWORD)
    await admin.locator('form[action="/en/sign-in"] button').click()
    await expect(admin.getByRole('navigation', { name: 'Account' })).toContainText('Alex Demo')

    await admin.goto(`/${locale}/admin/outbox?to=${encodeURIComponent(email)}`)
    await expectNoAxeViolations(admin)
    await admin.getByRole('main').getByRole('table').getByRole('link').first().click()
    const found = admin.locator('main a[href*="/account/verify?token="]').first()
    await expect(found, 'the message page lists the confirmation link').toBeVisible()
    await expectNoAxeViolations(admin)
    const link = await found.getAttribute('href')
    if (!link) throw new Error(`No confirmation link in the mail to ${email}`)
    return link
  } finally {
    await context.close()
  }
}

/** Presses Tab until `target` has focus. */
async function tabTo(page: Page, target: Locator, maxPresses = 40) {
  for (let press = 0; press < maxPresses; press++) {
    await page.keyboard.press('Tab')
    if (await target.evaluate((element) => element === document.activeElement)) return
  }
  throw new Error(`${target} was not reached within ${maxPresses} presses of Tab`)
}

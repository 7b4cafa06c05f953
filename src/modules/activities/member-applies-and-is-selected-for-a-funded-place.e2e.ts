import { expect, expectNoAxeViolations, test } from '../../../e2e/fixtures.js'
import { signedIn } from './e2e-helpers.js'

// On the demo's Krakow visit: a member applies through its call for participants, the editor
// selects her for a funded place while the page shows the balance, releases the selection, the
// acceptance e-mail (read in the outbox) links to the travel form, which she fills; the organisers'
// list then shows her place and needs. The forms reached here are the same without JavaScript, and
// the selection is one per person, so the journey runs in the JavaScript project only.

const VISIT = '/en/activities/peer-learning-visit-to-krakow'

test('member applies for the Krakow visit, is selected for a funded place, and gives her travel details', async ({
  browser,
}, testInfo) => {
  test.skip(testInfo.project.use.javaScriptEnabled === false, 'one selection per person: run once')
  test.setTimeout(120_000)
  const member = await signedIn(browser, 'member@stoa.localhost', true)
  await member.goto(VISIT)
  await expect(member.getByRole('heading', { name: 'Apply for a place' })).toBeVisible()
  await expectNoAxeViolations(member)
  await member.getByRole('link', { name: /^Apply/ }).click()
  await expect(member.getByRole('heading', { level: 1 })).toContainText('Call for participants')
  await expectNoAxeViolations(member)
  await member.getByRole('button', { name: 'Start an application' }).click()

  await member.getByLabel('Your role in your organisation').fill('Urban planner')
  await member.getByRole('group', { name: 'Gender' }).getByLabel('Woman').check()
  await member.getByLabel('Why do you want to take part in this visit?').fill('Lisbon starts pocket parks next year.')
  await member
    .getByRole('group', { name: /What do you most want to learn/ })
    .getByLabel('Involving residents')
    .check()
  await member.getByLabel('Your learning needs in a few words').fill('Keeping neighbours involved after the opening')
  await member
    .getByRole('group', { name: /I will take part in the whole visit/ })
    .getByLabel('I agree')
    .check()
  await member.getByRole('button', { name: 'Save and check your answers' }).click()
  await expect(member.getByRole('heading', { level: 1 })).toHaveText('Check your answers before submitting')
  await member.getByRole('button', { name: 'Submit the application' }).click()
  await expect(member.getByText('Application submitted. Your reference number is')).toBeVisible()
  await expectNoAxeViolations(member)

  const editor = await signedIn(browser, 'editor@stoa.localhost', true)
  await editor.goto(VISIT)
  await editor.getByRole('link', { name: 'Select the participants' }).click()
  await expect(editor.getByRole('heading', { level: 1 })).toHaveText(
    'Select participants: Peer-learning visit to Krakow',
  )
  await expect(editor.getByText('Funded places: 0 of 20 selected')).toBeVisible()
  await expectNoAxeViolations(editor)
  const marta = editor.getByRole('article', { name: /Marta Demo/ })
  await expect(marta.getByText('Keeping neighbours involved after the opening').first()).toBeVisible()
  await marta.getByRole('button', { name: /^Select for a funded place/ }).click()
  await expect(editor.getByText('The selection is saved')).toBeVisible()
  await expect(editor.getByText('Funded places: 1 of 20 selected')).toBeVisible()
  const byCountry = editor.getByRole('table', { name: 'By country' })
  await expect(byCountry.getByRole('row', { name: /Portugal/ })).toContainText('1')
  await expect(editor.getByRole('table', { name: 'By kind of organisation' })).toBeVisible()
  await expect(editor.getByRole('table', { name: 'By gender' }).getByRole('row', { name: /Woman/ })).toBeVisible()
  await expectNoAxeViolations(editor)
  await editor.getByRole('button', { name: 'Release the selection' }).click()
  await expect(editor.getByText('1 participant accepted and told')).toBeVisible()
  await expect(
    editor.getByRole('article', { name: /Marta Demo/ }).getByText('Accepted for a funded place'),
  ).toBeVisible()
  await expectNoAxeViolations(editor)

  const admin = await signedIn(browser, 'admin@stoa.localhost', true)
  await admin.goto('/en/admin/outbox?to=member%40stoa.localhost')
  await admin.getByRole('link', { name: 'You are selected: Peer-learning visit to Krakow' }).click()
  const travelLink = admin.getByRole('link', { name: /\/activities\/peer-learning-visit-to-krakow\/travel$/ }).first()
  await expect(travelLink).toBeVisible()
  await expectNoAxeViolations(admin)
  const travelUrl = new URL((await travelLink.getAttribute('href')) ?? '')

  await member.goto(travelUrl.pathname)
  await expect(member.getByRole('heading', { level: 1 })).toHaveText('Your travel and needs')
  await expectNoAxeViolations(member)
  await member.getByRole('button', { name: 'Save your details' }).click()
  await expect(member.getByText('There is a problem')).toBeVisible()
  await expectNoAxeViolations(member)
  await member.getByLabel('Where do you travel from?').fill('Lisbon')
  await member.getByRole('group', { name: 'How do you travel?' }).getByLabel('Plane').check()
  await member.getByLabel('Arrival date').fill('2030-05-11')
  await member.getByLabel('Departure date').fill('2030-05-13')
  await member.getByRole('group', { name: 'Do you need accommodation?' }).getByLabel('Yes').check()
  await member.getByLabel('Dietary needs (optional)').fill('Vegetarian')
  await member.getByRole('button', { name: 'Save your details' }).click()
  await expect(member.getByText('Your travel details are saved')).toBeVisible()
  await expect(member.getByLabel('Where do you travel from?')).toHaveValue('Lisbon')
  await expectNoAxeViolations(member)
  await member.goto(VISIT)
  await expect(member.getByText('You are selected: you have a funded place.')).toBeVisible()

  await editor.goto(`${VISIT}/participants`)
  const row = editor.getByRole('row', { name: /Marta Demo/ })
  await expect(row).toContainText('funded place')
  await expect(row).toContainText('Vegetarian')
  await expect(row).toContainText('From Lisbon by Plane')
  await expectNoAxeViolations(editor)
  await editor.goto(`${VISIT}/learning-needs`)
  await expect(editor.getByText('Keeping neighbours involved after the opening')).toBeVisible()
  await expectNoAxeViolations(editor)
})

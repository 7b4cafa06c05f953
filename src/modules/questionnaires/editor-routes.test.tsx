import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestApp, type TestApp } from '../../platform/testing/test-app.js'
import { createPerson, sessionCookieFor } from '../accounts/testing.js'
import { getLatestVersion, listQuestionnairesOfOwner } from './queries.js'
import { allQuestions } from './question-types.js'

let t: TestApp
let editor: string
let member: string
beforeAll(async () => {
  t = await createTestApp()
  const editorPerson = await createPerson(t.db, t.config, { roles: ['editor'] })
  const memberPerson = await createPerson(t.db, t.config)
  editor = await sessionCookieFor(t.db, t.config, editorPerson.email)
  member = await sessionCookieFor(t.db, t.config, memberPerson.email)
})
afterAll(() => t.close())

const as = (cookie: string) => ({ cookie })

async function createOne(title: string) {
  const response = await t.postForm('/en/admin/questionnaires', { title }, as(editor))
  expect(response.status).toBe(303)
  const [questionnaire] = (
    await listQuestionnairesOfOwner(t.db, { ownerModule: 'questionnaires', ownerId: 'standalone' })
  ).filter((candidate) => candidate.title === title)
  return { id: questionnaire!.id, location: response.headers.get('location')! }
}

describe('the questionnaire editor', () => {
  it('is for editors: members get 403 on every page and visitors are sent to sign in', async () => {
    const { id } = await createOne('Kept from members')
    for (const path of [
      '/en/admin/questionnaires',
      `/en/admin/questionnaires/${id}`,
      `/en/admin/questionnaires/${id}/preview`,
    ]) {
      expect((await t.get(path, as(member))).status).toBe(403)
      const visitor = await t.get(path)
      expect(visitor.status).toBe(303)
      expect(visitor.headers.get('location')).toMatch(/^\/en\/sign-in\?next=/)
    }
    expect(
      (await t.postForm(`/en/admin/questionnaires/${id}/sections`, { sectionTitle: 'x' }, as(member))).status,
    ).toBe(403)
    expect((await t.postForm(`/en/admin/questionnaires/${id}/publish`, {}, as(member))).status).toBe(403)
  })

  it('lists questionnaires and refuses one without a title, keeping the page', async () => {
    const list = await t.get('/en/admin/questionnaires', as(editor))
    expect(list.status).toBe(200)
    const refused = await t.postForm('/en/admin/questionnaires', { title: '  ' }, as(editor))
    expect(refused.status).toBe(422)
    const html = await refused.text()
    expect(html).toContain('<title>Error: Questionnaires')
    expect(html).toContain('href="#title">Enter a title for the questionnaire')
  })

  it('builds a questionnaire: a section, a yes/no question and one shown only after “yes”', async () => {
    const { id, location } = await createOne('Practice form')
    expect(location).toBe(`/en/admin/questionnaires/${id}?done=created`)
    expect(
      (await t.postForm(`/en/admin/questionnaires/${id}/sections`, { sectionTitle: 'Funding' }, as(editor))).status,
    ).toBe(303)
    const [section] = (await getLatestVersion(t.db, id)).content.sections
    const newQuestion = `/en/admin/questionnaires/${id}/sections/${section!.id}/questions/new`
    expect((await t.get(`${newQuestion}?type=yes-no`, as(editor))).status).toBe(200)
    expect(
      (await t.postForm(newQuestion, { type: 'yes-no', label: 'Was it EU funded?', required: 'yes' }, as(editor)))
        .status,
    ).toBe(303)
    const funded = allQuestions((await getLatestVersion(t.db, id)).content)[0]!
    const form = await t.get(`${newQuestion}?type=short-text`, as(editor))
    expect(await form.text()).toContain(`value="${funded.id}:yes"`)
    const saved = await t.postForm(
      newQuestion,
      { type: 'short-text', label: 'Which programme?', required: 'yes', condition: `${funded.id}:yes` },
      as(editor),
    )
    expect(saved.status).toBe(303)
    const questions = allQuestions((await getLatestVersion(t.db, id)).content)
    expect(questions[1]).toMatchObject({
      label: 'Which programme?',
      condition: { questionId: funded.id, equals: 'yes' },
    })

    const page = await (await t.get(`/en/admin/questionnaires/${id}`, as(editor))).text()
    expect(page).toContain('Shown when “Was it EU funded?” is “Yes”')

    // Moving the dependent question above the one it depends on is refused and explained.
    const moved = await t.postForm(
      `/en/admin/questionnaires/${id}/questions/${questions[1]!.id}/move`,
      { direction: 'up' },
      as(editor),
    )
    expect(moved.headers.get('location')).toBe(`/en/admin/questionnaires/${id}?problem=condition-source-later`)
    const explained = await (await t.get(moved.headers.get('location')!, as(editor))).text()
    expect(explained).toContain('A question can only depend on a question asked before it.')
  })

  it('explains bad question settings next to each field, keeping what was typed', async () => {
    const { id } = await createOne('Bad settings')
    await t.postForm(`/en/admin/questionnaires/${id}/sections`, { sectionTitle: 'One' }, as(editor))
    const [section] = (await getLatestVersion(t.db, id)).content.sections
    const newQuestion = `/en/admin/questionnaires/${id}/sections/${section!.id}/questions/new`
    const choice = await t.postForm(newQuestion, { type: 'single-choice', label: 'Scale', choices: '' }, as(editor))
    expect(choice.status).toBe(422)
    expect(await choice.text()).toContain('href="#choices">Enter at least one choice, one per line')
    const number = await t.postForm(
      newQuestion,
      { type: 'number', label: 'Budget', min: '100', max: '10', plausibleMin: 'lots' },
      as(editor),
    )
    const html = await number.text()
    expect(html).toContain('href="#max">The lowest value must not be more than the highest')
    expect(html).toContain('href="#plausibleMin">Enter a number, like 12 or 3.5')
    expect(html).toContain('value="lots"')
    const forged = await t.postForm(
      newQuestion,
      { type: 'short-text', label: 'Forged', condition: 'qnothere:yes' },
      as(editor),
    )
    expect(await forged.text()).toContain('The question this one depends on no longer exists.')
  })

  it('previews a version: submitting shows every problem, then accepts and stores nothing', async () => {
    const { id } = await createOne('Preview me')
    await t.postForm(`/en/admin/questionnaires/${id}/sections`, { sectionTitle: 'One' }, as(editor))
    const [section] = (await getLatestVersion(t.db, id)).content.sections
    const newQuestion = `/en/admin/questionnaires/${id}/sections/${section!.id}/questions/new`
    await t.postForm(newQuestion, { type: 'long-text', label: 'Summary', required: 'yes', maxWords: '3' }, as(editor))
    const [question] = allQuestions((await getLatestVersion(t.db, id)).content)
    const preview = `/en/admin/questionnaires/${id}/preview`
    const empty = await t.postForm(preview, {}, as(editor))
    expect(empty.status).toBe(422)
    expect(await empty.text()).toContain(`href="#${question!.id}">Enter your answer to “Summary”`)
    const tooLong = await t.postForm(preview, { [question!.id]: 'one two three four' }, as(editor))
    expect(await tooLong.text()).toContain('“Summary” must be 3 words or fewer; it has 4')
    const accepted = await t.postForm(preview, { [question!.id]: 'one two three' }, as(editor))
    expect(accepted.status).toBe(200)
    expect(await accepted.text()).toContain('These answers would be accepted. Nothing was stored.')
  })

  it('publishes, and refuses to publish an empty questionnaire', async () => {
    const { id } = await createOne('Empty one')
    const refused = await t.postForm(`/en/admin/questionnaires/${id}/publish`, {}, as(editor))
    expect(refused.headers.get('location')).toBe(`/en/admin/questionnaires/${id}?problem=empty`)
  })

  it('speaks French and German', async () => {
    const { id } = await createOne('Multilingue')
    expect(await (await t.get(`/fr/admin/questionnaires/${id}`, as(editor))).text()).toContain('Ajouter une section')
    expect(await (await t.get(`/de/admin/questionnaires/${id}/preview`, as(editor))).text()).toContain(
      'Vorschau von „Multilingue“',
    )
  })
})

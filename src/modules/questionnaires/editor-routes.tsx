import type { Context } from 'hono'
import { Hono } from 'hono'
import type { FormError, FormValues } from '../../platform/forms/form-state.js'
import type { AppEnv } from '../../platform/http/env.js'
import { NotFoundError } from '../../platform/http/errors.js'
import { stripLocale } from '../../platform/http/page-context.js'
import { renderPage } from '../../platform/http/render.js'
import { localHref } from '../../platform/ui/page-context.js'
import { listOrganisationsActorCanActFor } from '../accounts/index.js'
import { changeQuestionnaire, createQuestionnaire, publishQuestionnaire } from './commands/versions.js'
import {
  addSection,
  type EditOutcome,
  moveQuestion,
  moveSection,
  removeQuestion,
  removeSection,
  saveQuestion,
  updateSection,
} from './content-edits.js'
import { getQuestionnaireForEditor, listQuestionnairesForEditor } from './editor-queries.js'
import { parseAnswers } from './parse-answers.js'
import { parseQuestionForm, questionFormValues } from './question-form.js'
import { QUESTION_TYPES, type QuestionType, type VersionContent } from './question-types.js'
import { EDITOR_ROOT, editorPath } from './views/editor-frame.js'
import { PreviewPage } from './views/preview-page.js'
import { QuestionPage } from './views/question-page.js'
import { QuestionTypePage } from './views/question-type-page.js'
import { QuestionnaireEditorPage } from './views/questionnaire-editor-page.js'
import { QuestionnaireListPage } from './views/questionnaire-list-page.js'
import { SectionPage } from './views/section-page.js'

/**
 * The editors' pages, mounted at the locale root: GET|POST /admin/questionnaires (list, create) ·
 * GET /admin/questionnaires/:id (sections and questions) · sections and questions added, edited,
 * moved and deleted below it · POST …/publish · GET|POST …/preview (try it; nothing is stored).
 * Each handler asks the module's functions, which refuse anyone but editors and admins.
 */
export const editorRoutes = new Hono<AppEnv>()

/** Visitors go to sign in first (they may be an editor); signed-in people are refused later, with a 403. */
function signInFirst(c: Context<AppEnv>) {
  if (c.var.actor) return undefined
  const url = new URL(c.req.url)
  const next = `${stripLocale(url.pathname)}${url.search}`
  return c.redirect(`/${c.var.locale}/sign-in?next=${encodeURIComponent(next)}`, 303)
}

const text = (values: FormValues, name: string) => {
  const value = values[name]
  return ((Array.isArray(value) ? value.at(-1) : value) ?? '').trim()
}

async function formValues(c: Context<AppEnv>): Promise<FormValues> {
  const body = await c.req.parseBody({ all: true })
  const values: FormValues = {}
  for (const [name, value] of Object.entries(body)) {
    const strings = (Array.isArray(value) ? value : [value]).filter((item): item is string => typeof item === 'string')
    if (strings.length === 1) values[name.replace(/\[\]$/, '')] = strings[0]!
    else if (strings.length > 1) values[name.replace(/\[\]$/, '')] = strings
  }
  return values
}

const notices = {
  saved: 'questionnaires.done.saved',
  'new-version': 'questionnaires.done.newVersion',
  published: 'questionnaires.done.published',
  deleted: 'questionnaires.done.deleted',
  created: 'questionnaires.done.created',
} as const
const problems = new Set<string>([
  'condition-source-missing',
  'condition-source-later',
  'condition-source-type',
  'condition-value',
  'condition-depends-on-it',
  'not-found',
  'cannot-move',
  'empty',
  'published',
])

function backToEditor(c: Context<AppEnv>, id: string, outcome: { done?: keyof typeof notices; problem?: string }) {
  const query = outcome.problem ? `?problem=${outcome.problem}` : outcome.done ? `?done=${outcome.done}` : ''
  return c.redirect(`${localHref({ locale: c.var.locale }, editorPath(id))}${query}`, 303)
}

/** Applies an edit and goes back to the questionnaire, saying what happened (Post/Redirect/Get). */
async function applyEdit(
  c: Context<AppEnv>,
  edit: (content: VersionContent) => EditOutcome,
  done: 'saved' | 'deleted' = 'saved',
) {
  const id = c.req.param('id')!
  const result = await changeQuestionnaire(c.var.db, c.var.actor, id, edit)
  if (!result.ok) return backToEditor(c, id, { problem: result.problem })
  return backToEditor(c, id, { done: result.startedNewVersion ? 'new-version' : done })
}

editorRoutes.get(EDITOR_ROOT, async (c) => {
  const refused = signInFirst(c)
  if (refused) return refused
  const questionnaires = await listQuestionnairesForEditor(c.var.db, c.var.actor)
  return renderPage(c, <QuestionnaireListPage ctx={c.var.pageContext()} questionnaires={questionnaires} />)
})

editorRoutes.post(EDITOR_ROOT, async (c) => {
  const refused = signInFirst(c)
  if (refused) return refused
  const questionnaires = await listQuestionnairesForEditor(c.var.db, c.var.actor)
  const values = await formValues(c)
  const title = text(values, 'title')
  const error = !title
    ? 'questionnaires.titleField.missing'
    : title.length > 300
      ? 'questionnaires.titleField.tooLong'
      : undefined
  if (error) {
    const errors = [{ field: 'title', message: c.var.t(error) }]
    return renderPage(
      c,
      <QuestionnaireListPage
        ctx={c.var.pageContext()}
        questionnaires={questionnaires}
        values={values}
        errors={errors}
      />,
      422,
    )
  }
  // Made here, for no other module's thing: editors try the engine, or keep a form for later.
  const { questionnaire } = await createQuestionnaire(
    c.var.db,
    { ownerModule: 'questionnaires', ownerId: 'standalone', title },
    c.var.actor,
  )
  return backToEditor(c, questionnaire.id, { done: 'created' })
})

editorRoutes.get(`${EDITOR_ROOT}/:id`, async (c) => {
  const refused = signInFirst(c)
  if (refused) return refused
  const view = await getQuestionnaireForEditor(c.var.db, c.var.actor, c.req.param('id'))
  const done = c.req.query('done')
  const problem = c.req.query('problem')
  return renderPage(
    c,
    <QuestionnaireEditorPage
      ctx={c.var.pageContext()}
      view={view}
      notice={done && Object.hasOwn(notices, done) ? c.var.t(notices[done as keyof typeof notices]) : undefined}
      problem={problem && problems.has(problem) ? c.var.t(`questionnaires.problem.${problem}`) : undefined}
    />,
  )
})

editorRoutes.post(`${EDITOR_ROOT}/:id/sections`, async (c) => {
  const refused = signInFirst(c)
  if (refused) return refused
  const view = await getQuestionnaireForEditor(c.var.db, c.var.actor, c.req.param('id'))
  const values = await formValues(c)
  const title = text(values, 'sectionTitle')
  if (title.length > 300) {
    const errors = [{ field: 'sectionTitle', message: c.var.t('questionnaires.titleField.tooLong') }]
    return renderPage(
      c,
      <QuestionnaireEditorPage ctx={c.var.pageContext()} view={view} values={values} errors={errors} />,
      422,
    )
  }
  return applyEdit(c, (content) => addSection(content, { title, help: text(values, 'sectionHelp').slice(0, 4000) }))
})

function sectionOf(content: VersionContent, sectionId: string) {
  const section = content.sections.find((candidate) => candidate.id === sectionId)
  if (!section) throw new NotFoundError('section')
  return section
}

editorRoutes.get(`${EDITOR_ROOT}/:id/sections/:sectionId`, async (c) => {
  const refused = signInFirst(c)
  if (refused) return refused
  const view = await getQuestionnaireForEditor(c.var.db, c.var.actor, c.req.param('id'))
  const section = sectionOf(view.latest.content, c.req.param('sectionId'))
  const values = { sectionTitle: section.title, sectionHelp: section.help }
  return renderPage(
    c,
    <SectionPage ctx={c.var.pageContext()} questionnaire={view.questionnaire} sectionId={section.id} values={values} />,
  )
})

editorRoutes.post(`${EDITOR_ROOT}/:id/sections/:sectionId`, async (c) => {
  const refused = signInFirst(c)
  if (refused) return refused
  const view = await getQuestionnaireForEditor(c.var.db, c.var.actor, c.req.param('id'))
  const section = sectionOf(view.latest.content, c.req.param('sectionId'))
  const values = await formValues(c)
  const title = text(values, 'sectionTitle')
  if (title.length > 300) {
    const errors: FormError[] = [{ field: 'sectionTitle', message: c.var.t('questionnaires.titleField.tooLong') }]
    return renderPage(
      c,
      <SectionPage
        ctx={c.var.pageContext()}
        questionnaire={view.questionnaire}
        sectionId={section.id}
        values={values}
        errors={errors}
      />,
      422,
    )
  }
  return applyEdit(c, (content) =>
    updateSection(content, section.id, { title, help: text(values, 'sectionHelp').slice(0, 4000) }),
  )
})

const direction = (values: FormValues) => (text(values, 'direction') === 'up' ? 'up' : 'down')

editorRoutes.post(`${EDITOR_ROOT}/:id/sections/:sectionId/move`, async (c) => {
  const refused = signInFirst(c)
  if (refused) return refused
  const values = await formValues(c)
  return applyEdit(c, (content) => moveSection(content, c.req.param('sectionId'), direction(values)))
})

editorRoutes.post(`${EDITOR_ROOT}/:id/sections/:sectionId/delete`, async (c) => {
  const refused = signInFirst(c)
  if (refused) return refused
  return applyEdit(c, (content) => removeSection(content, c.req.param('sectionId')), 'deleted')
})

const isQuestionType = (value: string | undefined): value is QuestionType =>
  (QUESTION_TYPES as readonly string[]).includes(value ?? '')

editorRoutes.get(`${EDITOR_ROOT}/:id/sections/:sectionId/questions/new`, async (c) => {
  const refused = signInFirst(c)
  if (refused) return refused
  const view = await getQuestionnaireForEditor(c.var.db, c.var.actor, c.req.param('id'))
  const section = sectionOf(view.latest.content, c.req.param('sectionId'))
  const type = c.req.query('type')
  const ctx = c.var.pageContext()
  if (!isQuestionType(type)) {
    const errors = type === undefined ? undefined : [{ field: 'type', message: c.var.t('questionnaires.type.missing') }]
    return renderPage(
      c,
      <QuestionTypePage ctx={ctx} questionnaire={view.questionnaire} sectionId={section.id} errors={errors} />,
      errors ? 422 : 200,
    )
  }
  const values: FormValues = {
    required: 'yes',
    ...(type === 'scale' ? { scaleMin: '1', scaleMax: '5' } : {}),
    ...(type === 'file' ? { fileTypes: 'application/pdf', maxSizeMb: '10' } : {}),
  }
  return renderPage(
    c,
    <QuestionPage
      ctx={ctx}
      questionnaire={view.questionnaire}
      content={view.latest.content}
      sectionId={section.id}
      type={type}
      values={values}
    />,
  )
})

editorRoutes.post(`${EDITOR_ROOT}/:id/sections/:sectionId/questions/new`, async (c) => {
  const refused = signInFirst(c)
  if (refused) return refused
  const view = await getQuestionnaireForEditor(c.var.db, c.var.actor, c.req.param('id'))
  const section = sectionOf(view.latest.content, c.req.param('sectionId'))
  const values = await formValues(c)
  const type = text(values, 'type')
  if (!isQuestionType(type)) throw new NotFoundError('question type')
  const ctx = c.var.pageContext()
  const parsed = parseQuestionForm({
    t: c.var.t,
    locale: c.var.locale,
    type,
    values,
    content: view.latest.content,
    sectionId: section.id,
  })
  if (!parsed.ok)
    return renderPage(
      c,
      <QuestionPage
        ctx={ctx}
        questionnaire={view.questionnaire}
        content={view.latest.content}
        sectionId={section.id}
        type={type}
        values={values}
        errors={parsed.errors}
      />,
      422,
    )
  return applyEdit(c, (content) => saveQuestion(content, section.id, parsed.question))
})

function questionIn(content: VersionContent, questionId: string) {
  for (const section of content.sections) {
    const question = section.questions.find((candidate) => candidate.id === questionId)
    if (question) return { section, question }
  }
  throw new NotFoundError('question')
}

editorRoutes.get(`${EDITOR_ROOT}/:id/questions/:questionId`, async (c) => {
  const refused = signInFirst(c)
  if (refused) return refused
  const view = await getQuestionnaireForEditor(c.var.db, c.var.actor, c.req.param('id'))
  const { section, question } = questionIn(view.latest.content, c.req.param('questionId'))
  return renderPage(
    c,
    <QuestionPage
      ctx={c.var.pageContext()}
      questionnaire={view.questionnaire}
      content={view.latest.content}
      sectionId={section.id}
      type={question.type}
      questionId={question.id}
      values={questionFormValues(question, c.var.locale)}
    />,
  )
})

editorRoutes.post(`${EDITOR_ROOT}/:id/questions/:questionId`, async (c) => {
  const refused = signInFirst(c)
  if (refused) return refused
  const view = await getQuestionnaireForEditor(c.var.db, c.var.actor, c.req.param('id'))
  const { section, question } = questionIn(view.latest.content, c.req.param('questionId'))
  const values = await formValues(c)
  const parsed = parseQuestionForm({
    t: c.var.t,
    locale: c.var.locale,
    type: question.type,
    values,
    existing: question,
    content: view.latest.content,
    sectionId: section.id,
  })
  if (!parsed.ok)
    return renderPage(
      c,
      <QuestionPage
        ctx={c.var.pageContext()}
        questionnaire={view.questionnaire}
        content={view.latest.content}
        sectionId={section.id}
        type={question.type}
        questionId={question.id}
        values={values}
        errors={parsed.errors}
      />,
      422,
    )
  return applyEdit(c, (content) => saveQuestion(content, section.id, parsed.question))
})

editorRoutes.post(`${EDITOR_ROOT}/:id/questions/:questionId/move`, async (c) => {
  const refused = signInFirst(c)
  if (refused) return refused
  const values = await formValues(c)
  return applyEdit(c, (content) => moveQuestion(content, c.req.param('questionId'), direction(values)))
})

editorRoutes.post(`${EDITOR_ROOT}/:id/questions/:questionId/delete`, async (c) => {
  const refused = signInFirst(c)
  if (refused) return refused
  return applyEdit(c, (content) => removeQuestion(content, c.req.param('questionId')), 'deleted')
})

editorRoutes.post(`${EDITOR_ROOT}/:id/publish`, async (c) => {
  const refused = signInFirst(c)
  if (refused) return refused
  const id = c.req.param('id')
  const result = await publishQuestionnaire(c.var.db, c.var.actor, id)
  return backToEditor(c, id, result.ok ? { done: 'published' } : { problem: result.problem })
})

editorRoutes.get(`${EDITOR_ROOT}/:id/preview`, async (c) => {
  const refused = signInFirst(c)
  if (refused) return refused
  const view = await getQuestionnaireForEditor(c.var.db, c.var.actor, c.req.param('id'))
  const organisations = await listOrganisationsActorCanActFor(c.var.db, c.var.actor)
  return renderPage(
    c,
    <PreviewPage
      ctx={c.var.pageContext()}
      questionnaire={view.questionnaire}
      version={view.latest}
      organisations={organisations}
    />,
  )
})

editorRoutes.post(`${EDITOR_ROOT}/:id/preview`, async (c) => {
  const refused = signInFirst(c)
  if (refused) return refused
  const view = await getQuestionnaireForEditor(c.var.db, c.var.actor, c.req.param('id'))
  const organisations = await listOrganisationsActorCanActFor(c.var.db, c.var.actor)
  const parsed = await parseAnswers(view.latest, await c.req.parseBody({ all: true }), {
    t: c.var.t,
    locale: c.var.locale,
    mode: 'submit',
    organisations,
  })
  const ok = parsed.errors.length === 0 && parsed.warnings.length === 0
  return renderPage(
    c,
    <PreviewPage
      ctx={c.var.pageContext()}
      questionnaire={view.questionnaire}
      version={view.latest}
      organisations={organisations}
      values={parsed.values}
      errors={parsed.errors}
      warnings={parsed.warnings}
      accepted={ok ? parsed.answers : undefined}
    />,
    ok ? 200 : 422,
  )
})

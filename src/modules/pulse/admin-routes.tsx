import type { Context } from 'hono'
import { Hono } from 'hono'
import { parseForm } from '../../platform/forms/parse-form.js'
import type { AppEnv } from '../../platform/http/env.js'
import { ForbiddenError, NotFoundError } from '../../platform/http/errors.js'
import { renderPage } from '../../platform/http/render.js'
import { utcToZonedTime } from '../../platform/time/zoned-time.js'
import { localHref } from '../../platform/ui/page-context.js'
import { findPublishedVersion } from '../questionnaires/index.js'
import {
  closeSurvey,
  createSurvey,
  excludeValue,
  includeValue,
  publishSurvey,
  reopenForCorrection,
  saveMonitor,
  updateSurveySettings,
} from './commands.js'
import { NoteForm, SurveyForm } from './forms.js'
import { canEditSurveys } from './policy.js'
import {
  findMonitor,
  findSurveyBySlug,
  getSurveyBySlug,
  listAllSurveys,
  listAudience,
  listExclusions,
  listParticipations,
  listSubmittedAnswers,
  type Survey,
} from './queries.js'
import { sendReminders } from './reminders.js'
import { isNumeric } from './results.js'
import { isOutlier, outlierFences } from './stats.js'
import { AdminListPage } from './views/admin-list-page.js'
import { type DashboardData, DashboardPage, type RateRow } from './views/dashboard-page.js'
import { SurveySettingsPage } from './views/settings-page.js'

/** Editors' pages, at /:locale/pulse/admin: the list and creation, and each survey's dashboard. */
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i

export const adminRoutes = new Hono<AppEnv>()

adminRoutes.use('*', async (c, next) => {
  if (!c.var.actor) {
    const next_ = new URL(c.req.url).pathname.replace(/^\/[a-z]{2}/, '')
    return c.redirect(`/${c.var.locale}/sign-in?next=${encodeURIComponent(next_)}`, 303)
  }
  if (!canEditSurveys(c.var.actor)) throw new ForbiddenError('surveys are run by editors')
  await next()
})

adminRoutes.get('/', async (c) => {
  return renderPage(c, <AdminListPage ctx={c.var.pageContext()} surveys={await listAllSurveys(c.var.db)} />)
})

adminRoutes.post('/', async (c) => {
  const t = c.var.t
  const form = parseForm(SurveyForm(t), await c.req.parseBody({ all: true }), { t })
  const surveys = await listAllSurveys(c.var.db)
  if (!form.ok)
    return renderPage(
      c,
      <AdminListPage ctx={c.var.pageContext()} surveys={surveys} values={form.values} errors={form.errors} />,
      422,
    )
  if (await findSurveyBySlug(c.var.db, form.data.slug))
    return renderPage(
      c,
      <AdminListPage
        ctx={c.var.pageContext()}
        surveys={surveys}
        values={form.values}
        errors={[{ field: 'slug', message: t('pulse.form.slug.taken') }]}
      />,
      422,
    )
  const survey = await createSurvey(c.var.db, c.var.actor, form.data)
  return c.redirect(localHref(c.var.pageContext(), `/pulse/admin/${survey.slug}?done=created`), 303)
})

function rates(audience: { key: string; answered: boolean }[]): RateRow[] {
  const byKey = new Map<string, RateRow>()
  for (const item of audience) {
    const row = byKey.get(item.key) ?? { key: item.key, asked: 0, answered: 0 }
    row.asked += 1
    if (item.answered) row.answered += 1
    byKey.set(item.key, row)
  }
  return [...byKey.values()].sort((a, b) => a.key.localeCompare(b.key))
}

async function dashboardData(c: Context<AppEnv>, survey: Survey): Promise<DashboardData> {
  const db = c.var.db
  const [audience, participations, rows, exclusions, version, monitor] = await Promise.all([
    listAudience(db, survey),
    listParticipations(db, survey.id),
    listSubmittedAnswers(db, survey),
    listExclusions(db, survey.id),
    findPublishedVersion(db, survey.questionnaireId),
    findMonitor(db, survey.year),
  ])
  const submitted = new Set(participations.filter((row) => row.status === 'submitted').map((row) => row.organisationId))
  const questions = version ? version.content.sections.flatMap((section) => section.questions).filter(isNumeric) : []
  const outliers: DashboardData['outliers'] = []
  for (const question of questions) {
    const values = rows
      .map((row) => ({ row, value: row.answers[question.id] }))
      .filter((item): item is { row: (typeof rows)[number]; value: number } => typeof item.value === 'number')
    const fences = outlierFences(values.map((item) => item.value))
    for (const item of values)
      if (isOutlier(item.value, fences))
        outliers.push({
          questionId: question.id,
          question: question.label,
          organisationId: item.row.organisationId,
          name: item.row.name,
          value: item.value,
        })
  }
  const names = new Map(participations.map((row) => [row.organisationId, row.name]))
  return {
    byCountry: rates(audience.map((place) => ({ key: place.country, answered: submitted.has(place.organisationId) }))),
    byKind: rates(audience.map((place) => ({ key: place.kind, answered: submitted.has(place.organisationId) }))),
    participations: participations.map((row) => ({
      organisationId: row.organisationId,
      name: row.name,
      status: row.status,
      answeredBy: row.answeredBy,
      consentToName: row.consentToName,
      reopenNote: row.reopenNote,
    })),
    outliers,
    exclusions: exclusions.map((row) => ({
      questionId: row.questionId,
      organisationId: row.organisationId,
      name: names.get(row.organisationId) ?? row.organisationId,
      note: row.note,
    })),
    analysis: monitor?.analysis ?? '',
  }
}

const NOTICES: Record<string, string> = {
  created: 'pulse.dashboard.done.created',
  closed: 'pulse.dashboard.done.closed',
  published: 'pulse.dashboard.done.published',
  reopened: 'pulse.dashboard.done.reopened',
  excluded: 'pulse.dashboard.done.excluded',
  included: 'pulse.dashboard.done.included',
  reminded: 'pulse.dashboard.done.reminded',
  monitor: 'pulse.dashboard.done.monitor',
  settings: 'pulse.dashboard.done.settings',
}

adminRoutes.get('/:slug', async (c) => {
  const survey = await getSurveyBySlug(c.var.db, c.req.param('slug'))
  const done = NOTICES[c.req.query('done') ?? '']
  const count = Number(c.req.query('count') ?? 0)
  return renderPage(
    c,
    <DashboardPage
      ctx={c.var.pageContext()}
      survey={survey}
      data={await dashboardData(c, survey)}
      notice={done ? c.var.t(done, { count }) : undefined}
    />,
  )
})

/** The settings form's values of a survey as it is stored, dates in its own zone. */
function settingsValues(survey: Survey) {
  return {
    title: survey.title,
    year: String(survey.year),
    description: survey.description,
    audienceKinds: survey.audienceKinds,
    audienceCountries: survey.audienceCountries.join(', '),
    timeZone: survey.timeZone,
    opensAt: utcToZonedTime(survey.opensAt, survey.timeZone),
    closesAt: utcToZonedTime(survey.closesAt, survey.timeZone),
    licence: survey.licence,
    textAnswersPublic: survey.textAnswersPublic ? ['yes'] : [],
  }
}

adminRoutes.get('/:slug/settings', async (c) => {
  const survey = await getSurveyBySlug(c.var.db, c.req.param('slug'))
  return renderPage(c, <SurveySettingsPage ctx={c.var.pageContext()} survey={survey} values={settingsValues(survey)} />)
})

adminRoutes.post('/:slug/settings', async (c) => {
  const survey = await getSurveyBySlug(c.var.db, c.req.param('slug'))
  // The address is not on this form: it is the survey's, whatever the request says.
  const body = { ...(await c.req.parseBody({ all: true })), slug: survey.slug }
  const form = parseForm(SurveyForm(c.var.t), body, { t: c.var.t })
  if (!form.ok)
    return renderPage(
      c,
      <SurveySettingsPage ctx={c.var.pageContext()} survey={survey} values={form.values} errors={form.errors} />,
      422,
    )
  const { slug: _slug, ...settings } = form.data
  await updateSurveySettings(c.var.db, c.var.actor, survey, settings)
  return back(c, survey, 'settings')
})

const back = (c: Context<AppEnv>, survey: Survey, done: string, extra = '') =>
  c.redirect(localHref(c.var.pageContext(), `/pulse/admin/${survey.slug}?done=${done}${extra}`), 303)

async function withNote(c: Context<AppEnv>) {
  const form = parseForm(NoteForm(c.var.t), await c.req.parseBody({ all: true }), { t: c.var.t })
  return form.ok ? form.data.note : null
}

async function noteRefused(c: Context<AppEnv>, survey: Survey) {
  return renderPage(
    c,
    <DashboardPage
      ctx={c.var.pageContext()}
      survey={survey}
      data={await dashboardData(c, survey)}
      errors={[{ field: '', message: c.var.t('pulse.form.note.missing') }]}
    />,
    422,
  )
}

adminRoutes.post('/:slug/close', async (c) => {
  const survey = await getSurveyBySlug(c.var.db, c.req.param('slug'))
  await closeSurvey(c.var.db, c.var.actor, survey, c.var.now())
  return back(c, survey, 'closed')
})

adminRoutes.post('/:slug/publish', async (c) => {
  const survey = await getSurveyBySlug(c.var.db, c.req.param('slug'))
  await publishSurvey(c.var.db, c.var.actor, survey, c.var.now())
  return back(c, survey, 'published')
})

adminRoutes.post('/:slug/remind', async (c) => {
  const survey = await getSurveyBySlug(c.var.db, c.req.param('slug'))
  const count = await sendReminders(c.var.db, c.var.actor, survey, {
    baseUrl: c.var.config.http.baseUrl,
    now: c.var.now(),
  })
  return back(c, survey, 'reminded', `&count=${count}`)
})

adminRoutes.post('/:slug/reopen/:organisation', async (c) => {
  const survey = await getSurveyBySlug(c.var.db, c.req.param('slug'))
  const note = await withNote(c)
  if (note === null) return noteRefused(c, survey)
  await reopenForCorrection(c.var.db, c.var.actor, survey, c.req.param('organisation'), note)
  return back(c, survey, 'reopened')
})

adminRoutes.post('/:slug/exclude/:organisation/:question', async (c) => {
  const survey = await getSurveyBySlug(c.var.db, c.req.param('slug'))
  const note = await withNote(c)
  if (note === null) return noteRefused(c, survey)
  if (!UUID.test(c.req.param('organisation'))) throw new NotFoundError('organisation')
  await excludeValue(c.var.db, c.var.actor, {
    surveyId: survey.id,
    organisationId: c.req.param('organisation'),
    questionId: c.req.param('question'),
    note,
  })
  return back(c, survey, 'excluded')
})

adminRoutes.post('/:slug/include/:organisation/:question', async (c) => {
  const survey = await getSurveyBySlug(c.var.db, c.req.param('slug'))
  if (!UUID.test(c.req.param('organisation'))) throw new NotFoundError('organisation')
  await includeValue(c.var.db, c.var.actor, {
    surveyId: survey.id,
    organisationId: c.req.param('organisation'),
    questionId: c.req.param('question'),
  })
  return back(c, survey, 'included')
})

adminRoutes.post('/:slug/monitor', async (c) => {
  const survey = await getSurveyBySlug(c.var.db, c.req.param('slug'))
  const body = await c.req.parseBody()
  const analysis = typeof body.analysis === 'string' ? body.analysis.slice(0, 50_000) : ''
  await saveMonitor(c.var.db, c.var.actor, survey.year, analysis)
  return back(c, survey, 'monitor')
})

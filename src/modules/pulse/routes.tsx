import type { Context } from 'hono'
import { Hono } from 'hono'
import type { AppEnv } from '../../platform/http/env.js'
import { NotFoundError } from '../../platform/http/errors.js'
import { renderPage } from '../../platform/http/render.js'
import { localHref } from '../../platform/ui/page-context.js'
import {
  answersToFormValues,
  findPublishedVersion,
  findResponse,
  parseAnswers,
  type Question,
} from '../questionnaires/index.js'
import { adminRoutes } from './admin-routes.js'
import { answerSurvey } from './commands.js'
import { dictionaryCsv, surveyCsv, surveyJson } from './open-data.js'
import { canAnswerFor, canEditSurveys, canSeeRespondent, canSeeResults } from './policy.js'
import {
  findMonitor,
  findParticipation,
  findPlace,
  getSurveyBySlug,
  listMonitorYears,
  listOpenSurveys,
  listPublishedSurveys,
  listSubmittedAnswers,
  type Place,
  personName,
  type Survey,
} from './queries.js'
import { cityComparison, isNumeric, parseResultFilter, questionResult } from './results.js'
import { AnswerPage } from './views/answer-page.js'
import { ComparePage, MAX_COMPARED } from './views/compare-page.js'
import { MonitorPage } from './views/monitor-page.js'
import { PulseHomePage } from './views/pulse-home-page.js'
import { QuestionPage } from './views/question-page.js'
import { type AnswerLink, SurveyPage, surveyPath } from './views/survey-page.js'

/**
 * GET / · GET /compare · GET /monitor/:year · GET /:slug · GET /:slug/questions/:id ·
 * GET /:slug/data.csv|data.json|dictionary.csv · GET|POST /:slug/answer/:organisation · /admin/…
 */
export const pulseRoutes = new Hono<AppEnv>()
pulseRoutes.route('/admin', adminRoutes)

/** The viewer's organisations (active memberships), as places. */
async function viewerPlaces(c: Context<AppEnv>): Promise<Place[]> {
  const memberships = c.var.actor?.memberships ?? []
  const places = await Promise.all(memberships.map((membership) => findPlace(c.var.db, membership.organisationId)))
  return places.filter((place): place is Place => place !== undefined)
}

async function resultsSurvey(c: Context<AppEnv>): Promise<Survey> {
  const survey = await getSurveyBySlug(c.var.db, c.req.param('slug') ?? '')
  if (!canSeeResults(c.var.actor, survey)) throw new NotFoundError('results')
  return survey
}

async function surveyQuestions(c: Context<AppEnv>, survey: Survey): Promise<Question[]> {
  const version = await findPublishedVersion(c.var.db, survey.questionnaireId)
  return version
    ? version.content.sections.flatMap((section) => section.questions).filter((question) => question.type !== 'consent')
    : []
}

pulseRoutes.get('/', async (c) => {
  const db = c.var.db
  const [open, published, years] = await Promise.all([
    listOpenSurveys(db, c.var.now()),
    listPublishedSurveys(db),
    listMonitorYears(db),
  ])
  return renderPage(
    c,
    <PulseHomePage
      ctx={c.var.pageContext()}
      open={open}
      published={published}
      years={years}
      canEdit={canEditSurveys(c.var.actor)}
    />,
  )
})

pulseRoutes.get('/compare', async (c) => {
  const db = c.var.db
  const params = new URL(c.req.url).searchParams
  const surveys = await listPublishedSurveys(db)
  const survey = surveys.find((item) => item.slug === params.get('survey')) ?? null
  const own = new Set((c.var.actor?.memberships ?? []).map((membership) => membership.organisationId))
  const rows = survey ? await listSubmittedAnswers(db, survey) : []
  // Only cities that consented to be named, and the viewer's own (shown to them alone).
  const visible = rows.filter((row) => row.consentToName || own.has(row.organisationId))
  const questions = survey ? (await surveyQuestions(c, survey)).filter(isNumeric) : []
  const chosenQuestions = params.getAll('question').filter((id) => questions.some((question) => question.id === id))
  const requested = params.getAll('city')
  const chosenCities = requested.filter((slug) => visible.some((row) => row.slug === slug))
  const tooMany = chosenCities.length > MAX_COMPARED
  const picked = tooMany ? [] : chosenCities
  const chosen = questions.filter((question) => chosenQuestions.includes(question.id))
  const table = picked.map((slug) => {
    const row = visible.find((item) => item.slug === slug)!
    return {
      place: row,
      values: chosen.map((question) => {
        const value = row.answers[question.id]
        return typeof value === 'number' ? value : undefined
      }),
    }
  })
  return renderPage(
    c,
    <ComparePage
      ctx={c.var.pageContext()}
      surveys={surveys}
      survey={survey}
      questions={questions}
      cities={visible.sort((a, b) => (a.city ?? a.name).localeCompare(b.city ?? b.name))}
      chosenCities={chosenCities}
      chosenQuestions={chosenQuestions}
      table={table}
      tooMany={tooMany}
    />,
    tooMany ? 422 : 200,
  )
})

pulseRoutes.get('/monitor/:year', async (c) => {
  const year = Number(c.req.param('year'))
  if (!Number.isInteger(year)) throw new NotFoundError('monitor')
  const surveys = await listPublishedSurveys(c.var.db, year)
  if (surveys.length === 0) throw new NotFoundError('monitor')
  const monitor = await findMonitor(c.var.db, year)
  return renderPage(
    c,
    <MonitorPage ctx={c.var.pageContext()} year={year} analysis={monitor?.analysis ?? ''} surveys={surveys} />,
  )
})

pulseRoutes.get('/:slug', async (c) => {
  const db = c.var.db
  const actor = c.var.actor
  const survey = await getSurveyBySlug(db, c.req.param('slug'))
  const now = c.var.now()
  const places = await viewerPlaces(c)
  const answerLinks: AnswerLink[] = []
  for (const place of places) {
    const participation = await findParticipation(db, survey.id, place.organisationId)
    const eligible = canAnswerFor(actor, survey, { id: place.organisationId, ...place }, now)
    if (!eligible && !participation) continue
    const response = participation ? await findResponse(db, participation.responseId) : undefined
    answerLinks.push({
      organisationName: place.name,
      href: localHref(c.var.pageContext(), surveyPath(survey, `/answer/${place.slug}`)),
      status: response?.status ?? 'none',
      answeredBy:
        participation && canSeeRespondent(actor, place.organisationId)
          ? await personName(db, participation.answeredBy)
          : null,
    })
  }
  const filter = parseResultFilter(new URL(c.req.url).searchParams)
  let results = null
  if (canSeeResults(actor, survey)) {
    const rows = await listSubmittedAnswers(db, survey)
    const questions = await surveyQuestions(c, survey)
    const ownIds = places.map((place) => place.organisationId)
    results = questions.map((question) => ({
      question,
      result: questionResult(question, rows, {
        filter,
        ownOrganisationIds: ownIds,
        textAnswersPublic: survey.textAnswersPublic,
      }),
    }))
  }
  return renderPage(
    c,
    <SurveyPage
      ctx={c.var.pageContext()}
      survey={survey}
      answerLinks={answerLinks}
      results={results}
      filter={filter}
      canEdit={canEditSurveys(actor)}
    />,
  )
})

pulseRoutes.get('/:slug/questions/:id', async (c) => {
  const db = c.var.db
  const survey = await resultsSurvey(c)
  const question = (await surveyQuestions(c, survey)).find((item) => item.id === c.req.param('id'))
  if (!question) throw new NotFoundError('question')
  const params = new URL(c.req.url).searchParams
  const filter = parseResultFilter(params)
  const rows = await listSubmittedAnswers(db, survey)
  const places = await viewerPlaces(c)
  const own = new Set(places.map((place) => place.organisationId))
  const result = questionResult(question, rows, {
    filter,
    ownOrganisationIds: [...own],
    textAnswersPublic: survey.textAnswersPublic,
  })
  const cities = rows.filter((row) => row.consentToName || own.has(row.organisationId))
  const chosen = cities.find((row) => row.slug === params.get('city'))
  const comparison = chosen
    ? {
        place: chosen,
        value: typeof chosen.answers[question.id] === 'number' ? (chosen.answers[question.id] as number) : undefined,
        ...cityComparison(question, rows, chosen),
      }
    : null
  return renderPage(
    c,
    <QuestionPage
      ctx={c.var.pageContext()}
      survey={survey}
      question={question}
      result={result}
      filter={filter}
      cities={cities.sort((a, b) => (a.city ?? a.name).localeCompare(b.city ?? b.name))}
      comparison={comparison}
    />,
  )
})

function download(c: Context<AppEnv>, body: string, type: string, filename: string) {
  return c.body(body, 200, {
    'content-type': `${type}; charset=utf-8`,
    'content-disposition': `attachment; filename="${filename}"`,
  })
}

const fileName = (survey: Survey, what: string) => `${survey.isSample ? 'sample-' : ''}${survey.slug}-${what}`

pulseRoutes.get('/:slug/data.csv', async (c) => {
  const survey = await resultsSurvey(c)
  const rows = await listSubmittedAnswers(c.var.db, survey)
  const version = await findPublishedVersion(c.var.db, survey.questionnaireId)
  return download(c, surveyCsv(survey, rows, version), 'text/csv', fileName(survey, 'data.csv'))
})

pulseRoutes.get('/:slug/dictionary.csv', async (c) => {
  const survey = await resultsSurvey(c)
  const rows = await listSubmittedAnswers(c.var.db, survey)
  const version = await findPublishedVersion(c.var.db, survey.questionnaireId)
  return download(c, dictionaryCsv(rows, version), 'text/csv', fileName(survey, 'dictionary.csv'))
})

pulseRoutes.get('/:slug/data.json', async (c) => {
  const survey = await resultsSurvey(c)
  const rows = await listSubmittedAnswers(c.var.db, survey)
  const current = await findPublishedVersion(c.var.db, survey.questionnaireId)
  const url = `${c.var.config.http.baseUrl}/${c.var.locale}${surveyPath(survey)}`
  return c.json(surveyJson(survey, rows, { current, url }))
})

async function answerContext(c: Context<AppEnv>) {
  const db = c.var.db
  const survey = await getSurveyBySlug(db, c.req.param('slug') ?? '')
  const place = (await viewerPlaces(c)).find((item) => item.slug === c.req.param('organisation'))
  if (!place) throw new NotFoundError('organisation')
  const version = await findPublishedVersion(db, survey.questionnaireId)
  if (!version) throw new NotFoundError('questionnaire')
  const participation = await findParticipation(db, survey.id, place.organisationId)
  const response = participation ? await findResponse(db, participation.responseId) : undefined
  const action = localHref(c.var.pageContext(), surveyPath(survey, `/answer/${place.slug}`))
  return { survey, place, version, participation, response, action }
}

function signInFirst(c: Context<AppEnv>) {
  if (c.var.actor) return undefined
  const next = new URL(c.req.url).pathname.replace(/^\/[a-z]{2}/, '')
  return c.redirect(`/${c.var.locale}/sign-in?next=${encodeURIComponent(next)}`, 303)
}

pulseRoutes.get('/:slug/answer/:organisation', async (c) => {
  const refused = signInFirst(c)
  if (refused) return refused
  const { survey, place, version, participation, response, action } = await answerContext(c)
  const done = c.req.query('done')
  return renderPage(
    c,
    <AnswerPage
      ctx={c.var.pageContext()}
      survey={survey}
      organisationName={place.name}
      action={action}
      version={version}
      values={
        response ? answersToFormValues(version.content, response.answers, response.confirmed, c.var.locale) : undefined
      }
      revision={response?.revision}
      consent={participation?.consentToName ?? false}
      reopenNote={participation?.reopenedAt && response?.status === 'draft' ? participation.reopenNote : null}
      status={response?.status ?? 'none'}
      notice={
        done === 'saved'
          ? c.var.t('pulse.answer.saved')
          : done === 'submitted'
            ? c.var.t('pulse.answer.thanks')
            : undefined
      }
    />,
  )
})

pulseRoutes.post('/:slug/answer/:organisation', async (c) => {
  const refused = signInFirst(c)
  if (refused) return refused
  const { survey, place, version, participation, response, action } = await answerContext(c)
  const body = await c.req.parseBody({ all: true })
  const submit = body.intent !== 'draft'
  const consentValues = ([] as unknown[]).concat(body['pulse-consent'] ?? [])
  const consentToName = consentValues.includes('yes')
  const parsed = await parseAnswers(version, body, {
    t: c.var.t,
    locale: c.var.locale,
    mode: submit ? 'submit' : 'draft',
    previous: response?.answers,
  })
  const revision = Number(body.revision)
  const render = (
    status: 403 | 409 | 422,
    extra: { errors?: typeof parsed.errors; warnings?: typeof parsed.warnings },
  ) =>
    renderPage(
      c,
      <AnswerPage
        ctx={c.var.pageContext()}
        survey={survey}
        organisationName={place.name}
        action={action}
        version={version}
        values={parsed.values}
        revision={response?.revision}
        consent={consentToName}
        status={response?.status ?? 'none'}
        errors={extra.errors}
        warnings={extra.warnings}
      />,
      status,
    )
  if (!submit && parsed.errors.length > 0) return render(422, { errors: parsed.errors })
  const result = await answerSurvey(c.var.db, c.var.config, c.var.actor, {
    survey,
    organisation: place,
    parsed,
    consentToName,
    revision: participation && Number.isInteger(revision) ? revision : undefined,
    submit,
    t: c.var.t,
    now: c.var.now(),
  })
  if (!result.ok) {
    if (result.reason === 'invalid') return render(422, { errors: result.errors, warnings: result.warnings })
    const message = c.var.t(`pulse.answer.refusal.${result.reason}`)
    return render(result.reason === 'closed' ? 403 : 409, { errors: [{ field: '', message }] })
  }
  return c.redirect(`${action}?done=${result.submitted ? 'submitted' : 'saved'}`, 303)
})

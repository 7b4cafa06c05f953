import { formatDateTime } from '../../../platform/i18n/format.js'
import { Markdown } from '../../../platform/markdown/markdown.js'
import { FilterActions } from '../../../platform/ui/filter-actions.js'
import { localHref, type PageContext } from '../../../platform/ui/page-context.js'
import { Select } from '../../../platform/ui/select.js'
import { SummaryList } from '../../../platform/ui/summary-list.js'
import { COUNTRY_CODES, countryName, ORGANISATION_KINDS, POPULATION_BANDS } from '../../accounts/index.js'
import type { Question } from '../../questionnaires/index.js'
import { isOpen } from '../policy.js'
import type { Survey } from '../queries.js'
import type { QuestionResult, ResultFilter } from '../results.js'
import { PulseFrame } from './pulse-frame.js'
import { QuestionResultView } from './question-result.js'

export interface AnswerLink {
  organisationName: string
  href: string
  status: 'none' | 'draft' | 'submitted'
  answeredBy?: string | null
}

export const surveyPath = (survey: Pick<Survey, 'slug'>, rest = '') => `/pulse/${survey.slug}${rest}`

export function filterQuery(filter: ResultFilter): string {
  const params = new URLSearchParams()
  if (filter.country) params.set('country', filter.country)
  if (filter.kind) params.set('kind', filter.kind)
  if (filter.band) params.set('band', filter.band)
  const query = params.toString()
  return query ? `?${query}` : ''
}

export function ResultFilterForm({ ctx, action, filter }: { ctx: PageContext; action: string; filter: ResultFilter }) {
  const { t, locale } = ctx
  return (
    <form method="get" action={action} class="app-pulse-filter">
      <h2 class="app-heading-s">{t('pulse.filter.heading')}</h2>
      <Select
        t={t}
        name="country"
        label={t('pulse.filter.country')}
        value={filter.country ?? ''}
        options={[
          { value: '', text: t('pulse.filter.any') },
          ...COUNTRY_CODES.map((code) => ({ value: code, text: countryName(code, locale) })).sort((a, b) =>
            a.text.localeCompare(b.text, locale),
          ),
        ]}
      />
      <Select
        t={t}
        name="kind"
        label={t('pulse.filter.kind')}
        value={filter.kind ?? ''}
        options={[
          { value: '', text: t('pulse.filter.any') },
          ...ORGANISATION_KINDS.map((kind) => ({ value: kind, text: t(`pulse.kind.${kind}`) })),
        ]}
      />
      <Select
        t={t}
        name="band"
        label={t('pulse.filter.band')}
        value={filter.band ?? ''}
        options={[
          { value: '', text: t('pulse.filter.any') },
          ...POPULATION_BANDS.map((band) => ({ value: band, text: t(`pulse.band.${band}`) })),
        ]}
      />
      <FilterActions
        apply={t('pulse.filter.apply')}
        clear={t('pulse.filter.clear')}
        listPath={action}
        filtered={Boolean(filter.country || filter.kind || filter.band)}
      />
    </form>
  )
}

export function SurveyPage(props: {
  ctx: PageContext
  survey: Survey
  answerLinks: AnswerLink[]
  results: { question: Question; result: QuestionResult }[] | null
  filter: ResultFilter
  canEdit: boolean
}) {
  const { ctx, survey } = props
  const { t, locale } = ctx
  const open = isOpen(survey, ctx.now)
  const status = survey.publishedAt ? 'published' : open ? 'open' : ctx.now < survey.opensAt ? 'upcoming' : 'closed'
  const base = localHref(ctx, surveyPath(survey))
  return (
    <PulseFrame ctx={ctx} title={survey.title} sample={survey.isSample}>
      {survey.description ? <div class="app-prose">{Markdown(survey.description)}</div> : null}
      <SummaryList
        rows={[
          { key: t('pulse.survey.year'), value: String(survey.year) },
          { key: t('pulse.survey.status'), value: t(`pulse.status.${status}`) },
          { key: t('pulse.survey.opens'), value: formatDateTime(locale, survey.opensAt, survey.timeZone) },
          { key: t('pulse.survey.closes'), value: formatDateTime(locale, survey.closesAt, survey.timeZone) },
          { key: t('pulse.survey.licence'), value: survey.licence },
        ]}
      />
      {props.canEdit ? (
        <p class="app-body">
          <a class="app-link" href={localHref(ctx, `/pulse/admin/${survey.slug}`)}>
            {t('pulse.survey.dashboardLink')}
          </a>
        </p>
      ) : null}
      {props.answerLinks.length > 0 ? (
        <>
          <h2 class="app-heading-l">{t('pulse.survey.answerHeading')}</h2>
          <ul class="app-list">
            {props.answerLinks.map((link) => (
              <li>
                <a class="app-link" href={link.href}>
                  {t('pulse.survey.answerFor', { organisation: link.organisationName })}
                </a>{' '}
                ({t(`pulse.answer.status.${link.status}`)}
                {link.answeredBy ? ` · ${t('pulse.answer.answeredBy', { name: link.answeredBy })}` : ''})
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {props.results ? (
        <>
          <h2 class="app-heading-l">{t('pulse.results.heading')}</h2>
          {survey.publishedAt ? null : <p class="app-body">{t('pulse.results.preview')}</p>}
          <ul class="app-list">
            <li>
              <a class="app-link" href={`${localHref(ctx, '/pulse/compare')}?survey=${survey.slug}`}>
                {t('pulse.compare.link')}
              </a>
            </li>
            <li>
              <a class="app-link" href={`${base}/data.csv`}>
                {t('pulse.download.csv')}
              </a>
            </li>
            <li>
              <a class="app-link" href={`${base}/data.json`}>
                {t('pulse.download.json')}
              </a>
            </li>
            <li>
              <a class="app-link" href={`${base}/dictionary.csv`}>
                {t('pulse.download.dictionary')}
              </a>
            </li>
          </ul>
          <ResultFilterForm ctx={ctx} action={base} filter={props.filter} />
          {props.results.map(({ question, result }, index) => (
            <QuestionResultView
              ctx={ctx}
              question={question}
              result={result}
              id={`q${index}`}
              headingHref={`${base}/questions/${question.id}${filterQuery(props.filter)}`}
            />
          ))}
        </>
      ) : null}
    </PulseFrame>
  )
}

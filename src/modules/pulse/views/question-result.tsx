import { formatNumber } from '../../../platform/i18n/format.js'
import type { PageContext } from '../../../platform/ui/page-context.js'
import { Table } from '../../../platform/ui/table.js'
import { countryName } from '../../accounts/index.js'
import type { Question } from '../../questionnaires/index.js'
import { type ChoiceResult, cityLabel, type NumericResult, type QuestionResult, type TextResult } from '../results.js'
import { MIN_GROUP } from '../stats.js'
import { BarChart, StackedBar } from './charts.js'
import { ChoroplethView, CountryTable } from './choropleth.js'

export function unitOf(question: Question): string {
  return question.type === 'number' ? question.unit : question.type === 'percentage' ? '%' : ''
}

export const formatValue = (ctx: PageContext, value: number) =>
  formatNumber(ctx.locale, value, { maximumFractionDigits: 1 })

/** One question's results: wording, unit, respondents, a chart and the table of the same data. */
export function QuestionResultView(props: {
  ctx: PageContext
  question: Question
  result: QuestionResult
  id: string
  headingHref?: string
  /** Europe coloured by value (question pages only: one map per question would weigh the survey page). */
  map?: boolean
}) {
  const { ctx, question, result } = props
  const { t } = ctx
  const unit = unitOf(question)
  return (
    <section class="app-pulse-question" aria-labelledby={`${props.id}-heading`}>
      <h2 class="app-heading-m" id={`${props.id}-heading`}>
        {props.headingHref ? (
          <a class="app-link" href={props.headingHref}>
            {question.label}
          </a>
        ) : (
          question.label
        )}
      </h2>
      <p class="app-body-s app-pulse-meta">
        {unit ? `${t('pulse.results.unit', { unit })} · ` : ''}
        {t('pulse.results.respondents', { count: result.n })}
      </p>
      {result.kind === 'numeric' ? (
        <NumericView ctx={ctx} id={props.id} question={question} result={result} unit={unit} map={props.map} />
      ) : result.kind === 'choice' ? (
        <ChoiceView ctx={ctx} id={props.id} question={question} result={result} />
      ) : (
        <TextView ctx={ctx} result={result} />
      )}
    </section>
  )
}

function NumericView(props: {
  ctx: PageContext
  id: string
  question: Question
  result: NumericResult
  unit: string
  map?: boolean
}) {
  const { ctx, result } = props
  const { t } = ctx
  const format = (value: number) => formatValue(ctx, value)
  const own = result.own
  const bars = result.named.map((item) => ({
    label: cityLabel(item.place),
    value: item.value,
    highlight: own?.place.organisationId === item.place.organisationId,
  }))
  return (
    <>
      {own ? <OwnPositionView ctx={ctx} own={own} /> : null}
      {result.summary ? (
        <p class="app-body">
          {t('pulse.results.summary', {
            median: format(result.summary.median),
            q1: format(result.summary.q1),
            q3: format(result.summary.q3),
            mean: format(result.summary.mean),
          })}
        </p>
      ) : (
        <p class="app-body">{t('pulse.results.suppressed', { min: MIN_GROUP })}</p>
      )}
      {bars.length > 0 ? (
        <>
          <BarChart
            id={`${props.id}-chart`}
            title={t('pulse.results.chartTitle', { question: props.question.label })}
            bars={bars}
            format={format}
            reference={
              result.summary
                ? {
                    value: result.summary.median,
                    label: t('pulse.results.medianLine', { value: format(result.summary.median) }),
                  }
                : undefined
            }
          />
          <Table
            caption={t('pulse.results.tableCaption', { question: props.question.label })}
            captionSize="s"
            firstCellIsHeader
            scrollableId={`${props.id}-table`}
            head={[
              t('pulse.results.city'),
              t('pulse.results.country'),
              { text: t('pulse.results.value'), numeric: true },
            ]}
            rows={result.named.map((item) => [
              own?.place.organisationId === item.place.organisationId
                ? t('pulse.results.ownCity', { city: cityLabel(item.place) })
                : cityLabel(item.place),
              countryName(item.place.country, ctx.locale),
              { text: `${format(item.value)}${props.unit ? ` ${props.unit}` : ''}`, numeric: true },
            ])}
          />
        </>
      ) : null}
      {result.n > result.named.length ? (
        <p class="app-body-s">{t('pulse.results.anonymous', { count: result.n - result.named.length })}</p>
      ) : null}
      {result.countries.length > 0 ? (
        <>
          {props.map ? (
            <ChoroplethView ctx={ctx} id={props.id} label={props.question.label} result={result} unit={props.unit} />
          ) : null}
          <CountryTable ctx={ctx} id={props.id} result={result} unit={props.unit} />
        </>
      ) : null}
    </>
  )
}

function OwnPositionView({ ctx, own }: { ctx: PageContext; own: NonNullable<NumericResult['own']> }) {
  const { t } = ctx
  const format = (value: number) => formatValue(ctx, value)
  const line = (position: NonNullable<typeof own.overall>) =>
    t('pulse.results.position', {
      rank: position.rank,
      of: position.of,
      median: format(position.median),
      q1: format(position.q1),
      q3: format(position.q3),
    })
  return (
    <div class="app-inset-text app-pulse-own">
      <p class="app-body">
        <strong>{t('pulse.results.ownValue', { city: cityLabel(own.place), value: format(own.value) })}</strong>
      </p>
      <p class="app-body">{own.overall ? line(own.overall) : t('pulse.results.suppressed', { min: MIN_GROUP })}</p>
      {own.band ? (
        <p class="app-body">
          {t('pulse.results.bandPosition', { band: t(`pulse.band.${own.place.populationBand}`) })} {line(own.band)}
        </p>
      ) : null}
    </div>
  )
}

function ChoiceView(props: { ctx: PageContext; id: string; question: Question; result: ChoiceResult }) {
  const { ctx, result } = props
  const { t } = ctx
  if (!result.options) return <p class="app-body">{t('pulse.results.suppressed', { min: MIN_GROUP })}</p>
  const label = (option: { value: string; label: string }) =>
    props.question.type === 'yes-no' ? t(`pulse.results.${option.value}`) : option.label
  const parts = result.options.map((option) => ({ label: label(option), count: option.count }))
  return (
    <>
      {props.question.type === 'multiple-choice' ? null : (
        <StackedBar
          id={`${props.id}-chart`}
          title={t('pulse.results.chartTitle', { question: props.question.label })}
          parts={parts}
        />
      )}
      <Table
        caption={t('pulse.results.tableCaption', { question: props.question.label })}
        captionSize="s"
        firstCellIsHeader
        head={[
          t('pulse.results.answer'),
          { text: t('pulse.results.respondentsColumn'), numeric: true },
          { text: t('pulse.results.share'), numeric: true },
        ]}
        rows={result.options.map((option, index) => [
          {
            text: (
              <>
                <span class={`app-pulse-swatch app-chart__part--${index % 6}`} aria-hidden="true" />
                {label(option)}
              </>
            ),
          },
          { text: String(option.count), numeric: true },
          { text: `${Math.round((option.count / Math.max(1, result.n)) * 100)}%`, numeric: true },
        ])}
      />
    </>
  )
}

function TextView({ ctx, result }: { ctx: PageContext; result: TextResult }) {
  const { t } = ctx
  if (!result.texts) return <p class="app-body">{t('pulse.results.textsPrivate')}</p>
  return (
    <ul class="app-list app-pulse-texts">
      {result.texts.map((text) => (
        <li>
          <blockquote class="app-body">{text}</blockquote>
        </li>
      ))}
    </ul>
  )
}

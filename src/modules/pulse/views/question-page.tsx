import { localHref, type PageContext } from '../../../platform/ui/page-context.js'
import { Select } from '../../../platform/ui/select.js'
import { Table } from '../../../platform/ui/table.js'
import type { Question } from '../../questionnaires/index.js'
import type { Place, Survey } from '../queries.js'
import { cityLabel, type QuestionResult, type ResultFilter } from '../results.js'
import type { Summary } from '../stats.js'
import { MIN_GROUP } from '../stats.js'
import { PulseFrame } from './pulse-frame.js'
import { formatValue, QuestionResultView } from './question-result.js'
import { ResultFilterForm, surveyPath } from './survey-page.js'

export interface CityComparison {
  place: Place
  value: number | undefined
  band: Summary | null
  country: Summary | null
}

/** One question's results, with filters and "compare a city with its size band and its country". */
export function QuestionPage(props: {
  ctx: PageContext
  survey: Survey
  question: Question
  result: QuestionResult
  filter: ResultFilter
  cities: Place[]
  comparison: CityComparison | null
}) {
  const { ctx, survey, question } = props
  const { t } = ctx
  const action = localHref(ctx, surveyPath(survey, `/questions/${question.id}`))
  const format = (value: number | undefined) => (value === undefined ? '–' : formatValue(ctx, value))
  const comparison = props.comparison
  return (
    <PulseFrame
      ctx={ctx}
      title={question.label}
      trail={[{ label: survey.title, path: surveyPath(survey) }]}
      sample={survey.isSample}
    >
      {question.help ? <p class="app-body">{question.help}</p> : null}
      <ResultFilterForm ctx={ctx} action={action} filter={props.filter} />
      <QuestionResultView ctx={ctx} question={question} result={props.result} id="result" map />
      {props.result.kind === 'numeric' && props.cities.length > 0 ? (
        <>
          <h2 class="app-heading-m">{t('pulse.compareCity.heading')}</h2>
          <form method="get" action={action}>
            <Select
              t={t}
              name="city"
              label={t('pulse.compareCity.label')}
              value={comparison?.place.slug ?? ''}
              options={[
                { value: '', text: t('pulse.compareCity.choose') },
                ...props.cities.map((place) => ({ value: place.slug, text: cityLabel(place) })),
              ]}
            />
            <button type="submit" class="app-button app-button--secondary">
              {t('pulse.compareCity.submit')}
            </button>
          </form>
          {comparison ? (
            <Table
              caption={t('pulse.compareCity.caption', { city: cityLabel(comparison.place) })}
              captionSize="s"
              firstCellIsHeader
              head={[t('pulse.compareCity.group'), { text: t('pulse.results.value'), numeric: true }]}
              rows={[
                [cityLabel(comparison.place), { text: format(comparison.value), numeric: true }],
                [
                  comparison.place.populationBand
                    ? t('pulse.compareCity.band', { band: t(`pulse.band.${comparison.place.populationBand}`) })
                    : t('pulse.compareCity.noBand'),
                  {
                    text: comparison.band
                      ? format(comparison.band.mean)
                      : t('pulse.results.tooFew', { min: MIN_GROUP }),
                    numeric: true,
                  },
                ],
                [
                  t('pulse.compareCity.country'),
                  {
                    text: comparison.country
                      ? format(comparison.country.mean)
                      : t('pulse.results.tooFew', { min: MIN_GROUP }),
                    numeric: true,
                  },
                ],
              ]}
            />
          ) : null}
        </>
      ) : null}
    </PulseFrame>
  )
}

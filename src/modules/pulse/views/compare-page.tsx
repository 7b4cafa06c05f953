import { Checkboxes } from '../../../platform/ui/checkboxes.js'
import { localHref, type PageContext } from '../../../platform/ui/page-context.js'
import { Select } from '../../../platform/ui/select.js'
import { Table } from '../../../platform/ui/table.js'
import { countryName } from '../../accounts/index.js'
import type { Question } from '../../questionnaires/index.js'
import type { Place, Survey } from '../queries.js'
import { cityLabel } from '../results.js'
import { PulseFrame } from './pulse-frame.js'
import { formatValue, unitOf } from './question-result.js'

export const MAX_COMPARED = 10

/** Up to ten cities and several questions side by side; the address holds the choice, to share it. */
export function ComparePage(props: {
  ctx: PageContext
  surveys: Survey[]
  survey: Survey | null
  questions: Question[]
  cities: Place[]
  chosenCities: string[]
  chosenQuestions: string[]
  table: { place: Place; values: (number | undefined)[] }[]
  tooMany: boolean
}) {
  const { ctx, survey } = props
  const { t, locale } = ctx
  const chosen = props.questions.filter((question) => props.chosenQuestions.includes(question.id))
  return (
    <PulseFrame
      ctx={ctx}
      title={t('pulse.compare.title')}
      sample={survey?.isSample ?? false}
      lead={<p class="app-body-l">{t('pulse.compare.lead', { max: MAX_COMPARED })}</p>}
    >
      <form method="get" action={localHref(ctx, '/pulse/compare')}>
        <Select
          t={t}
          name="survey"
          label={t('pulse.compare.survey')}
          value={survey?.slug ?? ''}
          options={[
            { value: '', text: t('pulse.compare.chooseSurvey') },
            ...props.surveys.map((item) => ({ value: item.slug, text: item.title })),
          ]}
        />
        {survey ? (
          <>
            <Checkboxes
              t={t}
              name="question"
              legend={t('pulse.compare.questions')}
              items={props.questions.map((question) => ({ value: question.id, text: question.label }))}
              values={props.chosenQuestions}
            />
            <Checkboxes
              t={t}
              name="city"
              legend={t('pulse.compare.cities', { max: MAX_COMPARED })}
              hint={t('pulse.compare.citiesHint')}
              error={props.tooMany ? t('pulse.compare.tooMany', { max: MAX_COMPARED }) : undefined}
              items={props.cities.map((place) => ({
                value: place.slug,
                text: `${cityLabel(place)} (${countryName(place.country, locale)})`,
              }))}
              values={props.chosenCities}
            />
          </>
        ) : null}
        <button type="submit" class="app-button">
          {t('pulse.compare.submit')}
        </button>
      </form>
      {survey && props.table.length > 0 && chosen.length > 0 ? (
        <Table
          caption={t('pulse.compare.caption', { survey: survey.title })}
          captionSize="m"
          firstCellIsHeader
          scrollableId="compare"
          head={[
            t('pulse.results.city'),
            ...chosen.map((question) => {
              const unit = unitOf(question)
              return { text: unit ? `${question.label} (${unit})` : question.label, numeric: true }
            }),
          ]}
          rows={props.table.map((row) => [
            `${cityLabel(row.place)} (${countryName(row.place.country, locale)})`,
            ...row.values.map((value) => ({
              text: value === undefined ? '–' : formatValue(ctx, value),
              numeric: true,
            })),
          ])}
        />
      ) : null}
    </PulseFrame>
  )
}

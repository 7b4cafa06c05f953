import { formatDateTime } from '../../../platform/i18n/format.js'
import { localHref, type PageContext } from '../../../platform/ui/page-context.js'
import type { Survey } from '../queries.js'
import { PulseFrame } from './pulse-frame.js'
import { surveyPath } from './survey-page.js'

function SurveyList({ ctx, surveys, closing }: { ctx: PageContext; surveys: Survey[]; closing?: boolean }) {
  const { t, locale } = ctx
  return (
    <ul class="app-list">
      {surveys.map((survey) => (
        <li>
          <a class="app-link" href={localHref(ctx, surveyPath(survey))}>
            {survey.title}
          </a>
          {survey.isSample ? ` (${t('pulse.sample.tag')})` : ''}
          {closing
            ? ` · ${t('pulse.home.closes', { date: formatDateTime(locale, survey.closesAt, survey.timeZone) })}`
            : ''}
        </li>
      ))}
    </ul>
  )
}

/** Pulse: surveys taking answers, published results, the Monitors, and "compare cities". */
export function PulseHomePage(props: {
  ctx: PageContext
  open: Survey[]
  published: Survey[]
  years: number[]
  canEdit: boolean
}) {
  const { ctx } = props
  const { t } = ctx
  return (
    <PulseFrame ctx={ctx} title={t('pulse.home.title')} lead={<p class="app-body-l">{t('pulse.home.lead')}</p>}>
      {props.canEdit ? (
        <p class="app-body">
          <a class="app-link" href={localHref(ctx, '/pulse/admin')}>
            {t('pulse.admin.title')}
          </a>
        </p>
      ) : null}
      <h2 class="app-heading-l">{t('pulse.home.published')}</h2>
      {props.published.length > 0 ? (
        <SurveyList ctx={ctx} surveys={props.published} />
      ) : (
        <p class="app-body">{t('pulse.home.noPublished')}</p>
      )}
      <h2 class="app-heading-l">{t('pulse.home.open')}</h2>
      {props.open.length > 0 ? (
        <SurveyList ctx={ctx} surveys={props.open} closing />
      ) : (
        <p class="app-body">{t('pulse.home.noOpen')}</p>
      )}
      <p class="app-body">
        <a class="app-link" href={localHref(ctx, '/pulse/compare')}>
          {t('pulse.compare.title')}
        </a>
      </p>
      {props.years.length > 0 ? (
        <>
          <h2 class="app-heading-l">{t('pulse.monitor.heading')}</h2>
          <ul class="app-list">
            {props.years.map((year) => (
              <li>
                <a class="app-link" href={localHref(ctx, `/pulse/monitor/${year}`)}>
                  {t('pulse.monitor.title', { year })}
                </a>
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </PulseFrame>
  )
}

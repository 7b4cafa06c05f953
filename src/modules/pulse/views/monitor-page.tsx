import { Markdown } from '../../../platform/markdown/markdown.js'
import { localHref, type PageContext } from '../../../platform/ui/page-context.js'
import type { Survey } from '../queries.js'
import { PulseFrame } from './pulse-frame.js'
import { surveyPath } from './survey-page.js'

/** The year's Monitor: the editors' analysis and the year's published surveys. */
export function MonitorPage(props: { ctx: PageContext; year: number; analysis: string; surveys: Survey[] }) {
  const { ctx } = props
  const { t } = ctx
  return (
    <PulseFrame
      ctx={ctx}
      title={t('pulse.monitor.title', { year: props.year })}
      sample={props.surveys.some((s) => s.isSample)}
    >
      {props.analysis ? <div class="app-prose">{Markdown(props.analysis)}</div> : null}
      <h2 class="app-heading-l">{t('pulse.monitor.surveys')}</h2>
      <ul class="app-list">
        {props.surveys.map((survey) => (
          <li>
            <a class="app-link" href={localHref(ctx, surveyPath(survey))}>
              {survey.title}
            </a>
            {survey.isSample ? ` (${t('pulse.sample.tag')})` : ''}
          </li>
        ))}
      </ul>
    </PulseFrame>
  )
}

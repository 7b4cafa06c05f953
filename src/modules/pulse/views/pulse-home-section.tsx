import type { HomeSection } from '../../../platform/module.js'
import { localHref } from '../../../platform/ui/page-context.js'
import { Section } from '../../../platform/ui/section.js'
import { listOpenSurveys, listPublishedSurveys } from '../queries.js'
import { surveyPath } from './survey-page.js'

/** The surveys open now and the latest results; left out while there are none. */
export const pulseHomeSection: HomeSection = {
  order: 40,
  async render(ctx, db) {
    const [open, published] = await Promise.all([listOpenSurveys(db, ctx.now), listPublishedSurveys(db)])
    const surveys = [...open, ...published].slice(0, 4)
    if (surveys.length === 0) return null
    return (
      <Section
        id="home-pulse"
        title={ctx.t('pulse.home.heading')}
        seeAll={{ href: localHref(ctx, '/pulse'), text: ctx.t('pulse.home.all') }}
      >
        <ul class="app-list">
          {surveys.map((survey) => (
            <li>
              <a class="app-link" href={localHref(ctx, surveyPath(survey))}>
                {survey.title}
              </a>
              {survey.isSample ? ` (${ctx.t('pulse.sample.tag')})` : ''}
            </li>
          ))}
        </ul>
      </Section>
    )
  },
}

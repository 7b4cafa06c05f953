import type { Db } from '../../../db/client.js'
import { CardGrid } from '../../../platform/ui/card.js'
import { localHref, type PageContext } from '../../../platform/ui/page-context.js'
import { Section } from '../../../platform/ui/section.js'
import { parsePracticeFilter } from '../filter.js'
import type { PracticeCardData } from '../queries.js'
import { PracticeCard } from '../views/practice-card.js'
import { filterQuery } from './list-links.js'
import { listPracticesFromSameCity, listSimilarPractices } from './related-queries.js'

export interface RelatedPractices {
  similar: PracticeCardData[]
  sameCity: PracticeCardData[]
}

export async function findRelatedPractices(
  db: Db,
  practice: { id: string; city: string; country: string },
  locale: string,
): Promise<RelatedPractices> {
  const [similar, sameCity] = await Promise.all([
    listSimilarPractices(db, practice.id, locale),
    listPracticesFromSameCity(db, practice, locale),
  ])
  return { similar, sameCity }
}

/** "Similar practices" and "More practices from <city>", each shown only when it has some. */
export function RelatedPracticesSections({
  ctx,
  related,
  practice: { city, country },
}: {
  ctx: PageContext
  related: RelatedPractices
  practice: { city: string; country: string }
}) {
  const { t } = ctx
  const cityList = `${localHref(ctx, '/practices')}${filterQuery(parsePracticeFilter(new URLSearchParams()), { countries: [country], q: city })}`
  return (
    <>
      {related.similar.length > 0 ? (
        <Section id="practice-similar" title={t('practices.similar.heading')}>
          <CardGrid>
            {related.similar.map((practice) => (
              <PracticeCard ctx={ctx} practice={practice} />
            ))}
          </CardGrid>
        </Section>
      ) : null}
      {related.sameCity.length > 0 ? (
        <Section
          id="practice-same-city"
          title={t('practices.sameCity.heading', { city })}
          seeAll={{ href: cityList, text: t('practices.sameCity.all', { city }) }}
        >
          <CardGrid>
            {related.sameCity.map((practice) => (
              <PracticeCard ctx={ctx} practice={practice} />
            ))}
          </CardGrid>
        </Section>
      ) : null}
    </>
  )
}

import type { Db } from '../../db/client.js'
import type { FormError } from '../../platform/forms/parse-form.js'
import type { Translate } from '../../platform/i18n/catalogue.js'
import { findActivityIdsBySlugs, listActivityCardsByIds } from '../activities/index.js'
import { findPublishedPracticeIdsBySlugs, listPracticeCardsByIds } from '../practices/index.js'

/**
 * Related practices and activities are typed as their addresses (or slugs), one a line: a pasted
 * "https://…/en/practices/pocket-parks" and "pocket-parks" both name the same practice.
 */
export function slugsIn(text: string, segment: 'practices' | 'activities'): string[] {
  const slugs = text
    .split(/[\n,]+/)
    .map((line) =>
      line
        .trim()
        .replace(/[?#].*$/, '')
        .replace(/\/+$/, ''),
    )
    .filter(Boolean)
    .map((line) => {
      const match = line.match(new RegExp(`/${segment}/([a-z0-9-]+)$`)) ?? line.match(/^([a-z0-9-]+)$/)
      return match?.[1] ?? line
    })
  return [...new Set(slugs)].slice(0, 20)
}

export async function resolveRelated(
  db: Db,
  t: Translate,
  text: { practices: string; activities: string },
): Promise<{ ok: true; practiceIds: string[]; activityIds: string[] } | { ok: false; errors: FormError[] }> {
  const practiceSlugs = slugsIn(text.practices, 'practices')
  const activitySlugs = slugsIn(text.activities, 'activities')
  const [practices, activities] = await Promise.all([
    findPublishedPracticeIdsBySlugs(db, practiceSlugs),
    findActivityIdsBySlugs(db, activitySlugs),
  ])
  const errors: FormError[] = []
  const unknownPractices = practiceSlugs.filter((slug) => !practices.some((row) => row.slug === slug))
  const unknownActivities = activitySlugs.filter((slug) => !activities.some((row) => row.slug === slug))
  if (unknownPractices.length > 0)
    errors.push({
      field: 'relatedPractices',
      message: t('library.form.relatedPractices.unknown', { slugs: unknownPractices.join(', ') }),
    })
  if (unknownActivities.length > 0)
    errors.push({
      field: 'relatedActivities',
      message: t('library.form.relatedActivities.unknown', { slugs: unknownActivities.join(', ') }),
    })
  if (errors.length > 0) return { ok: false, errors }
  const idOf = (rows: { id: string; slug: string }[], slug: string) => rows.find((row) => row.slug === slug)!.id
  return {
    ok: true,
    practiceIds: practiceSlugs.map((slug) => idOf(practices, slug)),
    activityIds: activitySlugs.map((slug) => idOf(activities, slug)),
  }
}

/** The related slugs of an item, one a line, for its edit form. */
export async function relatedText(db: Db, item: { practiceIds: string[]; activityIds: string[] }, locale: string) {
  const [practices, activities] = await Promise.all([
    listPracticeCardsByIds(db, item.practiceIds, locale),
    listActivityCardsByIds(db, item.activityIds),
  ])
  return {
    relatedPractices: practices.map((practice) => practice.slug).join('\n'),
    relatedActivities: activities.map((activity) => activity.slug).join('\n'),
  }
}

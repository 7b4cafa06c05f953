import { type SQL, sql } from 'drizzle-orm'
import type { Db } from '../../../db/client.js'
import type { IndexedPractice } from './index-data.js'

type PracticeRow = {
  id: string
  slug: string
  language: string
  title: string
  summary: string
  city: string
  country: string
  themes: string[]
  transformations: string[]
  status: 'ongoing' | 'finished' | null
  start_year: number | null
  population_band: string | null
  selected: boolean
  published_us: string | null
  organisation_kind: string | null
  search: string
  title_key: string
  config: string
}

type TranslationRow = {
  practice_id: string
  language: string
  title: string
  summary: string
  search: string
  title_key: string
  config: string
}

/** Rows per round trip when loading everything: big enough to be quick, small enough for memory. */
const CHUNK = 5000

async function readPractices(db: Db, where: SQL, limit: number | null): Promise<IndexedPractice[]> {
  const { rows } = await db.execute<PracticeRow>(sql`
    select p.id, p.slug, p.language, p.title, p.summary, p.city, p.country, p.themes, p.transformations,
      p.status, p.start_year, p.population_band, p.selected_in_call_id is not null as selected,
      (extract(epoch from p.published_at) * 1000000)::bigint::text as published_us,
      o.kind as organisation_kind, coalesce(p.search::text, '') as search,
      lower(stoa_unaccent(p.title)) as title_key, stoa_search_config(p.language)::text as config
    from practices p left join organisations o on o.id = p.organisation_id
    where p.publication_status = 'published' and ${where}
    order by p.id ${limit === null ? sql`` : sql`limit ${limit}`}`)
  if (rows.length === 0) return []
  const ids = rows.map((row) => row.id)
  const { rows: translations } = await db.execute<TranslationRow>(sql`
    select t.practice_id, t.language, t.title, t.summary, coalesce(t.search::text, '') as search,
      lower(stoa_unaccent(t.title)) as title_key, stoa_search_config(t.language)::text as config
    from practice_translations t
    where ${
      limit === null
        ? sql`t.practice_id in (${sql.join(
            ids.map((id) => sql`${id}::uuid`),
            sql`, `,
          )})`
        : sql`t.practice_id >= ${ids[0]}::uuid and t.practice_id <= ${ids[ids.length - 1]}::uuid`
    }
    order by t.practice_id, t.language`)
  const byPractice = new Map<string, TranslationRow[]>()
  for (const translation of translations) {
    const list = byPractice.get(translation.practice_id)
    if (list) list.push(translation)
    else byPractice.set(translation.practice_id, [translation])
  }
  return rows.map((row) => {
    const own = byPractice.get(row.id) ?? []
    const publishedUs = row.published_us === null ? Number.NaN : Number(row.published_us)
    return {
      id: row.id,
      slug: row.slug,
      publishedUs,
      titleKey: row.title_key,
      config: row.config,
      card: {
        slug: row.slug,
        title: row.title,
        summary: row.summary,
        language: row.language,
        city: row.city,
        country: row.country,
        themes: row.themes,
        transformations: row.transformations,
        status: row.status,
        startYear: row.start_year,
        publishedAt: Number.isNaN(publishedUs) ? null : new Date(Math.floor(publishedUs / 1000)),
      },
      translations: own.map((translation) => ({
        language: translation.language,
        title: translation.title,
        summary: translation.summary,
        titleKey: translation.title_key,
        config: translation.config,
      })),
      organisationKind: row.organisation_kind,
      populationBand: row.population_band,
      selected: row.selected,
      vectors: [
        { config: row.config, tsvector: row.search },
        ...own.map((translation) => ({ config: translation.config, tsvector: translation.search })),
      ],
    }
  })
}

/** Every published practice, a chunk at a time in id order. */
export async function* loadAllPractices(db: Db): AsyncGenerator<IndexedPractice[]> {
  let after: string | null = null
  for (;;) {
    const chunk = await readPractices(db, after === null ? sql`true` : sql`p.id > ${after}::uuid`, CHUNK)
    if (chunk.length === 0) return
    yield chunk
    after = chunk[chunk.length - 1]!.id
    if (chunk.length < CHUNK) return
  }
}

/** These practices as they stand now: the published ones; the others are simply absent. */
export async function loadPractices(db: Db, ids: string[]): Promise<IndexedPractice[]> {
  if (ids.length === 0) return []
  const found: IndexedPractice[] = []
  for (let start = 0; start < ids.length; start += CHUNK) {
    const list = ids.slice(start, start + CHUNK)
    const practices = await readPractices(
      db,
      sql`p.id in (${sql.join(
        list.map((id) => sql`${id}::uuid`),
        sql`, `,
      )})`,
      null,
    )
    found.push(...practices)
  }
  return found
}

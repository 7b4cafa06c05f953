// Prints the PostgreSQL plans (EXPLAIN ANALYZE, BUFFERS) of the queries the practices pages send,
// on a database the bench built and kept:
//
//   npm run bench -- --db=postgres --pages="practices list" --duration=1 --warmup=0 --keep
//   DATABASE_URL=postgres://postgres@127.0.0.1:5432/stoa_bench npx tsx bench/explain-practices.ts
//
// The queries are the application's own, captured through a Drizzle logger while the functions the
// pages call run once: the practice page (by slug, its translations, the same city's, the activities
// presenting it), the index's freshness check, and the SQL search the index is tested against
// (listing, words, facets), which also answers a query form the index does not evaluate.
import { sql } from 'drizzle-orm'
import { drizzle } from 'drizzle-orm/node-postgres'
import pg from 'pg'
import type { Db } from '../src/db/client.js'
import * as schema from '../src/db/schema.js'
import { listActivitiesPresentingPractice } from '../src/modules/activities/index.js'
import { parsePracticeFilter } from '../src/modules/practices/filter.js'
import {
  listPracticesFromSameCity,
  listSimilarPracticesInDatabase,
} from '../src/modules/practices/finding/related-queries.js'
import { findPractice, searchPracticesInDatabase } from '../src/modules/practices/queries.js'

const url = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/stoa_bench'
const pool = new pg.Pool({ connectionString: url, max: 1 })
let captured: { query: string; params: unknown[] }[] = []
const db = drizzle(pool, {
  schema,
  casing: 'snake_case',
  logger: { logQuery: (query, params) => captured.push({ query, params }) },
}) as unknown as Db

async function explain(title: string, run: () => Promise<unknown>) {
  captured = []
  await run()
  const queries = captured
  console.log(`\n## ${title}\n`)
  for (const { query, params } of queries) {
    const { rows } = await pool.query(`explain (analyze, buffers) ${query}`, params)
    console.log(`${query.replace(/\s+/g, ' ').slice(0, 300)}\n`)
    for (const row of rows) console.log(`    ${row['QUERY PLAN']}`)
    console.log('')
  }
}

try {
  const { rows } = await db.execute<{ id: string; slug: string; city: string; country: string; n: string }>(sql`
    select p.id, p.slug, p.city, p.country, (select count(*) from practices)::text as n
    from practices p where p.publication_status = 'published' order by p.published_at desc, p.slug limit 1`)
  const practice = rows[0]
  if (!practice) throw new Error(`no published practice in ${url}: build one with the bench and --keep`)
  console.log(`# Plans on ${practice.n} practices (${url.replace(/\/\/[^@]*@/, '//')})`)
  await explain('practice page: the practice by slug and its translations', () =>
    findPractice(db, practice.slug, { locale: 'en' }),
  )
  await explain('practice page: more from the same city', () => listPracticesFromSameCity(db, practice, 'en'))
  await explain('practice page: activities presenting it', () => listActivitiesPresentingPractice(db, practice.id))
  await explain('search index freshness check (before every search)', () =>
    db.execute(sql`select coalesce(max(version), 0)::text as version from practice_changes`),
  )
  const filter = (query: string) => parsePracticeFilter(new URLSearchParams(query))
  await explain('SQL reference: plain listing, page 1, with facets', () =>
    searchPracticesInDatabase(db, filter(''), 'en'),
  )
  await explain('SQL reference: search "museum gardens", with facets', () =>
    searchPracticesInDatabase(db, filter('q=museum gardens'), 'en'),
  )
  await explain('SQL reference: similar practices (what the index replaces)', () =>
    listSimilarPracticesInDatabase(db, practice.id, 'en'),
  )
} finally {
  await pool.end()
}

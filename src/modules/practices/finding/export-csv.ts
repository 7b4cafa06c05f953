import { stringify } from 'csv-stringify/sync'
import type { Db } from '../../../db/client.js'
import type { Translate } from '../../../platform/i18n/catalogue.js'
import { countryName, type Theme, themeLabelKey } from '../../accounts/index.js'
import type { PracticeFilter } from '../filter.js'
import { type PracticeCardData, searchPractices } from '../queries.js'

/** The most practices one download holds; the list page says so next to the link. */
export const EXPORT_CAP = 10_000
/** Practices fetched per query while streaming: small enough to start sending at once. */
const BATCH = 500

/**
 * A spreadsheet runs a cell that starts with one of these as a formula ("CSV injection"); a
 * leading apostrophe makes it text again, as OWASP advises.
 */
export function neutraliseFormula(cell: string): string {
  return /^[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell
}

const COLUMNS = [
  'title',
  'summary',
  'url',
  'city',
  'country',
  'countryName',
  'themes',
  'transformations',
  'status',
  'startYear',
  'language',
  'publishedAt',
] as const

function row(item: PracticeCardData, options: CsvOptions): string[] {
  const { t, locale, baseUrl } = options
  const cells: Record<(typeof COLUMNS)[number], string> = {
    title: item.title,
    summary: item.summary,
    url: `${baseUrl}/${locale}/practices/${item.slug}`,
    city: item.city,
    country: item.country,
    countryName: countryName(item.country, locale),
    themes: item.themes.map((theme) => t(themeLabelKey(theme as Theme))).join('; '),
    transformations: item.transformations.map((value) => t(`practices.transformation.${value}`)).join('; '),
    status: item.status ? t(`practices.status.${item.status}`) : '',
    startYear: item.startYear === null ? '' : String(item.startYear),
    language: item.language,
    publishedAt: item.publishedAt ? item.publishedAt.toISOString() : '',
  }
  return COLUMNS.map((column) => neutraliseFormula(cells[column]))
}

export interface CsvOptions {
  locale: 'en' | 'fr' | 'de'
  t: Translate
  baseUrl: string
}

/**
 * Every practice the filter matches (up to EXPORT_CAP), in the list's order, as CSV: UTF-8 with
 * a byte-order mark so Excel reads the accents, a header row, CRLF line ends (RFC 4180).
 * Fetched and sent a batch at a time, so a large export never sits whole in memory.
 */
export function practicesCsvStream(db: Db, filter: PracticeFilter, options: CsvOptions): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder()
  let page = 1
  let sent = 0
  return new ReadableStream<Uint8Array>({
    start(controller) {
      controller.enqueue(encoder.encode(`\uFEFF${stringify([[...COLUMNS]], { record_delimiter: 'windows' })}`))
    },
    async pull(controller) {
      const limit = Math.min(BATCH, EXPORT_CAP - sent)
      const result =
        limit > 0
          ? await searchPractices(db, { ...filter, page }, options.locale, { limit, facets: false })
          : { items: [] }
      // Pages of `limit` rows: the cap is a multiple of the batch, so offsets stay aligned.
      page += 1
      sent += result.items.length
      if (result.items.length > 0)
        controller.enqueue(
          encoder.encode(
            stringify(
              result.items.map((item) => row(item, options)),
              { record_delimiter: 'windows' },
            ),
          ),
        )
      if (result.items.length < limit || sent >= EXPORT_CAP) controller.close()
    },
  })
}

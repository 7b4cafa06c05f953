import type { Db } from '../../db/client.js'
import type { Locale, Translate } from '../../platform/i18n/catalogue.js'
import { listNewestPractices } from './queries.js'

const FEED_SIZE = 50

/** Text and attribute values for XML; also drops characters XML 1.0 forbids, which would break parsers. */
export function escapeXml(value: string): string {
  return value
    .replace(/[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;')
}

/** The newest published practices as an Atom feed, titles and summaries in `locale` where translated. */
export async function practicesFeed(db: Db, options: { locale: Locale; baseUrl: string; t: Translate }) {
  const { locale, baseUrl, t } = options
  const items = await listNewestPractices(db, locale, FEED_SIZE)
  const listUrl = `${baseUrl}/${locale}/practices`
  const updated = (items[0]?.publishedAt ?? new Date(0)).toISOString()
  const entries = items.map((item) => {
    const url = `${listUrl}/${item.slug}`
    const published = (item.publishedAt ?? new Date(0)).toISOString()
    return [
      `  <entry xml:lang="${escapeXml(item.language)}">`,
      `    <id>${escapeXml(url)}</id>`,
      `    <title>${escapeXml(item.title)}</title>`,
      `    <link rel="alternate" type="text/html" href="${escapeXml(url)}"/>`,
      `    <published>${published}</published>`,
      `    <updated>${published}</updated>`,
      `    <summary>${escapeXml(item.summary)}</summary>`,
      `  </entry>`,
    ].join('\n')
  })
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    `<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${locale}">`,
    `  <id>${escapeXml(`${listUrl}/feed.xml`)}</id>`,
    `  <title>${escapeXml(`${t('practices.feed.title')} · ${t('site.name')}`)}</title>`,
    `  <link rel="self" type="application/atom+xml" href="${escapeXml(`${listUrl}/feed.xml`)}"/>`,
    `  <link rel="alternate" type="text/html" href="${escapeXml(listUrl)}"/>`,
    `  <updated>${updated}</updated>`,
    `  <author><name>${escapeXml(t('site.name'))}</name></author>`,
    ...entries,
    '</feed>',
    '',
  ].join('\n')
}

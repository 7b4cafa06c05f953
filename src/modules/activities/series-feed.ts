import type { Locale, Translate } from '../../platform/i18n/catalogue.js'
import type { ActivityCardData } from './queries.js'
import type { ActivitySeries } from './tables.js'

/** Text and attribute values for XML, without the characters XML 1.0 forbids. */
function escapeXml(value: string): string {
  return value
    .replace(/[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;')
}

/** A series' episodes as an Atom feed, newest first: followers learn of each new episode. */
export function seriesAtomFeed(input: {
  series: ActivitySeries
  episodes: ActivityCardData[]
  locale: Locale
  baseUrl: string
  t: Translate
}) {
  const { series, locale, baseUrl, t } = input
  const seriesUrl = `${baseUrl}/${locale}/activities/series/${series.slug}`
  const episodes = [...input.episodes].sort((a, b) => b.startsAt.getTime() - a.startsAt.getTime())
  const updated = episodes.reduce(
    (latest, episode) => (episode.updatedAt > latest ? episode.updatedAt : latest),
    series.createdAt,
  )
  const entries = episodes.map((episode) => {
    const url = `${baseUrl}/${locale}/activities/${episode.slug}`
    return [
      '  <entry>',
      `    <id>${escapeXml(url)}</id>`,
      `    <title>${escapeXml(episode.title)}</title>`,
      `    <link rel="alternate" type="text/html" href="${escapeXml(url)}"/>`,
      `    <updated>${episode.updatedAt.toISOString()}</updated>`,
      `    <summary>${escapeXml(episode.summary)}</summary>`,
      '  </entry>',
    ].join('\n')
  })
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    `<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${locale}">`,
    `  <id>${escapeXml(`${seriesUrl}/feed.xml`)}</id>`,
    `  <title>${escapeXml(`${series.title} · ${t('site.name')}`)}</title>`,
    `  <link rel="self" type="application/atom+xml" href="${escapeXml(`${seriesUrl}/feed.xml`)}"/>`,
    `  <link rel="alternate" type="text/html" href="${escapeXml(seriesUrl)}"/>`,
    `  <updated>${updated.toISOString()}</updated>`,
    `  <author><name>${escapeXml(t('site.name'))}</name></author>`,
    ...entries,
    '</feed>',
    '',
  ].join('\n')
}

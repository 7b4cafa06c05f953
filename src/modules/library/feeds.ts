import { Feed } from 'feed'
import type { Db } from '../../db/client.js'
import type { Locale, Translate } from '../../platform/i18n/catalogue.js'
import { markdownToText } from '../../platform/markdown/markdown.js'
import { listLatestItems } from './queries.js'
import type { LibraryItem, Podcast } from './tables.js'
import { isWebVtt } from './views/transcript.js'

const FEED_SIZE = 50

/** The newest published items as an Atom feed, built with the `feed` package. */
export async function libraryAtomFeed(db: Db, options: { locale: Locale; baseUrl: string; t: Translate }) {
  const { locale, baseUrl, t } = options
  const items = await listLatestItems(db, FEED_SIZE)
  const listUrl = `${baseUrl}/${locale}/library`
  const feed = new Feed({
    id: `${listUrl}/feed.xml`,
    title: `${t('library.feed.title')} · ${t('site.name')}`,
    link: listUrl,
    language: locale,
    updated: items[0]?.publishedAt ?? new Date(0),
    feedLinks: { atom: `${listUrl}/feed.xml` },
    copyright: t('library.feed.copyright'),
    generator: 'Stoa',
    author: { name: t('site.name') },
  })
  for (const item of items)
    feed.addItem({
      id: `${listUrl}/${item.slug}`,
      link: `${listUrl}/${item.slug}`,
      title: item.title,
      description: markdownToText(item.description).slice(0, 500),
      date: item.updatedAt,
      published: item.publishedAt ?? undefined,
      ...(item.authors ? { author: [{ name: item.authors }] } : {}),
    })
  return feed.atom1()
}

/** Text and attribute values for XML, without the characters XML 1.0 forbids. */
export function escapeXml(value: string): string {
  return value
    .replace(/[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;')
}

function hms(seconds: number): string {
  const h = Math.floor(seconds / 3600)
  const m = Math.floor((seconds % 3600) / 60)
  const s = seconds % 60
  return [h, m, s].map((part) => String(part).padStart(2, '0')).join(':')
}

/**
 * A show's RSS 2.0 feed with the iTunes and Podcasting 2.0 tags podcast apps read: the `feed`
 * package has no per-episode number or transcript, so the XML is written here, every value escaped.
 */
export function podcastRss(options: {
  podcast: Podcast
  episodes: LibraryItem[]
  locale: Locale
  baseUrl: string
}): string {
  const { podcast, episodes, locale, baseUrl } = options
  const showUrl = `${baseUrl}/${locale}/library/podcasts/${podcast.slug}`
  const image = podcast.coverKey ? `${showUrl}/cover` : null
  const e = escapeXml
  const items = episodes.map((episode) => {
    const pageUrl = `${baseUrl}/${locale}/library/${episode.slug}`
    const lines = [
      '    <item>',
      `      <title>${e(episode.title)}</title>`,
      `      <link>${e(pageUrl)}</link>`,
      `      <guid isPermaLink="false">${e(`stoa-library-${episode.id}`)}</guid>`,
      `      <pubDate>${(episode.publishedAt ?? episode.createdAt).toUTCString()}</pubDate>`,
      `      <description>${e(markdownToText(episode.description).trim())}</description>`,
      `      <enclosure url="${e(`${pageUrl}/file`)}" length="${episode.fileSize ?? 0}" type="${e(episode.fileType ?? 'audio/mpeg')}"/>`,
      ...(episode.durationSeconds ? [`      <itunes:duration>${hms(episode.durationSeconds)}</itunes:duration>`] : []),
      ...(episode.episodeNumber ? [`      <itunes:episode>${episode.episodeNumber}</itunes:episode>`] : []),
      '      <itunes:episodeType>full</itunes:episodeType>',
      `      <itunes:explicit>${podcast.explicit ? 'true' : 'false'}</itunes:explicit>`,
      ...(episode.coverKey ? [`      <itunes:image href="${e(`${pageUrl}/cover`)}"/>`] : []),
      ...(episode.transcript
        ? [
            `      <podcast:transcript url="${e(`${pageUrl}/transcript`)}" type="${isWebVtt(episode.transcript) ? 'text/vtt' : 'text/plain'}" language="${e(episode.language)}"/>`,
          ]
        : []),
      '    </item>',
    ]
    return lines.join('\n')
  })
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<rss version="2.0" xmlns:itunes="http://www.itunes.com/dtds/podcast-1.0.dtd" xmlns:podcast="https://podcastindex.org/namespace/1.0" xmlns:atom="http://www.w3.org/2005/Atom">',
    '  <channel>',
    `    <title>${e(podcast.title)}</title>`,
    `    <link>${e(showUrl)}</link>`,
    `    <atom:link href="${e(`${showUrl}/feed.xml`)}" rel="self" type="application/rss+xml"/>`,
    `    <description>${e(markdownToText(podcast.description).trim())}</description>`,
    `    <language>${e(podcast.language)}</language>`,
    `    <generator>Stoa</generator>`,
    `    <itunes:author>${e(podcast.author)}</itunes:author>`,
    ...(podcast.ownerEmail
      ? [
          `    <itunes:owner><itunes:name>${e(podcast.author)}</itunes:name><itunes:email>${e(podcast.ownerEmail)}</itunes:email></itunes:owner>`,
        ]
      : []),
    `    <itunes:category text="${e(podcast.category)}"/>`,
    `    <itunes:explicit>${podcast.explicit ? 'true' : 'false'}</itunes:explicit>`,
    '    <itunes:type>episodic</itunes:type>',
    ...(image
      ? [
          `    <itunes:image href="${e(image)}"/>`,
          `    <image><url>${e(image)}</url><title>${e(podcast.title)}</title><link>${e(showUrl)}</link></image>`,
        ]
      : []),
    `    <podcast:guid>${e(podcastGuid(podcast.id))}</podcast:guid>`,
    ...items,
    '  </channel>',
    '</rss>',
    '',
  ].join('\n')
}

/** Podcasting 2.0 asks for a UUID; the show's own id is one and never changes. */
function podcastGuid(id: string): string {
  return id
}

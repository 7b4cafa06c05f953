import { Feed } from 'feed'
import ical from 'ical-generator'
import type { Locale, Translate } from '../../platform/i18n/catalogue.js'
import { markdownToText } from '../../platform/markdown/markdown.js'
import type { Call } from './tables.js'

/** New calls as an Atom feed, newest first, so followers hear of each call when it is published. */
export function callsAtomFeed(input: { calls: Call[]; locale: Locale; baseUrl: string; t: Translate }): string {
  const { locale, baseUrl, t } = input
  const listUrl = `${baseUrl}/${locale}/calls`
  const updated = input.calls.reduce<Date>(
    (latest, call) => (call.updatedAt > latest ? call.updatedAt : latest),
    new Date(0),
  )
  const feed = new Feed({
    id: `${listUrl}/feed.xml`,
    title: `${t('calls.feed.title')} · ${t('site.name')}`,
    link: listUrl,
    language: locale,
    updated,
    copyright: '',
    feedLinks: { atom: `${listUrl}/feed.xml` },
    author: { name: t('site.name') },
  })
  for (const call of input.calls) {
    const url = `${listUrl}/${call.slug}`
    feed.addItem({
      id: url,
      title: call.title,
      link: url,
      date: call.createdAt,
      published: call.createdAt,
      description: markdownToText(call.description).trim().slice(0, 500),
    })
  }
  return feed.atom1()
}

/** One event at the call's deadline, in its zone, for "add the deadline to my calendar". */
export function deadlineCalendar(input: { call: Call; url: string; host: string; summary: string }): string {
  const { call } = input
  const calendar = ical({ name: call.title, prodId: { company: input.host, product: 'stoa-calls' } })
  calendar.createEvent({
    id: `call-deadline-${call.id}@${input.host}`,
    start: call.closesAt,
    end: call.closesAt,
    summary: input.summary,
    description: `${input.url}`,
    url: input.url,
    stamp: call.updatedAt,
  })
  return calendar.toString()
}

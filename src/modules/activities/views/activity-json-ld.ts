import type { ActivityDetails } from '../queries.js'

/**
 * schema.org Event: public facts only. An online activity's place is the page itself, never the
 * joining link, which belongs to confirmed participants.
 */
export function activityJsonLd(details: ActivityDetails, pageUrl: string, now: Date) {
  const { activity, host } = details
  const location = activity.online
    ? { '@type': 'VirtualLocation', url: pageUrl }
    : {
        '@type': 'Place',
        name: activity.venueName ?? activity.hostCity ?? undefined,
        address: {
          '@type': 'PostalAddress',
          ...(activity.address ? { streetAddress: activity.address } : {}),
          ...(activity.hostCity ? { addressLocality: activity.hostCity } : {}),
          ...(activity.hostCountry ? { addressCountry: activity.hostCountry } : {}),
        },
      }
  const full = activity.capacity !== null && details.confirmed >= activity.capacity
  return {
    '@context': 'https://schema.org',
    '@type': 'Event',
    name: activity.title,
    description: activity.summary,
    url: pageUrl,
    startDate: activity.startsAt.toISOString(),
    endDate: activity.endsAt.toISOString(),
    eventStatus: 'https://schema.org/EventScheduled',
    eventAttendanceMode: activity.online
      ? 'https://schema.org/OnlineEventAttendanceMode'
      : 'https://schema.org/OfflineEventAttendanceMode',
    location,
    ...(host ? { organizer: { '@type': 'Organization', name: host.name } } : {}),
    ...(activity.languages.length > 0 ? { inLanguage: activity.languages } : {}),
    ...(activity.capacity !== null ? { maximumAttendeeCapacity: activity.capacity } : {}),
    ...(activity.recordingUrl && activity.endsAt <= now
      ? { recordedIn: { '@type': 'CreativeWork', url: activity.recordingUrl } }
      : {}),
    ...(activity.registrationMode === 'open' && activity.startsAt > now
      ? {
          offers: {
            '@type': 'Offer',
            price: 0,
            priceCurrency: 'EUR',
            url: pageUrl,
            availability: full ? 'https://schema.org/SoldOut' : 'https://schema.org/InStock',
          },
        }
      : {}),
  }
}

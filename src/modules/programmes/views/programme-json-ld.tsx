import { isoAtPrecision } from '../programme-period.js'
import type { Programme } from '../queries.js'

/**
 * schema.org structured data for a programme page: a Project (an Organization) with its partners
 * as members, the coordinator in an OrganizationRole, and the European Union as funder.
 */
export function programmeJsonLd(programme: Programme, pageUrl: string, baseUrl: string) {
  const organisation = (partner: Programme['partners'][number]) => ({
    '@type': 'Organization',
    name: partner.name,
    ...(partner.url ? { url: partner.url } : {}),
    ...(partner.logoPath ? { logo: `${baseUrl}${partner.logoPath}` } : {}),
  })
  return {
    '@context': 'https://schema.org',
    '@type': 'Project',
    name: programme.name,
    description: programme.summary,
    url: pageUrl,
    ...(programme.websiteUrl ? { sameAs: programme.websiteUrl } : {}),
    ...(programme.startsOn ? { foundingDate: isoAtPrecision(programme.startsOn, programme.datesPrecision) } : {}),
    ...(programme.endsOn ? { dissolutionDate: isoAtPrecision(programme.endsOn, programme.datesPrecision) } : {}),
    ...(programme.partners.length > 0
      ? {
          member: programme.partners.map((partner) =>
            partner.role === 'lead'
              ? { '@type': 'OrganizationRole', roleName: 'coordinator', member: organisation(partner) }
              : organisation(partner),
          ),
        }
      : {}),
    ...(programme.euFunded ? { funder: { '@type': 'GovernmentOrganization', name: 'European Union' } } : {}),
  }
}

/**
 * JSON-LD in a <script type="application/ld+json">: data, not code, so the CSP allows it. Every
 * character that could end the element or open a comment in HTML is escaped as \uXXXX, so content
 * with "</script>" in it stays inside the JSON string it belongs to.
 */
export function JsonLd({ data }: { data: unknown }) {
  const json = JSON.stringify(data).replace(
    /[<>&\u2028\u2029]/g,
    (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`,
  )
  return <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: json }} />
}

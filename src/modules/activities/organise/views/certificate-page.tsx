import { formatDate } from '../../../../platform/i18n/format.js'
import { formatTimeRange } from '../../../../platform/time/zoned-time.js'
import { Layout } from '../../../../platform/ui/layout.js'
import type { PageContext } from '../../../../platform/ui/page-context.js'
import { countryName } from '../../../accounts/index.js'
import type { Activity } from '../../tables.js'
import { kindLabel } from '../../views/activity-card.js'

export interface CertificatePageProps {
  ctx: PageContext
  activity: Activity
  hostName: string | null
  participantName: string
  pdfHref: string
}

/** A certificate of attendance, a page made to be printed (or saved as PDF from the print dialog). */
export function CertificatePage({ ctx, activity, hostName, participantName, pdfHref }: CertificatePageProps) {
  const { t, locale } = ctx
  const title = t('activities.certificate.title')
  const place = activity.online
    ? t('activities.online')
    : [activity.hostCity, activity.hostCountry ? countryName(activity.hostCountry, locale) : null]
        .filter(Boolean)
        .join(', ')
  return (
    <Layout
      ctx={ctx}
      title={`${title}: ${activity.title}`}
      indexable={false}
      breadcrumbs={[
        { label: t('nav.home'), path: '/' },
        { label: t('activities.list.title'), path: '/activities' },
        { label: activity.title, path: `/activities/${activity.slug}` },
        { label: title },
      ]}
    >
      <p class="app-body app-no-print">
        <a class="app-link" href={pdfHref}>
          {t('activities.certificate.pdf.download')}
        </a>
      </p>
      <p class="app-body app-no-print">{t('activities.certificate.print')}</p>
      <article class="app-certificate" aria-labelledby="certificate-title">
        <h1 class="app-heading-xl" id="certificate-title">
          {title}
        </h1>
        <p class="app-body-l">{t('activities.certificate.certifies', { name: participantName })}</p>
        <p class="app-heading-l">{activity.title}</p>
        <p class="app-body">
          {kindLabel(ctx, activity.kind)} ·{' '}
          {formatTimeRange(locale, activity.startsAt, activity.endsAt, activity.timeZone)}
          {place ? ` · ${place}` : ''}
        </p>
        {hostName ? <p class="app-body">{t('activities.certificate.host', { host: hostName })}</p> : null}
        <p class="app-body">
          {t('activities.certificate.issued', { date: formatDate(locale, ctx.now, activity.timeZone) })}
        </p>
        <p class="app-body">{t('site.name')}</p>
      </article>
    </Layout>
  )
}

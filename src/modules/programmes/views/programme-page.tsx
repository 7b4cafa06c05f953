import type { Child } from 'hono/jsx'
import { Layout } from '../../../platform/ui/layout.js'
import { localHref, type PageContext } from '../../../platform/ui/page-context.js'
import { Section } from '../../../platform/ui/section.js'
import { SummaryList, type SummaryListRow } from '../../../platform/ui/summary-list.js'
import { Tag } from '../../../platform/ui/tag.js'
import type { ProgrammeStatus } from '../programme-period.js'
import type { Programme, ProgrammePartner } from '../queries.js'
import { contentLang } from './content-lang.js'
import { FundingAcknowledgement } from './funding-acknowledgement.js'
import { statusTags } from './programme-card.js'
import { formatProgrammeDates } from './programme-dates.js'
import { JsonLd, programmeJsonLd } from './programme-json-ld.js'

export interface ProgrammePageProps {
  ctx: PageContext
  programme: Programme
  status: ProgrammeStatus
  /** What other modules show for this programme (see programme-sections.ts). */
  sections: Child[]
}

export function ProgrammePage({ ctx, programme, status, sections }: ProgrammePageProps) {
  const { t } = ctx
  const lang = contentLang(ctx, programme.language)
  const paragraphs = programme.description
    .split(/\n\s*\n/)
    .map((paragraph) => paragraph.trim())
    .filter(Boolean)
  const pageUrl = `${ctx.baseUrl}${localHref(ctx, `/programmes/${programme.slug}`)}`
  const hasFunding = programme.euFunded || Boolean(programme.fundingNote?.trim())
  return (
    <Layout
      ctx={ctx}
      title={programme.name}
      description={programme.summary}
      breadcrumbs={[
        { label: t('nav.home'), path: '/' },
        { label: t('programmes.list.title'), path: '/programmes' },
        { label: programme.name },
      ]}
      head={<JsonLd data={programmeJsonLd(programme, pageUrl, ctx.baseUrl)} />}
    >
      <div class="app-grid-row">
        <div class="app-grid-column-two-thirds">
          <h1 class="app-heading-xl" lang={lang}>
            {programme.name}
          </h1>
          <ProgrammeTags ctx={ctx} status={status} euFunded={programme.euFunded} />
          <p class="app-body-l" lang={lang}>
            {programme.summary}
          </p>
          <ProgrammeDetails ctx={ctx} programme={programme} status={status} />
          {paragraphs.length > 0 ? (
            <Section id="programme-about" title={t('programmes.page.about')}>
              <div lang={lang}>
                {paragraphs.map((paragraph) => (
                  <p class="app-body">{paragraph}</p>
                ))}
              </div>
            </Section>
          ) : null}
          {sections}
          {programme.partners.length > 0 ? (
            <Section id="programme-partners" title={t('programmes.page.partners')}>
              <ul class="app-list app-list--bullet app-programme-partners">
                {programme.partners.map((partner) => (
                  <li class="app-programme-partners__item">
                    <Partner ctx={ctx} partner={partner} />
                  </li>
                ))}
              </ul>
            </Section>
          ) : null}
          {hasFunding ? (
            <Section id="programme-funding" title={t('programmes.page.funding')}>
              <FundingAcknowledgement ctx={ctx} funding={programme} />
            </Section>
          ) : null}
        </div>
      </div>
    </Layout>
  )
}

function Partner({ ctx, partner }: { ctx: PageContext; partner: ProgrammePartner }) {
  // With a logo, the logo is the link and its alt text names the partner; otherwise the name is.
  const label = partner.logoPath ? (
    <img
      class="app-programme-partners__logo"
      src={partner.logoPath}
      alt={partner.logoAlt || partner.name}
      height="60"
      loading="lazy"
    />
  ) : (
    <span class="app-programme-partners__name">{partner.name}</span>
  )
  return (
    <>
      {partner.url ? (
        <a class="app-link app-programme-partners__link" href={partner.url}>
          {label}
        </a>
      ) : (
        label
      )}
      {partner.role === 'lead' ? (
        <>
          {' '}
          <Tag colour="blue">{ctx.t('programmes.partner.coordinator')}</Tag>
        </>
      ) : null}
    </>
  )
}

function ProgrammeDetails({
  ctx,
  programme,
  status,
}: {
  ctx: PageContext
  programme: Programme
  status: ProgrammeStatus
}) {
  const { t } = ctx
  const dates = formatProgrammeDates(ctx.locale, t, programme)
  const coordinators = programme.partners.filter((partner) => partner.role === 'lead')
  const rows: SummaryListRow[] = []
  if (dates) rows.push({ key: t('programmes.page.dates'), value: dates })
  // Without dates the status would be a guess; the list still groups such a programme as current.
  if (programme.startsOn || programme.endsOn)
    rows.push({ key: t('programmes.page.status'), value: t(`programmes.status.${status}`) })
  if (coordinators.length > 0)
    rows.push({ key: t('programmes.page.coordinator'), value: coordinators.map((partner) => partner.name).join(', ') })
  if (programme.websiteUrl)
    rows.push({
      key: t('programmes.page.website'),
      value: (
        <a class="app-link" href={programme.websiteUrl}>
          {new URL(programme.websiteUrl).hostname.replace(/^www\./, '')}
        </a>
      ),
    })
  return rows.length > 0 ? <SummaryList rows={rows} /> : null
}

function ProgrammeTags({ ctx, status, euFunded }: { ctx: PageContext; status: ProgrammeStatus; euFunded: boolean }) {
  const tags = statusTags(ctx, status, euFunded)
  if (tags.length === 0) return null
  return (
    <p class="app-programme-tags">
      {tags.map((tag) => (
        <>
          <Tag colour={tag.colour}>{tag.text}</Tag>{' '}
        </>
      ))}
    </p>
  )
}

import type { Child } from 'hono/jsx'
import { Button, ButtonGroup } from '../../../../platform/ui/button.js'
import { Layout } from '../../../../platform/ui/layout.js'
import { NotificationBanner } from '../../../../platform/ui/notification-banner.js'
import { localHref, type PageContext } from '../../../../platform/ui/page-context.js'
import { SummaryList, type SummaryListRow } from '../../../../platform/ui/summary-list.js'
import { Tag } from '../../../../platform/ui/tag.js'
import { countryName } from '../../countries.js'
import type { Organisation, VisibleMember } from '../../queries/organisations.js'

export interface OrganisationViewer {
  signedIn: boolean
  verified: boolean
  membership?: { role: 'admin' | 'member'; status: 'active' | 'requested' }
  canJoin: boolean
  canManage: boolean
  canEdit: boolean
  canVerify: boolean
  canMerge: boolean
}

export interface OrganisationPageProps {
  ctx: PageContext
  organisation: Organisation
  members: VisibleMember[]
  /** What other modules contribute (registerOrganisationSection), already rendered. */
  sections: Child[]
  viewer: OrganisationViewer
  /** A confirmation after a form on another page redirected here. */
  notice?: string
}

export function OrganisationPage({ ctx, organisation, members, sections, viewer, notice }: OrganisationPageProps) {
  const { t, locale } = ctx
  const base = `/organisations/${organisation.slug}`
  const facts: SummaryListRow[] = [
    { key: t('organisations.field.kind'), value: t(`organisations.kind.${organisation.kind}`) },
    ...(organisation.city ? [{ key: t('organisations.field.city'), value: organisation.city }] : []),
    { key: t('organisations.field.country'), value: countryName(organisation.country, locale) },
    ...(organisation.kind === 'city' && organisation.populationBand
      ? [
          {
            key: t('organisations.field.population'),
            value: t(`organisations.population.${organisation.populationBand}`),
          },
        ]
      : []),
    ...(organisation.website
      ? [
          {
            key: t('organisations.field.website'),
            value: (
              <a class="app-link" href={organisation.website} rel="nofollow noopener noreferrer">
                {organisation.website}
              </a>
            ),
          },
        ]
      : []),
  ]
  const description = organisation.description.trim()
  return (
    <Layout
      ctx={ctx}
      title={organisation.name}
      description={description ? description.slice(0, 200) : undefined}
      indexable={organisation.verifiedAt !== null}
      breadcrumbs={[
        { label: t('nav.home'), path: '/' },
        { label: t('organisations.list.title'), path: '/organisations' },
        { label: organisation.name },
      ]}
    >
      {notice ? <NotificationBanner t={ctx.t} type="success" heading={notice} /> : null}
      <div class="app-grid-row">
        <div class="app-grid-column-two-thirds">
          {organisation.logoPath ? (
            // The name follows in the heading: the logo adds nothing for a screen reader.
            <img class="app-u-margin-bottom-4" src={localHref(ctx, `${base}/logo`)} alt="" width="160" loading="lazy" />
          ) : null}
          <h1 class="app-heading-xl">{organisation.name}</h1>
          <p class="app-body">
            {organisation.verifiedAt ? (
              <Tag colour="green">{t('organisations.verified')}</Tag>
            ) : (
              <Tag colour="grey">{t('organisations.unverified')}</Tag>
            )}
          </p>
          {organisation.verifiedAt ? null : <p class="app-body">{t('organisations.page.unverifiedNotice')}</p>}
          <SummaryList rows={facts} />
          {description
            ? description.split(/\n\s*\n/).map((paragraph) => <p class="app-body">{paragraph.trim()}</p>)
            : null}

          <MembershipPanel ctx={ctx} organisation={organisation} viewer={viewer} />

          <section class="app-section" aria-labelledby="members-heading">
            <h2 class="app-heading-l" id="members-heading">
              {t('organisations.page.members')}
            </h2>
            {members.length > 0 ? (
              <ul class="app-list app-list--bullet">
                {members.map((member) => (
                  <li>
                    <a class="app-link" href={localHref(ctx, `/people/${member.id}`)}>
                      {member.name}
                    </a>
                  </li>
                ))}
              </ul>
            ) : (
              <p class="app-body">{t('organisations.page.membersEmpty')}</p>
            )}
          </section>

          <section class="app-section" aria-labelledby="contributions-heading">
            <h2 class="app-heading-l" id="contributions-heading">
              {t('organisations.page.contributions')}
            </h2>
            {sections.length > 0 ? sections : <p class="app-body">{t('organisations.page.contributionsEmpty')}</p>}
          </section>
        </div>
      </div>
    </Layout>
  )
}

function MembershipPanel({
  ctx,
  organisation,
  viewer,
}: {
  ctx: PageContext
  organisation: Organisation
  viewer: OrganisationViewer
}) {
  const { t } = ctx
  const base = `/organisations/${organisation.slug}`
  const { membership } = viewer
  const manages = viewer.canManage || viewer.canEdit || viewer.canVerify || viewer.canMerge
  return (
    <section class="app-section" aria-labelledby="membership-heading">
      <h2 class="app-heading-l" id="membership-heading">
        {t('organisations.page.membership')}
      </h2>
      {membership?.status === 'active' ? (
        <>
          <p class="app-body">
            {t(membership.role === 'admin' ? 'organisations.page.isAdmin' : 'organisations.page.isMember', {
              name: organisation.name,
            })}
          </p>
          <p class="app-body">
            <a class="app-link" href={localHref(ctx, `${base}/leave`)}>
              {t('organisations.page.leave', { name: organisation.name })}
            </a>
          </p>
        </>
      ) : membership?.status === 'requested' ? (
        <p class="app-body">{t('organisations.page.requested', { name: organisation.name })}</p>
      ) : viewer.canJoin ? (
        <form method="post" action={localHref(ctx, `${base}/join`)} novalidate>
          <p class="app-body">{t('organisations.page.joinHint')}</p>
          <Button>{t('organisations.page.join')}</Button>
        </form>
      ) : viewer.signedIn ? (
        <p class="app-body">{t('organisations.page.verifyToJoin')}</p>
      ) : (
        <p class="app-body">
          <a class="app-link" href={localHref(ctx, `/sign-in?next=${encodeURIComponent(base)}`)}>
            {t('organisations.page.signInToJoin')}
          </a>
        </p>
      )}
      {manages ? (
        <>
          <h3 class="app-heading-m">{t('organisations.page.manageHeading')}</h3>
          <ul class="app-list">
            {viewer.canManage ? (
              <li>
                <a class="app-link" href={localHref(ctx, `${base}/manage`)}>
                  {t('organisations.page.manage')}
                </a>
              </li>
            ) : null}
            {viewer.canEdit ? (
              <li>
                <a class="app-link" href={localHref(ctx, `${base}/edit`)}>
                  {t('organisations.page.edit')}
                </a>
              </li>
            ) : null}
            {viewer.canMerge ? (
              <li>
                <a class="app-link" href={localHref(ctx, `${base}/merge`)}>
                  {t('organisations.page.merge')}
                </a>
              </li>
            ) : null}
          </ul>
          {viewer.canVerify && !organisation.verifiedAt ? (
            <form method="post" action={localHref(ctx, `${base}/verify`)} novalidate>
              <p class="app-body">{t('organisations.page.verifyHint')}</p>
              <ButtonGroup>
                <Button variant="secondary">{t('organisations.page.verify')}</Button>
              </ButtonGroup>
            </form>
          ) : null}
        </>
      ) : null}
    </section>
  )
}

import type { SiteRole } from '../../../../platform/http/actor.js'
import { Layout } from '../../../../platform/ui/layout.js'
import { NotificationBanner } from '../../../../platform/ui/notification-banner.js'
import { localHref, type PageContext } from '../../../../platform/ui/page-context.js'
import { SummaryList } from '../../../../platform/ui/summary-list.js'
import { GRANTABLE_ROLES } from '../../commands/grant-role.js'
import type { PersonSummary } from '../../queries/people.js'
import { RoleTags } from './people-page.js'

export interface PersonForAdmin extends PersonSummary {
  organisations: { slug: string; name: string }[]
}

/** One person's roles, each with the link that grants or removes it (after a confirmation). */
export function PersonAdminPage({
  ctx,
  person,
  notice,
  problem,
}: {
  ctx: PageContext
  person: PersonForAdmin
  notice?: string
  /** A refusal to show, such as removing the last admin's role. */
  problem?: string
}) {
  const { t } = ctx
  const base = `/admin/people/${person.id}`
  const roleRow = (role: SiteRole) => {
    const has = person.roles.includes(role)
    return {
      key: t(`admin.role.${role}`),
      value: (
        <>
          <p class="app-body app-u-margin-bottom-2">{t(has ? 'admin.person.has' : 'admin.person.hasNot')}</p>
          <p class="app-hint app-u-margin-bottom-0">{t(`admin.role.hint.${role}`)}</p>
        </>
      ),
      actions: [
        {
          href: localHref(ctx, `${base}/roles/${role}/${has ? 'revoke' : 'grant'}`),
          text: t(has ? 'admin.person.revoke' : 'admin.person.grant'),
          visuallyHiddenText: t(`admin.role.${role}`),
        },
      ],
    }
  }
  return (
    <Layout
      ctx={ctx}
      title={person.name}
      indexable={false}
      breadcrumbs={[
        { label: t('nav.home'), path: '/' },
        { label: t('admin.people.title'), path: '/admin/people' },
        { label: person.name },
      ]}
    >
      {notice ? <NotificationBanner t={t} type="success" heading={notice} /> : null}
      {problem ? <NotificationBanner t={t} heading={problem} /> : null}
      <h1 class="app-heading-xl">{person.name}</h1>
      <SummaryList
        rows={[
          { key: t('admin.people.column.email'), value: person.email },
          {
            key: t('admin.people.column.roles'),
            value: <RoleTags ctx={ctx} roles={person.roles} verified={person.emailVerified} />,
          },
          {
            key: t('admin.person.organisations'),
            value:
              person.organisations.length > 0 ? (
                <ul class="app-list">
                  {person.organisations.map((organisation) => (
                    <li>
                      <a class="app-link" href={localHref(ctx, `/organisations/${organisation.slug}`)}>
                        {organisation.name}
                      </a>
                    </li>
                  ))}
                </ul>
              ) : (
                t('admin.person.noOrganisation')
              ),
          },
        ]}
      />
      <h2 class="app-heading-l">{t('admin.person.roles')}</h2>
      <SummaryList rows={GRANTABLE_ROLES.map(roleRow)} />
    </Layout>
  )
}

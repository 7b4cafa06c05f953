import type { SiteRole } from '../../../../platform/http/actor.js'
import { Button } from '../../../../platform/ui/button.js'
import { Layout } from '../../../../platform/ui/layout.js'
import { localHref, type PageContext } from '../../../../platform/ui/page-context.js'
import { Pagination } from '../../../../platform/ui/pagination.js'
import { Select } from '../../../../platform/ui/select.js'
import { Table } from '../../../../platform/ui/table.js'
import { Tag } from '../../../../platform/ui/tag.js'
import { TextInput } from '../../../../platform/ui/text-input.js'
import { GRANTABLE_ROLES } from '../../commands/grant-role.js'
import type { PeopleFilter, PersonSummary } from '../../queries/people.js'

export function RoleTags({ ctx, roles, verified }: { ctx: PageContext; roles: SiteRole[]; verified: boolean }) {
  const { t } = ctx
  if (!verified) return <Tag colour="orange">{t('admin.people.unverified')}</Tag>
  return (
    <>
      {[...roles]
        .sort((a, b) => GRANTABLE_ROLES.indexOf(a) - GRANTABLE_ROLES.indexOf(b))
        .map((role) => (
          <>
            <Tag colour={role === 'admin' ? 'purple' : role === 'editor' ? 'blue' : 'turquoise'}>
              {t(`admin.role.${role}`)}
            </Tag>{' '}
          </>
        ))}
      <Tag colour="grey">{t('admin.role.member')}</Tag>
    </>
  )
}

export function PeoplePage({
  ctx,
  result,
  filter,
}: {
  ctx: PageContext
  result: { items: PersonSummary[]; total: number; page: number; pageCount: number }
  filter: PeopleFilter
}) {
  const { t } = ctx
  const title = t('admin.people.title')
  return (
    <Layout
      ctx={ctx}
      title={title}
      indexable={false}
      breadcrumbs={[{ label: t('nav.home'), path: '/' }, { label: title }]}
    >
      <h1 class="app-heading-xl">{title}</h1>
      <p class="app-body">{t('admin.people.lead')}</p>
      <form method="get" action={localHref(ctx, '/admin/people')}>
        <div class="app-grid-row">
          <div class="app-grid-column-one-half">
            <TextInput
              t={t}
              name="q"
              type="search"
              spellcheck={false}
              label={t('admin.people.search.label')}
              value={filter.search ?? ''}
            />
          </div>
          <div class="app-grid-column-one-third">
            <Select
              t={t}
              name="role"
              label={t('admin.people.role.label')}
              options={[
                { value: '', text: t('admin.people.role.any') },
                ...GRANTABLE_ROLES.map((role) => ({ value: role, text: t(`admin.role.${role}`) })),
              ]}
              value={filter.role ?? ''}
            />
          </div>
        </div>
        <Button variant="secondary">{t('admin.people.search.submit')}</Button>
      </form>
      <h2 class="app-heading-m">{t('admin.people.count', { count: result.total })}</h2>
      {result.items.length === 0 ? (
        <p class="app-body">{t('admin.people.empty')}</p>
      ) : (
        <Table
          caption={t('admin.people.caption')}
          captionSize="s"
          head={[t('admin.people.column.name'), t('admin.people.column.email'), t('admin.people.column.roles')]}
          rows={result.items.map((person) => [
            {
              text: (
                <a class="app-link" href={localHref(ctx, `/admin/people/${person.id}`)}>
                  {person.name}
                </a>
              ),
            },
            person.email,
            { text: <RoleTags ctx={ctx} roles={person.roles} verified={person.emailVerified} /> },
          ])}
        />
      )}
      <Pagination
        t={t}
        current={result.page}
        total={result.pageCount}
        path={localHref(ctx, '/admin/people')}
        query={ctx.query}
      />
    </Layout>
  )
}

import type { SiteRole } from '../../../../platform/http/actor.js'
import { Button, ButtonGroup } from '../../../../platform/ui/button.js'
import { Layout } from '../../../../platform/ui/layout.js'
import { localHref, type PageContext } from '../../../../platform/ui/page-context.js'

/** "Make Ana an editor?" — a role change takes one more, deliberate press. */
export function RoleChangePage({
  ctx,
  person,
  role,
  change,
}: {
  ctx: PageContext
  person: { id: string; name: string }
  role: SiteRole
  change: 'grant' | 'revoke'
}) {
  const { t } = ctx
  const title = t(`admin.confirm.${change}.title`, { name: person.name, role })
  const back = `/admin/people/${person.id}`
  return (
    <Layout
      ctx={ctx}
      title={title}
      indexable={false}
      breadcrumbs={[
        { label: t('nav.home'), path: '/' },
        { label: t('admin.people.title'), path: '/admin/people' },
        { label: person.name, path: back },
        { label: t('admin.confirm.breadcrumb') },
      ]}
    >
      <div class="app-grid-row">
        <div class="app-grid-column-two-thirds">
          <h1 class="app-heading-xl">{title}</h1>
          <p class="app-body">{t(`admin.role.hint.${role}`)}</p>
          <form method="post" novalidate>
            <ButtonGroup>
              <Button variant={change === 'revoke' ? 'warning' : 'primary'}>
                {t(`admin.confirm.${change}.submit`, { role })}
              </Button>
              <a class="app-link" href={localHref(ctx, back)}>
                {t('admin.confirm.cancel')}
              </a>
            </ButtonGroup>
          </form>
        </div>
      </div>
    </Layout>
  )
}

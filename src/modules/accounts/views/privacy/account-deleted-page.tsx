import { Layout } from '../../../../platform/ui/layout.js'
import { localHref, type PageContext } from '../../../../platform/ui/page-context.js'

/** GET /account/deleted: where a deletion ends, signed out. It says nothing about whose account it was. */
export function AccountDeletedPage({ ctx }: { ctx: PageContext }) {
  const { t } = ctx
  return (
    <Layout ctx={ctx} title={t('privacy.deleted.title')} indexable={false}>
      <div class="app-grid-row">
        <div class="app-grid-column-two-thirds">
          <h1 class="app-heading-xl">{t('privacy.deleted.title')}</h1>
          <p class="app-body-l">{t('privacy.deleted.body')}</p>
          <p class="app-body">{t('privacy.deleted.again')}</p>
          <p class="app-body">
            <a class="app-link" href={localHref(ctx, '/')}>
              {t('privacy.deleted.home')}
            </a>
          </p>
        </div>
      </div>
    </Layout>
  )
}

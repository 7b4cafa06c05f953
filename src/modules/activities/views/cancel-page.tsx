import { Button } from '../../../platform/ui/button.js'
import { Layout } from '../../../platform/ui/layout.js'
import type { PageContext } from '../../../platform/ui/page-context.js'

/** The one-click cancel link's pages: confirm (a GET never changes anything), done, or not valid. */
export function CancelPage({
  ctx,
  state,
  title,
  when,
  waitlisted,
  action,
}: {
  ctx: PageContext
  state: 'confirm' | 'done' | 'invalid'
  title?: string
  when?: string
  waitlisted?: boolean
  action?: string
}) {
  const { t } = ctx
  const heading =
    state === 'confirm'
      ? t('activities.cancel.title')
      : state === 'done'
        ? t('activities.cancel.done.title')
        : t('activities.cancel.invalid.title')
  return (
    <Layout ctx={ctx} title={heading} indexable={false}>
      <div class="app-grid-row">
        <div class="app-grid-column-two-thirds">
          <h1 class="app-heading-xl">{heading}</h1>
          {state === 'confirm' ? (
            <>
              <p class="app-body">
                {t(waitlisted ? 'activities.cancel.waitlistLead' : 'activities.cancel.lead', { title, when })}
              </p>
              <form method="post" action={action} novalidate>
                <Button variant="warning">{t('activities.cancel.submit')}</Button>
              </form>
            </>
          ) : state === 'done' ? (
            <p class="app-body">{t('activities.cancel.done', { title })}</p>
          ) : (
            <p class="app-body">{t('activities.cancel.invalid')}</p>
          )}
        </div>
      </div>
    </Layout>
  )
}

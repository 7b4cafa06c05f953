import { Button } from '../../../platform/ui/button.js'
import { NotificationBanner } from '../../../platform/ui/notification-banner.js'
import { localHref, type PageContext } from '../../../platform/ui/page-context.js'
import type { Activity } from '../tables.js'

/** Tells organisers that the page is a draft only they see, where it came from, and lets them publish it. */
export function DraftBanner({ ctx, activity }: { ctx: PageContext; activity: Activity }) {
  const { t } = ctx
  return (
    <NotificationBanner t={t} title={t('activities.draft.title')} titleId="draft-title">
      <p class="app-body">{t('activities.draft.body')}</p>
      {activity.fromCallTitle && activity.fromCallUrl ? (
        <p class="app-body">
          {t('activities.draft.fromCall')}{' '}
          <a class="app-link" href={localHref(ctx, activity.fromCallUrl)}>
            {activity.fromCallTitle}
          </a>
        </p>
      ) : null}
      <form method="post" action={localHref(ctx, `/activities/${activity.slug}/publish`)} novalidate>
        <Button>{t('activities.draft.publish')}</Button>
      </form>
    </NotificationBanner>
  )
}

import { Button } from '../../../platform/ui/button.js'
import type { PageContext } from '../../../platform/ui/page-context.js'
import type { FellowsView } from './fellows.js'

/** On the activity page, for confirmed participants: the choice to be listed, and the list once agreed. */
export function FellowsSection({ ctx, view, action }: { ctx: PageContext; view: FellowsView; action: string }) {
  const { t } = ctx
  if (view.kind === 'none') return null
  return (
    <section aria-labelledby="fellows-heading" class="app-section">
      <h2 class="app-heading-m" id="fellows-heading">
        {t('activities.fellows.heading')}
      </h2>
      {view.kind === 'asked' ? (
        <>
          <p class="app-body">{t('activities.fellows.ask')}</p>
          <form method="post" action={action} novalidate>
            <Button variant="secondary" name="listed" value="yes">
              {t('activities.fellows.agree')}
            </Button>
          </form>
        </>
      ) : (
        <>
          <p class="app-body">{t('activities.fellows.lead')}</p>
          <ul class="app-list app-list--bullet">
            {view.fellows.map((fellow) => (
              <li>
                {fellow.name}
                {fellow.organisation ? ` (${fellow.organisation})` : ''}
              </li>
            ))}
          </ul>
          <form method="post" action={action} novalidate>
            <Button variant="secondary" name="listed" value="no">
              {t('activities.fellows.withdraw')}
            </Button>
          </form>
        </>
      )}
    </section>
  )
}

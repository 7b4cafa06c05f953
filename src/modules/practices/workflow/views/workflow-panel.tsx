import type { Actor } from '../../../../platform/http/actor.js'
import { NotificationBanner } from '../../../../platform/ui/notification-banner.js'
import { localHref, type PageContext } from '../../../../platform/ui/page-context.js'
import { canOnPractice, type PublicationStatus } from '../../policy.js'

/**
 * On a practice's page, for those who may write or review it: where it stands (a practice not
 * yet published is seen only by them) and links to edit, translate or review it. Nothing for others.
 */
export function WorkflowPanel({
  ctx,
  actor,
  practice,
}: {
  ctx: PageContext
  actor: Actor | null
  practice: { slug: string; organisationId: string | null; publicationStatus: PublicationStatus }
}) {
  const { t } = ctx
  const base = `/practices/${practice.slug}`
  const links = [
    canOnPractice(actor, 'practice.edit', practice) && {
      href: `${base}/edit`,
      text: t('practices.workflow.panel.edit'),
    },
    canOnPractice(actor, 'practice.translate', practice) && {
      href: `${base}/translation`,
      text: t('practices.workflow.translations.add'),
    },
    canOnPractice(actor, 'practice.review', practice) && {
      href: `${base}/review`,
      text: t('practices.workflow.review.link'),
    },
  ].filter((link): link is { href: string; text: string } => Boolean(link))
  const list =
    links.length > 0 ? (
      <ul class="app-list">
        {links.map((link) => (
          <li>
            <a class="app-link" href={localHref(ctx, link.href)}>
              {link.text}
            </a>
          </li>
        ))}
      </ul>
    ) : null
  if (practice.publicationStatus === 'published') return list
  return (
    <NotificationBanner
      t={t}
      titleId="practice-state-title"
      heading={t(`practices.workflow.panel.${practice.publicationStatus}`)}
    >
      <p class="app-body">{t('practices.workflow.panel.private')}</p>
      {list}
    </NotificationBanner>
  )
}

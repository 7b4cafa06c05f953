import type { Child } from 'hono/jsx'
import type { Translate } from '../i18n/catalogue.js'
import { classes } from './form-group.js'

export interface NotificationBannerProps {
  t: Translate
  /** important: something the visitor needs to know; success: the outcome of what they just did. */
  type?: 'important' | 'success'
  /** A short heading in the banner's body, e.g. "Your application was sent". */
  heading?: Child
  /** Overrides the translated "Important" / "Success" title. */
  title?: Child
  /** The title's id, which names the region; change it when a page shows two banners. */
  titleId?: string
  children?: Child
}

/**
 * A message above the page content (GOV.UK "Notification banner"). "important" is a labelled
 * region; "success" is an alert, announced and focused on load, since it confirms an action.
 * Use one per page, and not for form errors (that is the error summary).
 * @example
 * <NotificationBanner t={t} type="success" heading={t('activities.registered.heading')}>
 *   <p class="app-body">{t('activities.registered.body', { email })}</p>
 * </NotificationBanner>
 */
export function NotificationBanner(props: NotificationBannerProps) {
  const type = props.type ?? 'important'
  const titleId = props.titleId ?? 'app-notification-banner-title'
  return (
    // biome-ignore lint/a11y/useAriaPropsSupportedByRole: both roles, alert and region, take aria-labelledby.
    <div
      class={classes('app-notification-banner', type === 'success' && 'app-notification-banner--success')}
      role={type === 'success' ? 'alert' : 'region'}
      aria-labelledby={titleId}
      data-module="app-notification-banner"
    >
      <div class="app-notification-banner__header">
        <h2 class="app-notification-banner__title" id={titleId}>
          {props.title ?? props.t(type === 'success' ? 'ui.notification.success' : 'ui.notification.important')}
        </h2>
      </div>
      <div class="app-notification-banner__content">
        {props.heading ? <p class="app-notification-banner__heading">{props.heading}</p> : null}
        {props.children}
      </div>
    </div>
  )
}

import { localHref, type PageContext } from '../ui/page-context.js'
import { InformationPage } from './information-page.js'
import { richMessage } from './rich-message.js'

/** How to reach the programme team: the address configured in CONTACT_EMAIL, and where to go for what. */
export function ContactPage({ ctx, contactEmail }: { ctx: PageContext; contactEmail: string }) {
  const { t } = ctx
  return (
    <InformationPage ctx={ctx} title={t('pages.contact.title')} description={t('pages.contact.description')}>
      <p class="app-body-l">{t('pages.contact.lead')}</p>

      <h2 class="app-heading-l">{t('pages.contact.emailHeading')}</h2>
      <p class="app-body-l">
        <a class="app-link" href={`mailto:${contactEmail}`}>
          {contactEmail}
        </a>
      </p>
      <p class="app-body">{t('pages.contact.emailAdvice')}</p>

      <h2 class="app-heading-l">{t('pages.contact.otherHeading')}</h2>
      <ul class="app-list app-list--bullet">
        <li>
          {richMessage(t, 'pages.contact.accessibility', {
            link: (
              <a class="app-link" href={`${localHref(ctx, '/accessibility')}#feedback`}>
                {t('pages.contact.accessibilityLink')}
              </a>
            ),
          })}
        </li>
        <li>
          {richMessage(t, 'pages.contact.privacy', {
            link: (
              <a class="app-link" href={`${localHref(ctx, '/privacy')}#your-rights`}>
                {t('pages.contact.privacyLink')}
              </a>
            ),
          })}
        </li>
        <li>{t('pages.contact.errorReference')}</li>
      </ul>
    </InformationPage>
  )
}

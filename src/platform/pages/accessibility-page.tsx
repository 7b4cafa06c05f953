import { formatCalendarDate } from '../i18n/format.js'
import { localHref, type PageContext } from '../ui/page-context.js'
import { InformationPage } from './information-page.js'
import { richMessage } from './rich-message.js'

/**
 * The day this statement was prepared, which the Web Accessibility Directive's model statement
 * asks for. Change it when the statement or the testing behind it is reviewed, not when
 * unrelated code changes: the date tells readers how current the assessment is.
 */
export const ACCESSIBILITY_STATEMENT_PREPARED_ON = '2026-11-21'

/**
 * The accessibility statement, in the sections of the EU model statement
 * (Commission Implementing Decision (EU) 2018/1523): compliance status, non-accessible content,
 * preparation, feedback and contact, enforcement procedure, then technical information.
 */
export function AccessibilityPage({ ctx }: { ctx: PageContext }) {
  const { t, locale } = ctx
  const preparedOn = formatCalendarDate(locale, ACCESSIBILITY_STATEMENT_PREPARED_ON)
  const contactLink = (
    <a class="app-link" href={localHref(ctx, '/contact')}>
      {t('pages.accessibility.contactLinkText')}
    </a>
  )
  return (
    <InformationPage
      ctx={ctx}
      title={t('pages.accessibility.title')}
      description={t('pages.accessibility.description')}
    >
      <p class="app-body-l">{t('pages.accessibility.lead')}</p>
      <p class="app-body">{t('pages.accessibility.scope')}</p>

      <h2 class="app-heading-l" id="compliance">
        {t('pages.accessibility.complianceHeading')}
      </h2>
      <p class="app-body">{t('pages.accessibility.complianceStatus')}</p>
      <p class="app-body">{t('pages.accessibility.complianceWhy')}</p>

      <h2 class="app-heading-l" id="non-accessible-content">
        {t('pages.accessibility.limitationsHeading')}
      </h2>
      <p class="app-body">{t('pages.accessibility.limitationsIntro')}</p>
      <h3 class="app-heading-m">{t('pages.accessibility.uploadsHeading')}</h3>
      <p class="app-body">{t('pages.accessibility.uploadsBody')}</p>
      <p class="app-body">{richMessage(t, 'pages.accessibility.uploadsFix', { contactLink })}</p>

      <h2 class="app-heading-l" id="preparation">
        {t('pages.accessibility.preparationHeading')}
      </h2>
      <p class="app-body">{t('pages.accessibility.preparedOn', { date: preparedOn })}</p>
      <p class="app-body">{t('pages.accessibility.testingIntro')}</p>
      <ul class="app-list app-list--bullet">
        <li>{t('pages.accessibility.testingAxe')}</li>
        <li>{t('pages.accessibility.testingKeyboard')}</li>
        <li>{t('pages.accessibility.testingNoJs')}</li>
        <li>{t('pages.accessibility.testingManual')}</li>
      </ul>
      <p class="app-body">{t('pages.accessibility.testingLimits')}</p>

      <h2 class="app-heading-l" id="feedback">
        {t('pages.accessibility.feedbackHeading')}
      </h2>
      <p class="app-body">{t('pages.accessibility.feedbackIntro')}</p>
      <p class="app-body">{richMessage(t, 'pages.accessibility.feedbackHow', { contactLink })}</p>
      <p class="app-body">{t('pages.accessibility.feedbackDetails')}</p>

      <h2 class="app-heading-l" id="enforcement">
        {t('pages.accessibility.enforcementHeading')}
      </h2>
      <p class="app-body">{t('pages.accessibility.enforcementBody')}</p>

      <h2 class="app-heading-l" id="technical-information">
        {t('pages.accessibility.technicalHeading')}
      </h2>
      <p class="app-body">{t('pages.accessibility.technicalRelies')}</p>
      <p class="app-body">{t('pages.accessibility.technicalLanguages')}</p>
    </InformationPage>
  )
}

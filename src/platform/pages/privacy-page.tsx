import { formatCalendarDate } from '../i18n/format.js'
import { localHref, type PageContext } from '../ui/page-context.js'
import { Table } from '../ui/table.js'
import { VisuallyHidden } from '../ui/visually-hidden.js'
import { InformationPage } from './information-page.js'
import { richMessage } from './rich-message.js'

/** Change it whenever what this notice says changes: readers compare it with the version they saw. */
export const PRIVACY_NOTICE_UPDATED_ON = '2026-11-21'

const EDPB_MEMBERS_URL = 'https://www.edpb.europa.eu/about-edpb/about-edpb/members_en'

/**
 * The privacy notice (GDPR Articles 13 and 14). It names no controller: one Stoa installation is
 * run by one organisation, and the software cannot know which, so the notice says "the organisation
 * that runs this site" and gives the address configured in CONTACT_EMAIL.
 */
export function PrivacyPage({ ctx, contactEmail }: { ctx: PageContext; contactEmail: string }) {
  const { t, locale } = ctx
  const emailLink = (
    <a class="app-link" href={`mailto:${contactEmail}`}>
      {contactEmail}
    </a>
  )
  const purposes = [
    ['pages.privacy.purposeAccount', 'pages.privacy.basisService'],
    ['pages.privacy.purposeEvaluation', 'pages.privacy.basisService'],
    ['pages.privacy.purposeProfile', 'pages.privacy.basisConsent'],
    ['pages.privacy.purposeSurveys', 'pages.privacy.basisInterestSharing'],
    ['pages.privacy.purposeSecurity', 'pages.privacy.basisInterestSecurity'],
    ['pages.privacy.purposeRecords', 'pages.privacy.basisRecords'],
  ] as const
  return (
    <InformationPage ctx={ctx} title={t('pages.privacy.title')} description={t('pages.privacy.description')}>
      <p class="app-body-l">{t('pages.privacy.lead')}</p>
      <p class="app-body">
        {t('pages.privacy.updatedOn', { date: formatCalendarDate(locale, PRIVACY_NOTICE_UPDATED_ON) })}
      </p>

      <h2 class="app-heading-l" id="controller">
        {t('pages.privacy.controllerHeading')}
      </h2>
      <p class="app-body">{t('pages.privacy.controllerBody')}</p>
      <p class="app-body">{richMessage(t, 'pages.privacy.controllerContact', { emailLink })}</p>
      <p class="app-body">{t('pages.privacy.controllerSoftware')}</p>

      <h2 class="app-heading-l" id="data">
        {t('pages.privacy.dataHeading')}
      </h2>
      <p class="app-body">{t('pages.privacy.dataIntro')}</p>
      <ul class="app-list app-list--bullet">
        <li>{t('pages.privacy.dataAccount')}</li>
        <li>{t('pages.privacy.dataApplications')}</li>
        <li>{t('pages.privacy.dataRegistrations')}</li>
        <li>{t('pages.privacy.dataSurveys')}</li>
        <li>{t('pages.privacy.dataLogs')}</li>
      </ul>
      <h3 class="app-heading-m" id="cookies">
        {t('pages.privacy.cookiesHeading')}
      </h3>
      <p class="app-body">{t('pages.privacy.cookiesSession')}</p>
      <p class="app-body">{t('pages.privacy.cookiesNoTracking')}</p>
      <p class="app-body">{t('pages.privacy.rateLimit')}</p>

      <h2 class="app-heading-l" id="purposes">
        {t('pages.privacy.purposesHeading')}
      </h2>
      <Table
        caption={<VisuallyHidden>{t('pages.privacy.purposesCaption')}</VisuallyHidden>}
        head={[t('pages.privacy.purposeColumn'), t('pages.privacy.basisColumn')]}
        rows={purposes.map(([purpose, basis]) => [t(purpose), t(basis)])}
      />

      <h2 class="app-heading-l" id="who-sees-what">
        {t('pages.privacy.audienceHeading')}
      </h2>
      <ul class="app-list app-list--bullet">
        <li>{t('pages.privacy.audiencePublic')}</li>
        <li>{t('pages.privacy.audienceEmail')}</li>
        <li>{t('pages.privacy.audienceMembers')}</li>
        <li>{t('pages.privacy.audienceExperts')}</li>
        <li>{t('pages.privacy.audienceTeam')}</li>
        <li>{t('pages.privacy.audienceAdmins')}</li>
        <li>{t('pages.privacy.audienceProcessors')}</li>
      </ul>
      <p class="app-body">{t('pages.privacy.audienceNeverSold')}</p>

      <h2 class="app-heading-l" id="retention">
        {t('pages.privacy.retentionHeading')}
      </h2>
      <ul class="app-list app-list--bullet">
        <li>{t('pages.privacy.retentionAccount')}</li>
        <li>{t('pages.privacy.retentionParticipation')}</li>
        <li>{t('pages.privacy.retentionLogs')}</li>
      </ul>

      <h2 class="app-heading-l" id="your-rights">
        {t('pages.privacy.rightsHeading')}
      </h2>
      <p class="app-body">{t('pages.privacy.rightsIntro')}</p>
      <ul class="app-list app-list--bullet">
        <li>{t('pages.privacy.rightAccess')}</li>
        <li>{t('pages.privacy.rightRectify')}</li>
        <li>{t('pages.privacy.rightDownload')}</li>
        <li>{t('pages.privacy.rightDelete')}</li>
        <li>{t('pages.privacy.rightObject')}</li>
        <li>{t('pages.privacy.rightWithdraw')}</li>
      </ul>
      <p class="app-body">{richMessage(t, 'pages.privacy.rightsHow', { emailLink })}</p>
      <p class="app-body">
        {richMessage(t, 'pages.privacy.rightsContactPage', {
          contactLink: (
            <a class="app-link" href={localHref(ctx, '/contact')}>
              {t('pages.privacy.contactLinkText')}
            </a>
          ),
        })}
      </p>

      <h2 class="app-heading-l" id="complaints">
        {t('pages.privacy.complaintHeading')}
      </h2>
      <p class="app-body">{t('pages.privacy.complaintBody')}</p>
      <p class="app-body">
        <a class="app-link" href={EDPB_MEMBERS_URL} hreflang="en">
          {t('pages.privacy.complaintLink')}
        </a>
      </p>
    </InformationPage>
  )
}

import { Layout } from '../../../../platform/ui/layout.js'
import { NotificationBanner } from '../../../../platform/ui/notification-banner.js'
import { localHref, type PageContext } from '../../../../platform/ui/page-context.js'
import { SummaryList, type SummaryListRow } from '../../../../platform/ui/summary-list.js'
import { countryName } from '../../countries.js'
import { languageName } from '../../languages.js'
import type { ProfileView } from '../../queries/people.js'
import { isTheme, themeLabelKey } from '../../themes.js'

/**
 * Someone's profile as this viewer may see it. The view gets only the fields the viewer may see
 * (getProfileForViewer), so nothing else can slip into the page, its title or its meta tags.
 */
export function PersonPage({
  ctx,
  profile,
  isOwn,
  notice,
}: {
  ctx: PageContext
  profile: ProfileView
  isOwn: boolean
  notice?: string
}) {
  const { t, locale } = ctx
  const title = profile.name ?? t('people.unnamed')
  const rows: SummaryListRow[] = []
  if (profile.organisations) {
    rows.push({
      key: t('people.organisations'),
      value: (
        <ul class="app-list">
          {profile.organisations.map((organisation) => (
            <li>
              <a class="app-link" href={localHref(ctx, `/organisations/${organisation.slug}`)}>
                {organisation.name}
              </a>
            </li>
          ))}
        </ul>
      ),
    })
  }
  if (profile.country) rows.push({ key: t('people.country'), value: countryName(profile.country, locale) })
  if (profile.languages) {
    rows.push({
      key: t('people.languages'),
      value: profile.languages.map((code) => languageName(code, locale)).join(', '),
    })
  }
  if (profile.expertise) {
    rows.push({
      key: t('people.expertise'),
      value: (
        <ul class="app-list">
          {profile.expertise.filter(isTheme).map((theme) => (
            <li>{t(themeLabelKey(theme))}</li>
          ))}
        </ul>
      ),
    })
  }
  return (
    <Layout
      ctx={ctx}
      title={title}
      // A person's page is theirs to share, not for search engines to collect.
      indexable={false}
      breadcrumbs={[{ label: t('nav.home'), path: '/' }, { label: title }]}
    >
      {notice ? <NotificationBanner t={t} type="success" heading={notice} /> : null}
      <div class="app-grid-row">
        <div class="app-grid-column-two-thirds">
          {profile.photo ? (
            <img
              class="app-u-margin-bottom-4"
              src={localHref(ctx, `/people/${profile.id}/photo`)}
              alt={profile.photo.alt}
              width="200"
            />
          ) : null}
          <h1 class="app-heading-xl">{title}</h1>
          {isOwn ? (
            <p class="app-body">
              {t('people.ownNote')}{' '}
              <a class="app-link" href={localHref(ctx, '/account/profile')}>
                {t('people.editOwn')}
              </a>
            </p>
          ) : null}
          {rows.length > 0 ? <SummaryList rows={rows} /> : null}
          {profile.bio ? (
            <section class="app-section" aria-labelledby="bio-heading">
              <h2 class="app-heading-m" id="bio-heading">
                {t('people.bio')}
              </h2>
              {profile.bio.split(/\n\s*\n/).map((paragraph) => (
                <p class="app-body">{paragraph.trim()}</p>
              ))}
            </section>
          ) : null}
        </div>
      </div>
    </Layout>
  )
}

import type { Child } from 'hono/jsx'
import { formatDate } from '../../../platform/i18n/format.js'
import { Layout } from '../../../platform/ui/layout.js'
import { NotificationBanner } from '../../../platform/ui/notification-banner.js'
import { localHref, type PageContext } from '../../../platform/ui/page-context.js'
import { Section } from '../../../platform/ui/section.js'
import { SummaryList, type SummaryListRow } from '../../../platform/ui/summary-list.js'
import { Tag } from '../../../platform/ui/tag.js'
import { countryName, languageName } from '../../accounts/index.js'
import type { PresentingActivity } from '../../activities/index.js'
import { contentLang } from '../../programmes/views/content-lang.js'
import { JsonLd } from '../../programmes/views/programme-json-ld.js'
import type { PracticeMedia } from '../media/queries.js'
import { PracticeMediaSections, practiceImagePath } from '../media/views/practice-media-sections.js'
import type { Practice, PracticeTexts } from '../queries.js'
import { practiceTags } from './practice-card.js'

export interface PracticePageProps {
  ctx: PageContext
  practice: Practice
  /** The texts in the visitor's language, when there is a translation and the original was not asked for. */
  translation: PracticeTexts | null
  /** Verified members see the contact; everyone else is told how to. */
  showContact: boolean
  signInHref: string
  /** Images and related documents (media/). */
  media?: PracticeMedia
  canManageMedia?: boolean
  /** Similar practices and those from the same city, under the practice. */
  related?: Child
  /** Where the practice stands and what the reader may do with it (edit, review), for those allowed. */
  workflow?: Child
  /** The activities where the practice was presented (activities module), latest first. */
  activities?: PresentingActivity[]
}

/** A call's page as the calls module gave it: a path under the locale, or a full web address. */
function callHref(ctx: PageContext, url: string): string | null {
  if (/^https?:\/\//i.test(url)) return url
  return url.startsWith('/') && !url.startsWith('//') ? localHref(ctx, url) : null
}

const SECTIONS = ['challenge', 'approach', 'resources', 'results', 'transferability', 'lessons'] as const

function paragraphs(text: string): string[] {
  return text
    .split(/\n\s*\n/)
    .map((paragraph) => paragraph.trim())
    .filter(Boolean)
}

/** schema.org CreativeWork: public fields only, never the contact. */
export function practiceJsonLd(
  practice: Practice,
  texts: PracticeTexts,
  pageUrl: string,
  images: { url: string; alt: string; credit: string }[] = [],
) {
  return {
    '@context': 'https://schema.org',
    '@type': 'CreativeWork',
    name: texts.title,
    abstract: texts.summary,
    inLanguage: texts.language,
    url: pageUrl,
    ...(practice.publishedAt ? { datePublished: practice.publishedAt.toISOString() } : {}),
    dateModified: practice.updatedAt.toISOString(),
    spatialCoverage: {
      '@type': 'Place',
      name: practice.city,
      address: { '@type': 'PostalAddress', addressCountry: practice.country },
    },
    ...(practice.organisation ? { creator: { '@type': 'Organization', name: practice.organisation.name } } : {}),
    ...(practice.themes.length > 0 ? { keywords: practice.themes.join(', ') } : {}),
    ...(images.length > 0
      ? {
          image: images.map((image) => ({
            '@type': 'ImageObject',
            contentUrl: image.url,
            description: image.alt,
            ...(image.credit ? { creditText: image.credit } : {}),
          })),
        }
      : {}),
  }
}

export function PracticePage({
  ctx,
  practice,
  translation,
  showContact,
  signInHref,
  media = { images: [], documents: [] },
  canManageMedia = false,
  related,
  workflow,
  activities = [],
}: PracticePageProps) {
  const { t, locale } = ctx
  const texts: PracticeTexts = translation ?? practice
  const lang = contentLang(ctx, texts.language)
  const path = localHref(ctx, `/practices/${practice.slug}`)
  const canSwitchToTranslation =
    !translation && practice.language !== locale && practice.translationLanguages.includes(locale)
  const rows: SummaryListRow[] = [
    { key: t('practices.page.city'), value: practice.city },
    { key: t('practices.page.country'), value: countryName(practice.country, locale) },
  ]
  if (practice.organisation)
    rows.push({
      key: t('practices.page.organisation'),
      value: (
        <a class="app-link" href={localHref(ctx, `/organisations/${practice.organisation.slug}`)}>
          {practice.organisation.name}
        </a>
      ),
    })
  if (practice.programme)
    rows.push({
      key: t('practices.page.programme'),
      value: (
        <a
          class="app-link"
          href={localHref(ctx, `/programmes/${practice.programme.slug}`)}
          lang={contentLang(ctx, practice.programme.language)}
        >
          {practice.programme.name}
        </a>
      ),
    })
  const call = practice.selectedInCall
  const callLink = call?.url ? callHref(ctx, call.url) : null
  if (call?.title)
    rows.push({
      key: t('practices.page.selectedIn'),
      value: callLink ? (
        <a class="app-link" href={callLink}>
          {call.title}
        </a>
      ) : (
        call.title
      ),
    })
  if (practice.startYear !== null) rows.push({ key: t('practices.page.startYear'), value: String(practice.startYear) })
  if (practice.status) rows.push({ key: t('practices.page.status'), value: t(`practices.status.${practice.status}`) })
  const tags = practiceTags(ctx, practice)
  return (
    <Layout
      ctx={ctx}
      title={texts.title}
      description={texts.summary}
      breadcrumbs={[
        { label: t('nav.home'), path: '/' },
        { label: t('practices.list.title'), path: '/practices' },
        { label: texts.title },
      ]}
      head={
        <JsonLd
          data={practiceJsonLd(
            practice,
            texts,
            `${ctx.baseUrl}${path}`,
            media.images.map((image) => ({
              url: `${ctx.baseUrl}${localHref(ctx, practiceImagePath(practice.slug, image.id))}`,
              alt: image.alt,
              credit: image.credit,
            })),
          )}
        />
      }
    >
      <div class="app-grid-row">
        <div class="app-grid-column-two-thirds">
          {workflow}
          {translation ? (
            <NotificationBanner t={t} titleId="practice-translation-title">
              <p class="app-notification-banner__heading">
                {t('practices.translation.notice', {
                  language: languageName(translation.language, locale),
                  original: languageName(practice.language, locale),
                })}
              </p>
              <p class="app-body">
                <a class="app-notification-banner__link" href={`${path}?lang=original`}>
                  {t('practices.translation.original', { original: languageName(practice.language, locale) })}
                </a>
              </p>
            </NotificationBanner>
          ) : null}
          <h1 class="app-heading-xl" lang={lang}>
            {texts.title}
          </h1>
          {call ? (
            <p class="app-body">
              <Tag colour="purple">
                {call.title
                  ? t('practices.page.selectedBadge', { call: call.title })
                  : t('practices.page.selectedInACall')}
              </Tag>
            </p>
          ) : null}
          {tags.length > 0 ? (
            <ul class="app-card__tags">
              {tags.map((tag) => (
                <li class="app-card__tag">
                  <Tag colour={tag.colour}>{tag.text}</Tag>
                </li>
              ))}
            </ul>
          ) : null}
          <p class="app-body-l" lang={lang}>
            {texts.summary}
          </p>
          {canSwitchToTranslation ? (
            <p class="app-body">
              <a class="app-link" href={path}>
                {t('practices.translation.available', { language: languageName(locale, locale) })}
              </a>
            </p>
          ) : null}
          <Section id="practice-details" title={t('practices.page.details')}>
            <SummaryList rows={rows} />
          </Section>
          {SECTIONS.map((section) => {
            const text = section === 'resources' ? practice.resources : texts[section]
            const sectionLang = section === 'resources' ? contentLang(ctx, practice.language) : lang
            const body = paragraphs(text)
            return body.length > 0 ? (
              <Section id={`practice-${section}`} title={t(`practices.page.${section}`)}>
                <div lang={sectionLang}>
                  {body.map((paragraph) => (
                    <p class="app-body">{paragraph}</p>
                  ))}
                </div>
              </Section>
            ) : null
          })}
          <PracticeMediaSections ctx={ctx} slug={practice.slug} media={media} canManage={canManageMedia} />
          {practice.links.length > 0 ? (
            <Section id="practice-links" title={t('practices.page.links')}>
              <ul class="app-list app-list--bullet">
                {practice.links.map((link) => (
                  <li>
                    <a class="app-link" href={link.url}>
                      {link.label}
                    </a>
                  </li>
                ))}
              </ul>
            </Section>
          ) : null}
          {activities.length > 0 ? (
            <Section id="practice-activities" title={t('practices.page.activities')}>
              <ul class="app-list app-list--bullet">
                {activities.map((activity) => (
                  <li>
                    <a class="app-link" href={localHref(ctx, `/activities/${activity.slug}`)}>
                      {activity.title}
                    </a>
                    {`, ${formatDate(locale, activity.startsAt, activity.timeZone)}`}
                  </li>
                ))}
              </ul>
            </Section>
          ) : null}
          {practice.contactName || practice.contactEmail ? (
            <Section id="practice-contact" title={t('practices.page.contact')}>
              {showContact ? (
                <p class="app-body">
                  {practice.contactName}
                  {practice.contactName && practice.contactEmail ? <br /> : null}
                  {practice.contactEmail ? (
                    <a class="app-link" href={`mailto:${practice.contactEmail}`}>
                      {practice.contactEmail}
                    </a>
                  ) : null}
                </p>
              ) : (
                <p class="app-body">
                  {t('practices.page.contactMembersOnly')}{' '}
                  <a class="app-link" href={signInHref}>
                    {t('practices.page.contactSignIn')}
                  </a>
                </p>
              )}
            </Section>
          ) : null}
        </div>
      </div>
      {related}
    </Layout>
  )
}

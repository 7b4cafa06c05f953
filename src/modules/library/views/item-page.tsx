import type { FormError, FormValues } from '../../../platform/forms/form-state.js'
import { fieldError, fieldValue } from '../../../platform/forms/form-state.js'
import { Markdown } from '../../../platform/markdown/markdown.js'
import { Button } from '../../../platform/ui/button.js'
import { CardGrid } from '../../../platform/ui/card.js'
import { ErrorSummary, errorTitle } from '../../../platform/ui/error-summary.js'
import { Layout } from '../../../platform/ui/layout.js'
import { NotificationBanner } from '../../../platform/ui/notification-banner.js'
import { localHref, type PageContext } from '../../../platform/ui/page-context.js'
import { Radios } from '../../../platform/ui/radios.js'
import { SummaryList } from '../../../platform/ui/summary-list.js'
import { Tag } from '../../../platform/ui/tag.js'
import { Textarea } from '../../../platform/ui/textarea.js'
import { languageName, type Theme, themeLabelKey } from '../../accounts/index.js'
import { ActivityCard, type ActivityCardData } from '../../activities/index.js'
import { PracticeCard, type PracticeCardData } from '../../practices/index.js'
import { contentLang } from '../../programmes/views/content-lang.js'
import type { LibraryItem, Podcast } from '../tables.js'
import { fileDescription, formatDuration, kindLabel, LICENCE_URLS, licenceLabel } from './labels.js'
import { isWebVtt, transcriptParagraphs } from './transcript.js'

export interface ItemPageProps {
  ctx: PageContext
  item: LibraryItem
  podcast: Podcast | null
  practices: PracticeCardData[]
  activities: ActivityCardData[]
  canEdit: boolean
  canReview: boolean
  notice?: string
  values?: FormValues
  errors?: FormError[]
}

export const itemPath = (slug: string) => `/library/${slug}`

export function ItemPage(props: ItemPageProps) {
  const { ctx, item, podcast, practices, activities, errors } = props
  const { t } = ctx
  const base = itemPath(item.slug)
  const lang = contentLang(ctx, item.language)
  const fileHref = item.fileKey ? localHref(ctx, `${base}/file`) : null
  const isAudio = item.fileType?.startsWith('audio/') ?? false
  const isVideo = item.fileType?.startsWith('video/') ?? false
  const transcript = transcriptParagraphs(item.transcript)
  const vtt = isWebVtt(item.transcript)
  const licenceUrl = LICENCE_URLS[item.licence]
  const rows = [
    { key: t('library.field.kind'), value: kindLabel(ctx, item.kind) },
    ...(item.authors ? [{ key: t('library.field.authors'), value: item.authors }] : []),
    ...(item.organisation ? [{ key: t('library.field.organisation'), value: item.organisation }] : []),
    { key: t('library.field.language'), value: languageName(item.language, ctx.locale) },
    ...(item.year ? [{ key: t('library.field.year'), value: String(item.year) }] : []),
    ...(item.themes.length > 0
      ? [
          {
            key: t('library.field.themes'),
            value: item.themes.map((theme) => t(themeLabelKey(theme as Theme))).join(', '),
          },
        ]
      : []),
    {
      key: t('library.field.licence'),
      value: licenceUrl ? (
        <a class="app-link" href={licenceUrl} rel="license">
          {licenceLabel(ctx, item.licence)}
        </a>
      ) : (
        licenceLabel(ctx, item.licence)
      ),
    },
    ...(item.durationSeconds
      ? [{ key: t('library.field.duration'), value: formatDuration(item.durationSeconds) }]
      : []),
    ...(podcast
      ? [
          {
            key: t('library.field.podcast'),
            value: (
              <a class="app-link" href={localHref(ctx, `/library/podcasts/${podcast.slug}`)}>
                {item.episodeNumber
                  ? t('library.podcast.episodeOf', { number: item.episodeNumber, show: podcast.title })
                  : podcast.title}
              </a>
            ),
          },
        ]
      : []),
  ]
  return (
    <Layout
      ctx={ctx}
      title={errorTitle(t, item.title, errors)}
      description={item.description.slice(0, 200)}
      indexable={item.status === 'published'}
      breadcrumbs={[
        { label: t('nav.home'), path: '/' },
        { label: t('library.list.title'), path: '/library' },
        ...(podcast ? [{ label: podcast.title, path: `/library/podcasts/${podcast.slug}` }] : []),
        { label: item.title },
      ]}
    >
      <div class="app-grid-row">
        <div class="app-grid-column-two-thirds">
          <ErrorSummary t={t} errors={errors} />
          {props.notice && !errors ? <NotificationBanner t={t} type="success" heading={props.notice} /> : null}
          {item.status !== 'published' ? (
            <NotificationBanner t={t} heading={t(`library.status.${item.status}.notice`)}>
              {item.reviewComment ? (
                <>
                  <p class="app-body">{t('library.status.comment')}</p>
                  <blockquote class="app-inset-text">{item.reviewComment}</blockquote>
                </>
              ) : null}
            </NotificationBanner>
          ) : null}
          <span class="app-caption-m">{kindLabel(ctx, item.kind)}</span>
          <h1 class="app-heading-xl" lang={lang}>
            {item.title}
          </h1>
          {item.status !== 'published' ? (
            <p class="app-body">
              <Tag colour="yellow">{t(`library.status.${item.status}`)}</Tag>
            </p>
          ) : null}
          {item.coverKey ? (
            <img class="app-library-cover" src={localHref(ctx, `${base}/cover`)} alt={item.coverAlt} lang={lang} />
          ) : null}
          {isAudio && fileHref ? (
            <figure class="app-player">
              <figcaption class="app-heading-s">{t('library.player.listen')}</figcaption>
              {/* biome-ignore lint/a11y/useMediaCaption: the full transcript is printed below the player; a WebVTT one is also its captions track */}
              <audio class="app-player__audio" controls preload="metadata" src={fileHref}>
                {vtt ? (
                  <track
                    kind="captions"
                    src={localHref(ctx, `${base}/transcript`)}
                    srclang={item.language}
                    label={t('library.item.transcript')}
                  />
                ) : null}
                <a class="app-link" href={fileHref}>
                  {t('library.player.download')}
                </a>
              </audio>
            </figure>
          ) : null}
          {isVideo && fileHref ? (
            <figure class="app-player">
              <figcaption class="app-heading-s">{t('library.player.watch')}</figcaption>
              {/* biome-ignore lint/a11y/useMediaCaption: the full transcript is printed below the player; a WebVTT one is also its captions track */}
              <video class="app-player__video" controls preload="metadata" src={fileHref}>
                {vtt ? (
                  <track
                    kind="captions"
                    src={localHref(ctx, `${base}/transcript`)}
                    srclang={item.language}
                    label={t('library.item.transcript')}
                  />
                ) : null}
                <a class="app-link" href={fileHref}>
                  {t('library.player.download')}
                </a>
              </video>
            </figure>
          ) : null}
          <div class="app-prose" lang={lang}>
            {Markdown(item.description)}
          </div>
          {fileHref || item.url ? (
            <ul class="app-list">
              {fileHref ? (
                <li>
                  <a class="app-link" href={fileHref} download>
                    {t('library.item.download', { name: item.fileName ?? item.title })}
                  </a>{' '}
                  <span class="app-body-s app-u-secondary-text">
                    ({fileDescription(ctx, item.fileType, item.fileSize)})
                  </span>
                </li>
              ) : null}
              {item.url ? (
                <li>
                  <a class="app-link" href={item.url} rel="noopener">
                    {t(item.kind === 'course' ? 'library.item.openCourse' : 'library.item.openLink')}
                  </a>
                </li>
              ) : null}
            </ul>
          ) : null}
          {item.previewKey ? (
            <figure class="app-library-preview">
              <img src={localHref(ctx, `${base}/preview`)} alt={t('library.item.previewAlt', { title: item.title })} />
              <figcaption class="app-body-s">{t('library.item.preview')}</figcaption>
            </figure>
          ) : null}
          {transcript.length > 0 ? (
            <section aria-labelledby="transcript-heading">
              <h2 class="app-heading-l" id="transcript-heading">
                {t('library.item.transcript')}
              </h2>
              <div class="app-transcript" lang={lang}>
                {transcript.map((paragraph) => (
                  <p class="app-body">{paragraph}</p>
                ))}
              </div>
            </section>
          ) : null}
          <h2 class="app-heading-l">{t('library.item.about')}</h2>
          <SummaryList rows={rows} />
          {props.canEdit ? (
            <p class="app-body">
              <a class="app-link" href={localHref(ctx, `${base}/edit`)}>
                {t('library.item.edit')}
              </a>
            </p>
          ) : null}
          {props.canReview && (item.status === 'submitted' || item.status === 'changes-requested') ? (
            <section aria-labelledby="review-heading">
              <h2 class="app-heading-l" id="review-heading">
                {t('library.review.heading')}
              </h2>
              <form method="post" action={localHref(ctx, `${base}/review`)} novalidate>
                <Radios
                  t={t}
                  name="decision"
                  legend={t('library.review.decision')}
                  legendSize="s"
                  items={[
                    { value: 'approve', text: t('library.review.approve') },
                    ...(item.status === 'submitted'
                      ? [{ value: 'request-changes', text: t('library.review.requestChanges') }]
                      : []),
                    { value: 'reject', text: t('library.review.reject') },
                  ]}
                  value={fieldValue(props.values, 'decision')}
                  error={fieldError(errors, 'decision')}
                />
                <Textarea
                  t={t}
                  name="comment"
                  label={t('library.review.comment')}
                  labelSize="s"
                  hint={t('library.review.comment.hint')}
                  value={fieldValue(props.values, 'comment')}
                  error={fieldError(errors, 'comment')}
                />
                <Button>{t('library.review.submit')}</Button>
              </form>
            </section>
          ) : null}
        </div>
      </div>
      {practices.length > 0 ? (
        <section aria-labelledby="related-practices">
          <h2 class="app-heading-l" id="related-practices">
            {t('library.item.relatedPractices')}
          </h2>
          <CardGrid>
            {practices.map((practice) => (
              <PracticeCard ctx={ctx} practice={practice} />
            ))}
          </CardGrid>
        </section>
      ) : null}
      {activities.length > 0 ? (
        <section aria-labelledby="related-activities">
          <h2 class="app-heading-l" id="related-activities">
            {t('library.item.relatedActivities')}
          </h2>
          <CardGrid>
            {activities.map((activity) => (
              <ActivityCard ctx={ctx} activity={activity} />
            ))}
          </CardGrid>
        </section>
      ) : null}
    </Layout>
  )
}

import type { FormError, FormValues } from '../../../platform/forms/form-state.js'
import { fieldError, fieldValue, fieldValues } from '../../../platform/forms/form-state.js'
import { Button } from '../../../platform/ui/button.js'
import { Checkboxes } from '../../../platform/ui/checkboxes.js'
import { ErrorSummary, errorTitle } from '../../../platform/ui/error-summary.js'
import { FileInput } from '../../../platform/ui/file-input.js'
import { Layout } from '../../../platform/ui/layout.js'
import { localHref, type PageContext } from '../../../platform/ui/page-context.js'
import { Select } from '../../../platform/ui/select.js'
import { TextInput } from '../../../platform/ui/text-input.js'
import { Textarea } from '../../../platform/ui/textarea.js'
import { languageOptions } from '../../accounts/index.js'
import { contentLang } from '../../programmes/views/content-lang.js'
import { ACCEPTED_TYPES } from '../files.js'
import { numberField, PODCAST_CATEGORIES } from '../podcasts/forms.js'
import type { Podcast } from '../tables.js'

/** An approved audio item an editor may put in the show: in it already, or in no show yet. */
export interface EpisodeCandidate {
  id: string
  slug: string
  title: string
  language: string
  podcastId: string | null
  episodeNumber: number | null
}

export function episodeValues(podcastId: string, candidates: EpisodeCandidate[]): FormValues {
  const values: FormValues = {
    episode: candidates.filter((item) => item.podcastId === podcastId).map((item) => item.id),
  }
  for (const item of candidates) values[numberField(item.id)] = item.episodeNumber ? String(item.episodeNumber) : ''
  return values
}

/** A new show, or an existing one's details and (below them, a second form) its episodes. */
export function PodcastFormPage({
  ctx,
  podcast,
  values,
  errors,
  candidates,
  episodes,
}: {
  ctx: PageContext
  podcast?: Podcast
  values?: FormValues
  errors?: FormError[]
  candidates?: EpisodeCandidate[]
  /** The episodes form's answers and errors, when it was the one sent. */
  episodes?: { values: FormValues; errors?: FormError[] }
}) {
  const { t } = ctx
  const title = podcast
    ? t('library.podcastForm.editTitle', { title: podcast.title })
    : t('library.podcastForm.newTitle')
  const allErrors = [...(errors ?? []), ...(episodes?.errors ?? [])]
  const episodeAnswers = episodes?.values ?? (podcast && candidates ? episodeValues(podcast.id, candidates) : {})
  return (
    <Layout
      ctx={ctx}
      title={errorTitle(t, title, allErrors.length > 0 ? allErrors : undefined)}
      indexable={false}
      breadcrumbs={[
        { label: t('nav.home'), path: '/' },
        { label: t('library.list.title'), path: '/library' },
        ...(podcast ? [{ label: podcast.title, path: `/library/podcasts/${podcast.slug}` }] : []),
        { label: title },
      ]}
    >
      <div class="app-grid-row">
        <div class="app-grid-column-two-thirds">
          <ErrorSummary t={t} errors={allErrors.length > 0 ? allErrors : undefined} />
          <h1 class="app-heading-xl">{title}</h1>
          <p class="app-body-l">{t('library.podcastForm.lead')}</p>
          <form method="post" enctype="multipart/form-data" novalidate>
            <TextInput
              t={t}
              name="title"
              label={t('library.podcastForm.title')}
              labelSize="s"
              value={fieldValue(values, 'title')}
              error={fieldError(errors, 'title')}
            />
            <TextInput
              t={t}
              name="slug"
              spellcheck={false}
              label={t('library.podcastForm.slug')}
              labelSize="s"
              hint={t('library.podcastForm.slug.hint')}
              value={fieldValue(values, 'slug')}
              error={fieldError(errors, 'slug')}
            />
            <Textarea
              t={t}
              name="description"
              rows={6}
              label={t('library.podcastForm.description')}
              labelSize="s"
              hint={t('library.podcastForm.description.hint')}
              value={fieldValue(values, 'description')}
              error={fieldError(errors, 'description')}
            />
            <TextInput
              t={t}
              name="author"
              label={t('library.podcastForm.author')}
              labelSize="s"
              hint={t('library.podcastForm.author.hint')}
              value={fieldValue(values, 'author')}
              error={fieldError(errors, 'author')}
            />
            <TextInput
              t={t}
              name="ownerEmail"
              type="email"
              autocomplete="email"
              spellcheck={false}
              label={t('library.podcastForm.ownerEmail')}
              labelSize="s"
              hint={t('library.podcastForm.ownerEmail.hint')}
              value={fieldValue(values, 'ownerEmail')}
              error={fieldError(errors, 'ownerEmail')}
            />
            <Select
              t={t}
              name="language"
              label={t('library.podcastForm.language')}
              labelSize="s"
              options={languageOptions(ctx.locale)}
              value={fieldValue(values, 'language')}
              error={fieldError(errors, 'language')}
            />
            <Select
              t={t}
              name="category"
              label={t('library.podcastForm.category')}
              labelSize="s"
              hint={t('library.podcastForm.category.hint')}
              options={PODCAST_CATEGORIES.map((category) => ({ value: category, text: category }))}
              value={fieldValue(values, 'category')}
              error={fieldError(errors, 'category')}
            />
            <Checkboxes
              t={t}
              name="explicit"
              legend={t('library.podcastForm.explicit.legend')}
              legendSize="s"
              items={[
                {
                  value: 'yes',
                  text: t('library.podcastForm.explicit'),
                  hint: t('library.podcastForm.explicit.hint'),
                },
              ]}
              values={fieldValues(values, 'explicit')}
              error={fieldError(errors, 'explicit')}
            />
            <FileInput
              t={t}
              name="cover"
              label={t('library.podcastForm.cover')}
              hint={t(podcast?.coverKey ? 'library.podcastForm.cover.hintReplace' : 'library.podcastForm.cover.hint')}
              accept={ACCEPTED_TYPES.image.join(',')}
              error={fieldError(errors, 'cover')}
            />
            <TextInput
              t={t}
              name="coverAlt"
              label={t('library.podcastForm.coverAlt')}
              labelSize="s"
              hint={t('library.podcastForm.coverAlt.hint')}
              value={fieldValue(values, 'coverAlt')}
              error={fieldError(errors, 'coverAlt')}
            />
            <Button>{t(podcast ? 'library.podcastForm.save' : 'library.podcastForm.create')}</Button>
          </form>

          {podcast && candidates ? (
            <>
              <h2 class="app-heading-l" id="episodes-heading">
                {t('library.episodes.heading')}
              </h2>
              <p class="app-body">{t('library.episodes.lead')}</p>
              {candidates.length === 0 ? (
                <p class="app-body">{t('library.episodes.none')}</p>
              ) : (
                <form
                  method="post"
                  action={localHref(ctx, `/library/podcasts/${podcast.slug}/episodes`)}
                  novalidate
                  aria-labelledby="episodes-heading"
                >
                  {candidates.map((item) => (
                    <div class="app-episode-choice">
                      <Checkboxes
                        t={t}
                        small
                        name="episode"
                        id={`episode-${item.id}`}
                        legend={<span lang={contentLang(ctx, item.language)}>{item.title}</span>}
                        legendSize="s"
                        items={[{ value: item.id, text: t('library.episodes.include') }]}
                        values={fieldValues(episodeAnswers, 'episode')}
                      />
                      <TextInput
                        t={t}
                        name={numberField(item.id)}
                        inputmode="numeric"
                        width="4"
                        label={t('library.episodes.number', { title: item.title })}
                        labelSize="s"
                        value={fieldValue(episodeAnswers, numberField(item.id))}
                        error={fieldError(episodes?.errors, numberField(item.id))}
                      />
                    </div>
                  ))}
                  <Button>{t('library.episodes.save')}</Button>
                </form>
              )}
            </>
          ) : null}
          <p class="app-body">
            <a class="app-link" href={localHref(ctx, podcast ? `/library/podcasts/${podcast.slug}` : '/library')}>
              {t('library.form.cancel')}
            </a>
          </p>
        </div>
      </div>
    </Layout>
  )
}

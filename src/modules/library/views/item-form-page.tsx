import type { FormError, FormValues } from '../../../platform/forms/form-state.js'
import { fieldError, fieldValue, fieldValues } from '../../../platform/forms/form-state.js'
import { Button } from '../../../platform/ui/button.js'
import { Checkboxes } from '../../../platform/ui/checkboxes.js'
import { ErrorSummary, errorTitle } from '../../../platform/ui/error-summary.js'
import { FileInput } from '../../../platform/ui/file-input.js'
import { Layout } from '../../../platform/ui/layout.js'
import { localHref, type PageContext } from '../../../platform/ui/page-context.js'
import { Radios } from '../../../platform/ui/radios.js'
import { Select } from '../../../platform/ui/select.js'
import { TextInput } from '../../../platform/ui/text-input.js'
import { Textarea } from '../../../platform/ui/textarea.js'
import { languageOptions, THEMES, themeLabelKey } from '../../accounts/index.js'
import { ACCEPTED_TYPES } from '../files.js'
import { LIBRARY_KINDS, LICENCES, type LibraryItem, type Podcast } from '../tables.js'
import { kindLabel, licenceLabel } from './labels.js'

export interface ItemFormPageProps {
  ctx: PageContext
  item?: LibraryItem
  /** The item's related slugs, one a line, when editing. */
  related?: { relatedPractices: string; relatedActivities: string }
  podcasts: Podcast[]
  direct: boolean
  values?: FormValues
  errors?: FormError[]
}

export function valuesOfItem(item: LibraryItem): FormValues {
  return {
    kind: item.kind,
    title: item.title,
    description: item.description,
    authors: item.authors,
    organisation: item.organisation,
    language: item.language,
    themes: item.themes,
    year: item.year ? String(item.year) : '',
    licence: item.licence,
    url: item.url ?? '',
    coverAlt: item.coverAlt,
    transcript: item.transcript,
    podcast: item.podcastId ?? '',
    episodeNumber: item.episodeNumber ? String(item.episodeNumber) : '',
  }
}

/** Contributing an item, or changing one: one form, every field with its hint. */
export function ItemFormPage({ ctx, item, related, podcasts, direct, errors, ...props }: ItemFormPageProps) {
  const { t } = ctx
  const values =
    props.values ?? (item ? { ...valuesOfItem(item), ...related } : { language: ctx.locale, licence: 'cc-by' })
  const title = item ? t('library.edit.title') : t('library.contribute.title')
  const accept = [...ACCEPTED_TYPES.document, ...ACCEPTED_TYPES.audio, ...ACCEPTED_TYPES.video].join(',')
  return (
    <Layout
      ctx={ctx}
      title={errorTitle(t, title, errors)}
      indexable={false}
      breadcrumbs={[
        { label: t('nav.home'), path: '/' },
        { label: t('library.list.title'), path: '/library' },
        ...(item ? [{ label: item.title, path: `/library/${item.slug}` }] : []),
        { label: title },
      ]}
    >
      <div class="app-grid-row">
        <div class="app-grid-column-two-thirds">
          <ErrorSummary t={t} errors={errors} />
          <h1 class="app-heading-xl">{title}</h1>
          <p class="app-body-l">{t(direct ? 'library.contribute.leadEditor' : 'library.contribute.lead')}</p>
          <form method="post" enctype="multipart/form-data" novalidate>
            <Radios
              t={t}
              name="kind"
              legend={t('library.form.kind')}
              legendSize="s"
              items={LIBRARY_KINDS.map((kind) => ({
                value: kind,
                text: kindLabel(ctx, kind),
                hint: t(`library.kind.${kind}.hint`),
              }))}
              value={fieldValue(values, 'kind')}
              error={fieldError(errors, 'kind')}
            />
            <TextInput
              t={t}
              name="title"
              label={t('library.form.title')}
              labelSize="s"
              value={fieldValue(values, 'title')}
              error={fieldError(errors, 'title')}
            />
            <Textarea
              t={t}
              name="description"
              rows={8}
              label={t('library.form.description')}
              labelSize="s"
              hint={t('library.form.description.hint')}
              value={fieldValue(values, 'description')}
              error={fieldError(errors, 'description')}
            />
            <TextInput
              t={t}
              name="authors"
              label={t('library.form.authors')}
              labelSize="s"
              hint={t('library.form.authors.hint')}
              value={fieldValue(values, 'authors')}
              error={fieldError(errors, 'authors')}
            />
            <TextInput
              t={t}
              name="organisation"
              autocomplete="organization"
              label={t('library.form.organisation')}
              labelSize="s"
              value={fieldValue(values, 'organisation')}
              error={fieldError(errors, 'organisation')}
            />
            <Select
              t={t}
              name="language"
              label={t('library.form.language')}
              labelSize="s"
              options={languageOptions(ctx.locale)}
              value={fieldValue(values, 'language')}
              error={fieldError(errors, 'language')}
            />
            <Checkboxes
              t={t}
              small
              name="themes"
              legend={t('library.form.themes')}
              legendSize="s"
              items={THEMES.map((theme) => ({ value: theme, text: t(themeLabelKey(theme)) }))}
              values={fieldValues(values, 'themes')}
              error={fieldError(errors, 'themes')}
            />
            <TextInput
              t={t}
              name="year"
              inputmode="numeric"
              width="4"
              label={t('library.form.year')}
              labelSize="s"
              hint={t('library.form.year.hint')}
              value={fieldValue(values, 'year')}
              error={fieldError(errors, 'year')}
            />
            <Select
              t={t}
              name="licence"
              label={t('library.form.licence')}
              labelSize="s"
              hint={t('library.form.licence.hint')}
              options={LICENCES.map((licence) => ({ value: licence, text: licenceLabel(ctx, licence) }))}
              value={fieldValue(values, 'licence')}
              error={fieldError(errors, 'licence')}
            />
            <TextInput
              t={t}
              name="url"
              type="url"
              spellcheck={false}
              label={t('library.form.url')}
              labelSize="s"
              hint={t('library.form.url.hint')}
              value={fieldValue(values, 'url')}
              error={fieldError(errors, 'url')}
            />
            <FileInput
              t={t}
              name="file"
              label={t('library.form.file')}
              hint={
                item?.fileName
                  ? t('library.form.file.hintReplace', { name: item.fileName })
                  : t('library.form.file.hint')
              }
              accept={accept}
              error={fieldError(errors, 'file')}
            />
            {podcasts.length > 0 ? (
              <>
                <Select
                  t={t}
                  name="podcast"
                  label={t('library.form.podcast')}
                  labelSize="s"
                  hint={t('library.form.podcast.hint')}
                  options={[
                    { value: '', text: t('library.form.podcast.none') },
                    ...podcasts.map((podcast) => ({ value: podcast.id, text: podcast.title })),
                  ]}
                  value={fieldValue(values, 'podcast')}
                  error={fieldError(errors, 'podcast')}
                />
                <TextInput
                  t={t}
                  name="episodeNumber"
                  inputmode="numeric"
                  width="4"
                  label={t('library.form.episodeNumber')}
                  labelSize="s"
                  value={fieldValue(values, 'episodeNumber')}
                  error={fieldError(errors, 'episodeNumber')}
                />
              </>
            ) : null}
            <Textarea
              t={t}
              name="transcript"
              rows={6}
              label={t('library.form.transcript')}
              labelSize="s"
              hint={t('library.form.transcript.hint')}
              value={fieldValue(values, 'transcript')}
              error={fieldError(errors, 'transcript')}
            />
            <Textarea
              t={t}
              name="relatedPractices"
              rows={3}
              spellcheck={false}
              label={t('library.form.relatedPractices')}
              labelSize="s"
              hint={t('library.form.relatedPractices.hint')}
              value={fieldValue(values, 'relatedPractices')}
              error={fieldError(errors, 'relatedPractices')}
            />
            <Textarea
              t={t}
              name="relatedActivities"
              rows={3}
              spellcheck={false}
              label={t('library.form.relatedActivities')}
              labelSize="s"
              hint={t('library.form.relatedActivities.hint')}
              value={fieldValue(values, 'relatedActivities')}
              error={fieldError(errors, 'relatedActivities')}
            />
            <FileInput
              t={t}
              name="cover"
              label={t('library.form.cover')}
              hint={t('library.form.cover.hint')}
              accept={ACCEPTED_TYPES.image.join(',')}
              error={fieldError(errors, 'cover')}
            />
            <TextInput
              t={t}
              name="coverAlt"
              label={t('library.form.coverAlt')}
              labelSize="s"
              hint={t('library.form.coverAlt.hint')}
              value={fieldValue(values, 'coverAlt')}
              error={fieldError(errors, 'coverAlt')}
            />
            <Button>
              {t(
                item
                  ? direct
                    ? 'library.edit.save'
                    : 'library.edit.resubmit'
                  : direct
                    ? 'library.contribute.publish'
                    : 'library.contribute.submit',
              )}
            </Button>
          </form>
          <p class="app-body">
            <a class="app-link" href={localHref(ctx, item ? `/library/${item.slug}` : '/library')}>
              {t('library.form.cancel')}
            </a>
          </p>
        </div>
      </div>
    </Layout>
  )
}

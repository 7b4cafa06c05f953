import type { Locale, Translate } from '../../../../platform/i18n/catalogue.js'
import { FILE_TYPES } from '../../../../platform/storage/index.js'
import { localHref, type PageContext } from '../../../../platform/ui/page-context.js'
import { Section } from '../../../../platform/ui/section.js'
import { contentLang } from '../../../programmes/views/content-lang.js'
import type { PracticeDocument, PracticeMedia } from '../queries.js'

const DOCUMENT_TYPE_KEYS = ['pdf', 'docx', 'xlsx', 'pptx', 'odt'] as const

/** "PDF, 1.2 MB": the type in words and the size, so a visitor knows what the download is. */
export function documentDetails(t: Translate, locale: Locale, document: Pick<PracticeDocument, 'type' | 'sizeBytes'>) {
  const extension = FILE_TYPES[document.type]?.extension
  const typeKey = (DOCUMENT_TYPE_KEYS as readonly string[]).includes(extension) ? extension : 'other'
  const megabytes = document.sizeBytes >= 1024 * 1024
  const size = new Intl.NumberFormat(locale, {
    style: 'unit',
    unit: megabytes ? 'megabyte' : 'kilobyte',
    maximumFractionDigits: 1,
  }).format(megabytes ? document.sizeBytes / (1024 * 1024) : Math.max(0.1, document.sizeBytes / 1024))
  return t('practices.media.documentDetails', { type: t(`practices.media.documentType.${typeKey}`), size })
}

export const practiceImagePath = (slug: string, imageId: string) => `/practices/${slug}/images/${imageId}`
export const practiceDocumentPath = (slug: string, documentId: string) => `/practices/${slug}/documents/${documentId}`

/**
 * The practice page's images, as figures with their alt text and credit, and its related
 * documents with their type and size; a link to manage them for those who may.
 */
export function PracticeMediaSections({
  ctx,
  slug,
  media,
  canManage,
}: {
  ctx: PageContext
  slug: string
  media: PracticeMedia
  canManage: boolean
}) {
  const { t, locale } = ctx
  return (
    <>
      {media.images.length > 0 ? (
        <Section id="practice-images" title={t('practices.media.images.heading')}>
          {media.images.map((image) => (
            <figure class="app-figure">
              <img
                class="app-figure__image"
                src={localHref(ctx, practiceImagePath(slug, image.id))}
                alt={image.alt}
                lang={contentLang(ctx, image.altLanguage)}
                loading="lazy"
              />
              {image.credit ? (
                <figcaption class="app-figure__caption app-body-s">
                  {t('practices.media.credit', { credit: image.credit })}
                </figcaption>
              ) : null}
            </figure>
          ))}
        </Section>
      ) : null}
      {media.documents.length > 0 ? (
        <Section id="practice-documents" title={t('practices.media.documents.heading')}>
          <ul class="app-list">
            {media.documents.map((document) => (
              <li>
                <a
                  class="app-link"
                  href={localHref(ctx, practiceDocumentPath(slug, document.id))}
                  lang={contentLang(ctx, document.language)}
                >
                  {document.title}
                </a>{' '}
                <span class="app-body-s app-u-secondary-text">({documentDetails(t, locale, document)})</span>
              </li>
            ))}
          </ul>
        </Section>
      ) : null}
      {canManage ? (
        <p class="app-body">
          <a class="app-link" href={localHref(ctx, `/practices/${slug}/media`)}>
            {t('practices.media.manage')}
          </a>
        </p>
      ) : null}
    </>
  )
}

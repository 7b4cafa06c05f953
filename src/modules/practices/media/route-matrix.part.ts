import { fileStorageFor } from '../../../platform/storage/index.js'
import { type RouteMatrixPart, sameForEveryone } from '../../../platform/testing/route-matrix.js'
import { createPractice } from '../testing.js'
import { addPracticeDocument, addPracticeImage } from './commands.js'
import { TINY_PDF, TINY_PNG } from './testing.js'

interface Fixture {
  draft: string
  published: string
  draftImage: string
  draftDocument: string
  publishedImage: string
  publishedDocument: string
}

const G = 'GET '
const P = 'POST '
/** A draft of the member's organisation: its members and editors manage it; others do not learn it exists. */
const DRAFT_READ: RouteMatrixPart['rows'][number]['statuses'] = [303, 404, 200, 200, 404, 404, 200, 200]
const DRAFT_FORM: RouteMatrixPart['rows'][number]['statuses'] = [303, 404, 422, 422, 404, 404, 422, 422]
const DRAFT_ACTION: RouteMatrixPart['rows'][number]['statuses'] = [303, 404, 303, 303, 404, 404, 303, 303]

export const routeMatrixPart: RouteMatrixPart<Fixture> = {
  async setup(t, cast) {
    const storage = fileStorageFor(t.config)
    const draft = await createPractice(t.db, {
      organisationId: cast.home.id,
      publicationStatus: 'draft',
      publishedAt: null,
    })
    const published = await createPractice(t.db, { organisationId: cast.home.id })
    const image = (practiceId: string) =>
      addPracticeImage(t.db, storage, {
        practiceId,
        file: { bytes: TINY_PNG, type: 'image/png', name: 'a.png' },
        alt: 'A square',
        credit: '',
        altLanguage: 'en',
      })
    const document = (practiceId: string) =>
      addPracticeDocument(t.db, storage, {
        practiceId,
        file: { bytes: TINY_PDF, type: 'application/pdf', name: 'a.pdf' },
        title: 'Report',
        language: 'en',
      })
    return {
      draft: draft.slug,
      published: published.slug,
      draftImage: await image(draft.id),
      draftDocument: await document(draft.id),
      publishedImage: await image(published.id),
      publishedDocument: await document(published.id),
    }
  },
  rows: [
    { route: `${G}/:locale/practices/:slug/media`, url: (f) => `/en/practices/${f.draft}/media`, statuses: DRAFT_READ },
    {
      route: `${P}/:locale/practices/:slug/media/images`,
      url: (f) => `/en/practices/${f.draft}/media/images`,
      statuses: DRAFT_FORM,
    },
    {
      route: `${G}/:locale/practices/:slug/media/images/:id`,
      url: (f) => `/en/practices/${f.draft}/media/images/${f.draftImage}`,
      statuses: DRAFT_READ,
    },
    {
      route: `${P}/:locale/practices/:slug/media/images/:id`,
      url: (f) => `/en/practices/${f.draft}/media/images/${f.draftImage}`,
      statuses: DRAFT_FORM,
    },
    {
      route: `${P}/:locale/practices/:slug/media/images/:id/move`,
      url: (f) => `/en/practices/${f.draft}/media/images/${f.draftImage}/move`,
      statuses: DRAFT_ACTION,
    },
    {
      route: `${P}/:locale/practices/:slug/media/documents`,
      url: (f) => `/en/practices/${f.draft}/media/documents`,
      statuses: DRAFT_FORM,
    },
    // Once published, only editors change a practice's files; everyone may see them.
    {
      route: `${G}/:locale/practices/:slug/media`,
      url: (f) => `/en/practices/${f.published}/media`,
      statuses: [303, 403, 403, 403, 403, 403, 200, 200],
    },
    {
      route: `${G}/:locale/practices/:slug/images/:id`,
      url: (f) => `/en/practices/${f.draft}/images/${f.draftImage}`,
      statuses: [404, 404, 200, 200, 404, 404, 200, 200],
    },
    {
      route: `${G}/:locale/practices/:slug/images/:id`,
      url: (f) => `/en/practices/${f.published}/images/${f.publishedImage}`,
      statuses: sameForEveryone(200),
    },
    {
      route: `${G}/:locale/practices/:slug/documents/:id`,
      url: (f) => `/en/practices/${f.draft}/documents/${f.draftDocument}`,
      statuses: [404, 404, 200, 200, 404, 404, 200, 200],
    },
    {
      route: `${G}/:locale/practices/:slug/documents/:id`,
      url: (f) => `/en/practices/${f.published}/documents/${f.publishedDocument}`,
      statuses: sameForEveryone(200),
    },
    // Removals last: the first person allowed removes the file; removing again is not an error.
    {
      route: `${P}/:locale/practices/:slug/media/images/:id/remove`,
      url: (f) => `/en/practices/${f.draft}/media/images/${f.draftImage}/remove`,
      statuses: DRAFT_ACTION,
    },
    {
      route: `${P}/:locale/practices/:slug/media/documents/:id/remove`,
      url: (f) => `/en/practices/${f.draft}/media/documents/${f.draftDocument}/remove`,
      statuses: DRAFT_ACTION,
    },
  ],
}

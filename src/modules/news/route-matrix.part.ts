import { fileStorageFor } from '../../platform/storage/index.js'
import type { RouteMatrixPart, Statuses } from '../../platform/testing/route-matrix.js'
import { sameForEveryone } from '../../platform/testing/route-matrix.js'
import { demoPng } from './demo-image.js'
import { createTestNews } from './testing.js'

const G = 'GET '
const P = 'POST '
const editors = (editorStatus: number): Statuses => [303, 403, 403, 403, 403, 403, editorStatus, editorStatus]

/** Published news is public; drafts, writing and publishing are for editors. */
export const routeMatrixPart: RouteMatrixPart<{ slug: string; draft: string }> = {
  async setup(t) {
    const storage = fileStorageFor(t.config)
    const image = { bytes: demoPng(2, 2, () => [0, 0, 0]), type: 'image/png' as const }
    const item = await createTestNews(t.db, storage, { image, imageAlt: 'Black square' })
    const draft = await createTestNews(t.db, storage, { publishedAt: null })
    return { slug: item.slug, draft: draft.slug }
  },
  rows: [
    { route: `${G}/:locale/news`, url: () => '/en/news?page=1', statuses: sameForEveryone(200) },
    { route: `${G}/:locale/news/feed.xml`, url: () => '/en/news/feed.xml', statuses: sameForEveryone(200) },
    { route: `${G}/:locale/news/new`, url: () => '/en/news/new', statuses: editors(200) },
    { route: `${P}/:locale/news/new`, url: () => '/en/news/new', statuses: editors(422) },
    { route: `${G}/:locale/news/:slug`, url: (f) => `/en/news/${f.slug}`, statuses: sameForEveryone(200) },
    {
      route: `${G}/:locale/news/:slug/image`,
      url: (f) => `/en/news/${f.draft}/image`,
      statuses: [404, 404, 404, 404, 404, 404, 404, 404],
    },
    { route: `${G}/:locale/news/:slug/edit`, url: (f) => `/en/news/${f.draft}/edit`, statuses: editors(200) },
    { route: `${P}/:locale/news/:slug/edit`, url: (f) => `/en/news/${f.draft}/edit`, statuses: editors(422) },
    { route: `${P}/:locale/news/:slug/publish`, url: (f) => `/en/news/${f.slug}/publish`, statuses: editors(303) },
    { route: `${P}/:locale/news/:slug/unpublish`, url: (f) => `/en/news/${f.draft}/unpublish`, statuses: editors(303) },
  ],
}

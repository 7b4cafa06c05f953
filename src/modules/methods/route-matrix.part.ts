import { fileStorageFor } from '../../platform/storage/index.js'
import type { RouteMatrixPart, Statuses } from '../../platform/testing/route-matrix.js'
import { sameForEveryone } from '../../platform/testing/route-matrix.js'
import { createSecretTemplate, createTestMethod } from './testing.js'

const G = 'GET '
const P = 'POST '
/** Editors' pages: visitors go to sign in, everyone else but editors and admins is refused. */
const editors = (editorStatus: number): Statuses => [303, 403, 403, 403, 403, 403, editorStatus, editorStatus]
const NO_RESOURCE = '00000000-0000-4000-8000-000000000000'

/** Reading is public; member resources need a verified person; changes need an editor. */
export const routeMatrixPart: RouteMatrixPart<{ slug: string; resource: string }> = {
  async setup(t) {
    const method = await createTestMethod(t.db)
    const resource = await createSecretTemplate(t.db, fileStorageFor(t.config), method.id, 'matrix')
    return { slug: method.slug, resource: resource.id }
  },
  rows: [
    { route: `${G}/:locale/methods`, url: () => '/en/methods?format=online', statuses: sameForEveryone(200) },
    { route: `${G}/:locale/methods/new`, url: () => '/en/methods/new', statuses: editors(200) },
    { route: `${P}/:locale/methods/new`, url: () => '/en/methods/new', statuses: editors(422) },
    { route: `${G}/:locale/methods/:slug`, url: (f) => `/en/methods/${f.slug}`, statuses: sameForEveryone(200) },
    { route: `${G}/:locale/methods/:slug/edit`, url: (f) => `/en/methods/${f.slug}/edit`, statuses: editors(200) },
    { route: `${P}/:locale/methods/:slug/edit`, url: (f) => `/en/methods/${f.slug}/edit`, statuses: editors(422) },
    {
      route: `${G}/:locale/methods/:slug/resources/new`,
      url: (f) => `/en/methods/${f.slug}/resources/new`,
      statuses: editors(200),
    },
    {
      route: `${P}/:locale/methods/:slug/resources/new`,
      url: (f) => `/en/methods/${f.slug}/resources/new`,
      statuses: editors(422),
    },
    {
      route: `${P}/:locale/methods/:slug/resources/:id/remove`,
      url: (f) => `/en/methods/${f.slug}/resources/${NO_RESOURCE}/remove`,
      statuses: editors(303),
    },
    {
      route: `${G}/:locale/methods/:slug/resources/:id/download`,
      url: (f) => `/en/methods/${f.slug}/resources/${f.resource}/download`,
      statuses: [303, 403, 200, 200, 200, 200, 200, 200],
    },
  ],
}

import type { RouteMatrixPart } from '../../../platform/testing/route-matrix.js'
import { sameForEveryone } from '../../../platform/testing/route-matrix.js'
import { createTestCall } from '../testing.js'

const G = 'GET '
const P = 'POST '
const EDITORS_ONLY = (status: number) => [403, 403, 403, 403, 403, 403, status, status] as const

/** Awards pages are public once released (an undecided edition is a 404); the jury's page is for editors. */
export const routeMatrixPart: RouteMatrixPart<{ slug: string }> = {
  async setup(t) {
    const call = await createTestCall(t.db, new Date(), { kind: 'award', referencePrefix: 'AW' })
    return { slug: call.slug }
  },
  rows: [
    { route: `${G}/:locale/awards`, url: () => '/en/awards', statuses: sameForEveryone(200) },
    { route: `${G}/:locale/awards/:slug`, url: (f) => `/en/awards/${f.slug}`, statuses: sameForEveryone(404) },
    {
      route: `${G}/:locale/calls/:slug/awards`,
      url: (f) => `/en/calls/${f.slug}/awards`,
      statuses: [...EDITORS_ONLY(200)],
    },
    {
      route: `${P}/:locale/calls/:slug/awards/categories`,
      url: (f) => `/en/calls/${f.slug}/awards/categories`,
      statuses: [...EDITORS_ONLY(409)],
    },
    {
      route: `${P}/:locale/calls/:slug/awards/:id`,
      url: (f) => `/en/calls/${f.slug}/awards/00000000-0000-0000-0000-000000000000`,
      statuses: [...EDITORS_ONLY(404)],
    },
  ],
}

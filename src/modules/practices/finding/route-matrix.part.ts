import { type RouteMatrixPart, sameForEveryone } from '../../../platform/testing/route-matrix.js'

/** The map and the CSV export are public, like the list they come from: 200 for everyone. */
export const routeMatrixPart: RouteMatrixPart = {
  setup: async () => undefined,
  rows: [
    {
      route: 'GET /:locale/practices/map',
      url: () => '/en/practices/map?theme=adaptive-reuse',
      statuses: sameForEveryone(200),
    },
    {
      route: 'GET /:locale/practices/export.csv',
      url: () => '/en/practices/export.csv?q=test',
      statuses: sameForEveryone(200),
    },
  ],
}

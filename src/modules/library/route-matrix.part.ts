import { fileStorageFor } from '../../platform/storage/index.js'
import type { RouteMatrixPart } from '../../platform/testing/route-matrix.js'
import { sameForEveryone } from '../../platform/testing/route-matrix.js'
import { TINY_PNG } from '../practices/media/testing.js'
import { contributeItem } from './commands.js'
import { silentMp3 } from './files.js'
import { savePodcast } from './podcasts/commands.js'

const G = 'GET '
const P = 'POST '

/**
 * Published items and shows are public; contributing needs a verified person; a contribution
 * waiting for review is seen only by its contributor and the editors (404 for anyone else);
 * reviewing is the editors'.
 */
export const routeMatrixPart: RouteMatrixPart<{ show: string; published: string; waiting: string }> = {
  async setup(t, cast) {
    const storage = fileStorageFor(t.config)
    const env = { now: new Date(), baseUrl: 'http://localhost', storage }
    const tag = Date.now().toString(36)
    const show = await savePodcast(t.db, storage, {
      slug: `matrix-show-${tag}`,
      title: 'Matrix show',
      description: '',
      author: 'Stoa',
      language: 'en',
      category: 'Education',
      cover: { bytes: TINY_PNG, type: 'image/png', name: 'cover.png' },
      coverAlt: 'A microphone',
    })
    const base = {
      description: '',
      authors: '',
      organisation: '',
      language: 'en',
      themes: [],
      year: null,
      licence: 'cc-by' as const,
      url: null,
      coverAlt: 'A microphone',
      episodeNumber: 1,
    }
    const published = await contributeItem(
      t.db,
      cast.actors.editor,
      { ...base, kind: 'podcast-episode', title: `Matrix episode ${tag}`, transcript: 'Hello.', podcastId: show.id },
      {
        file: { bytes: silentMp3(1), type: 'audio/mpeg', name: 'episode.mp3' },
        cover: { bytes: TINY_PNG, type: 'image/png', name: 'cover.png' },
      },
      env,
    )
    const waiting = await contributeItem(
      t.db,
      cast.actors.member,
      {
        ...base,
        kind: 'link',
        title: `Matrix waiting ${tag}`,
        url: 'https://example.org/',
        transcript: '',
        podcastId: null,
        coverAlt: '',
      },
      {},
      env,
    )
    if (!published.ok || !waiting.ok) throw new Error('matrix fixtures refused')
    return { show: show.slug, published: published.item.slug, waiting: waiting.item.slug }
  },
  rows: [
    { route: `${G}/api/library`, url: () => '/api/library?q=matrix&kind=link', statuses: sameForEveryone(200) },
    { route: `${G}/:locale/library`, url: () => '/en/library?kind=report&sort=title', statuses: sameForEveryone(200) },
    { route: `${G}/:locale/library/feed.xml`, url: () => '/en/library/feed.xml', statuses: sameForEveryone(200) },
    {
      route: `${G}/:locale/library/contribute`,
      url: () => '/en/library/contribute',
      statuses: [303, 403, 200, 200, 200, 200, 200, 200],
    },
    {
      route: `${P}/:locale/library/contribute`,
      url: () => '/en/library/contribute',
      statuses: [303, 403, 422, 422, 422, 422, 422, 422],
    },
    {
      route: `${G}/:locale/library/mine`,
      url: () => '/en/library/mine',
      statuses: [303, 200, 200, 200, 200, 200, 200, 200],
    },
    {
      route: `${G}/:locale/library/review`,
      url: () => '/en/library/review',
      statuses: [303, 403, 403, 403, 403, 403, 200, 200],
    },
    {
      route: `${G}/:locale/library/podcasts/new`,
      url: () => '/en/library/podcasts/new',
      statuses: [303, 403, 403, 403, 403, 403, 200, 200],
    },
    {
      route: `${P}/:locale/library/podcasts/new`,
      url: () => '/en/library/podcasts/new',
      statuses: [303, 403, 403, 403, 403, 403, 422, 422],
    },
    {
      route: `${G}/:locale/library/podcasts/:slug/edit`,
      url: (f) => `/en/library/podcasts/${f.show}/edit`,
      statuses: [303, 403, 403, 403, 403, 403, 200, 200],
    },
    {
      route: `${P}/:locale/library/podcasts/:slug/edit`,
      url: (f) => `/en/library/podcasts/${f.show}/edit`,
      statuses: [303, 403, 403, 403, 403, 403, 422, 422],
    },
    {
      // An empty answer takes every episode out of the show (they stay in the library).
      route: `${P}/:locale/library/podcasts/:slug/episodes`,
      url: (f) => `/en/library/podcasts/${f.show}/episodes`,
      statuses: [303, 403, 403, 403, 403, 403, 303, 303],
    },
    {
      route: `${G}/:locale/library/podcasts/:slug`,
      url: (f) => `/en/library/podcasts/${f.show}`,
      statuses: sameForEveryone(200),
    },
    {
      route: `${G}/:locale/library/podcasts/:slug/feed.xml`,
      url: (f) => `/en/library/podcasts/${f.show}/feed.xml`,
      statuses: sameForEveryone(200),
    },
    {
      route: `${G}/:locale/library/podcasts/:slug/cover`,
      url: (f) => `/en/library/podcasts/${f.show}/cover`,
      statuses: sameForEveryone(200),
    },
    { route: `${G}/:locale/library/:slug`, url: (f) => `/en/library/${f.published}`, statuses: sameForEveryone(200) },
    {
      route: `${G}/:locale/library/:slug`,
      url: (f) => `/en/library/${f.waiting}`,
      statuses: [404, 404, 200, 404, 404, 404, 200, 200],
    },
    {
      route: `${G}/:locale/library/:slug/edit`,
      url: (f) => `/en/library/${f.waiting}/edit`,
      statuses: [303, 404, 200, 404, 404, 404, 200, 200],
    },
    {
      route: `${P}/:locale/library/:slug/edit`,
      url: (f) => `/en/library/${f.waiting}/edit`,
      statuses: [303, 404, 422, 404, 404, 404, 422, 422],
    },
    {
      route: `${P}/:locale/library/:slug/review`,
      url: (f) => `/en/library/${f.waiting}/review`,
      statuses: [303, 404, 403, 404, 404, 404, 422, 422],
    },
    {
      route: `${G}/:locale/library/:slug/file`,
      url: (f) => `/en/library/${f.published}/file`,
      statuses: sameForEveryone(200),
    },
    {
      route: `${G}/:locale/library/:slug/cover`,
      url: (f) => `/en/library/${f.published}/cover`,
      statuses: sameForEveryone(200),
    },
    {
      route: `${G}/:locale/library/:slug/preview`,
      url: (f) => `/en/library/${f.published}/preview`,
      statuses: sameForEveryone(404),
    },
    {
      route: `${G}/:locale/library/:slug/transcript`,
      url: (f) => `/en/library/${f.published}/transcript`,
      statuses: sameForEveryone(200),
    },
    {
      route: `${G}/:locale/library/:slug/file`,
      url: (f) => `/en/library/${f.waiting}/file`,
      statuses: [404, 404, 404, 404, 404, 404, 404, 404],
    },
  ],
}

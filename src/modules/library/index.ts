import type { Locale } from '../../platform/i18n/catalogue.js'
import type { StoaModule } from '../../platform/module.js'
import { fileStorageFor } from '../../platform/storage/index.js'
import { libraryApi } from './api.js'
import { libraryDemo, writeDemoFiles } from './demo.js'
import { libraryMessages } from './messages.js'
import { podcastMessages } from './podcasts/messages.js'
import { listPodcasts, listPublishedSlugs } from './queries.js'
import { libraryRoutes } from './routes.js'
import { librarySearch } from './search.js'
import { libraryHomeSection } from './views/library-home-section.js'

export const libraryModule: StoaModule = {
  name: 'library',
  messages: {
    en: { ...libraryMessages.en, ...podcastMessages.en },
    fr: { ...libraryMessages.fr, ...podcastMessages.fr },
    de: { ...libraryMessages.de, ...podcastMessages.de },
  },
  pages: { segment: 'library', routes: libraryRoutes },
  api: libraryApi,
  nav: { labelKey: 'library.nav', path: '/library', order: 30 },
  homeSection: libraryHomeSection,
  search: librarySearch,
  async sitemap(db) {
    const [items, podcasts] = await Promise.all([listPublishedSlugs(db), listPodcasts(db)])
    return [
      { path: '/library' },
      ...podcasts.map((podcast) => ({ path: `/library/podcasts/${podcast.slug}` })),
      ...items.map((item) => ({ path: `/library/${item.slug}`, lastModified: item.updatedAt })),
    ]
  },
  // Each item carries its own licence; the lists themselves are the programme's.
  // One feed per show, so a show an editor creates is listed at once.
  async openData(db) {
    const podcasts = await listPodcasts(db)
    return [
      { labelKey: 'library.openData.list', href: (locale) => `/api/library?lang=${locale}`, format: 'JSON' },
      { labelKey: 'library.openData.feed', href: (locale) => `/${locale}/library/feed.xml`, format: 'Atom' },
      ...podcasts.map((podcast) => ({
        labelKey: 'library.openData.podcast',
        labelValues: { title: podcast.title },
        href: (locale: Locale) => `/${locale}/library/podcasts/${podcast.slug}/feed.xml`,
        format: 'RSS' as const,
      })),
    ]
  },
  demo: libraryDemo,
  // The demo's PDFs and episodes are made here, where the storage is known (the demo part has none).
  async start(db, { config }) {
    await writeDemoFiles(db, fileStorageFor(config))
  },
}

export { type LibraryCardData, listLatestItems } from './queries.js'

import type { StoaModule } from '../../platform/module.js'
import { newsApi } from './api.js'
import { newsDemo } from './demo.js'
import { newsMessages } from './messages.js'
import { listNewsSlugs } from './queries.js'
import { newsRoutes } from './routes.js'
import { newsSearch } from './search.js'
import { newsHomeSection } from './views/news-home-section.js'

export const newsModule: StoaModule = {
  name: 'news',
  messages: newsMessages,
  pages: { segment: 'news', routes: newsRoutes },
  api: newsApi,
  nav: { labelKey: 'news.nav', path: '/news', order: 50 },
  homeSection: newsHomeSection,
  async sitemap(db) {
    const items = await listNewsSlugs(db, new Date())
    return [{ path: '/news' }, ...items.map((item) => ({ path: `/news/${item.slug}`, lastModified: item.updatedAt }))]
  },
  search: newsSearch,
  demo: newsDemo,
  openData: [
    { labelKey: 'news.openData.list', href: (locale) => `/api/news?lang=${locale}`, format: 'JSON' },
    { labelKey: 'news.openData.feed', href: (locale) => `/${locale}/news/feed.xml`, format: 'Atom' },
  ],
}

import { describe, expect, it } from 'vitest'
import { Pagination, pageHref, pageItems } from './pagination.js'
import { startTags, uiTranslator } from './testing.js'

const t = uiTranslator('en')

describe('pageItems', () => {
  it('shows the first, last, current and neighbouring pages, with ellipses for longer gaps', () => {
    expect(pageItems(1, 1)).toEqual([1])
    expect(pageItems(1, 3)).toEqual([1, 2, 3])
    expect(pageItems(1, 10)).toEqual([1, 2, 'ellipsis', 10])
    expect(pageItems(6, 10)).toEqual([1, 'ellipsis', 5, 6, 7, 'ellipsis', 10])
    expect(pageItems(10, 10)).toEqual([1, 'ellipsis', 9, 10])
  })

  it('shows a single skipped page rather than an ellipsis standing for it', () => {
    expect(pageItems(4, 10)).toEqual([1, 2, 3, 4, 5, 'ellipsis', 10])
    expect(pageItems(7, 9)).toEqual([1, 'ellipsis', 6, 7, 8, 9])
  })
})

describe('pageHref', () => {
  it('keeps the other parameters, replaces the page and drops it for page 1', () => {
    expect(pageHref('/en/practices', '?theme=green&page=2&q=pocket+parks', 3)).toBe(
      '/en/practices?theme=green&q=pocket+parks&page=3',
    )
    expect(pageHref('/en/practices', '?theme=green&page=2', 1)).toBe('/en/practices?theme=green')
    expect(pageHref('/en/practices', '', 1)).toBe('/en/practices')
    expect(pageHref('/en/practices', { theme: ['green', 'social'], q: undefined }, 2, 'p')).toBe(
      '/en/practices?theme=green&theme=social&p=2',
    )
    expect(pageHref('/en/news', new URLSearchParams('year=2025'), 2)).toBe('/en/news?year=2025&page=2')
  })
})

describe('Pagination', () => {
  it('renders nothing for a single page', async () => {
    expect(await (<Pagination t={t} current={1} total={1} path="/en/practices" />).toString()).toBe('')
    expect(await (<Pagination t={t} current={1} total={0} path="/en/practices" />).toString()).toBe('')
  })

  it('is a navigation landmark with previous, next and numbered links, the current one marked', async () => {
    const html = await (
      <Pagination t={t} current={6} total={10} path="/en/practices" query="?theme=green&page=6" />
    ).toString()
    expect(startTags(html, 'nav')[0]!.attributes['aria-label']).toBe('Pagination')
    const links = startTags(html, 'a').map((link) => link.attributes)
    expect(links[0]).toMatchObject({ rel: 'prev', href: '/en/practices?theme=green&page=5' })
    expect(links[links.length - 1]).toMatchObject({ rel: 'next', href: '/en/practices?theme=green&page=7' })
    const numbered = links.filter((link) => link['aria-label'])
    expect(numbered.map((link) => link['aria-label'])).toEqual(['Page 1', 'Page 5', 'Page 6', 'Page 7', 'Page 10'])
    expect(numbered[0]!.href).toBe('/en/practices?theme=green')
    expect(numbered.filter((link) => link['aria-current']).map((link) => link['aria-current'])).toEqual(['page'])
    expect(numbered[2]!['aria-current']).toBe('page')
    expect(html.match(/app-pagination__item--ellipsis/g)).toHaveLength(2)
    expect(html).toContain('>Previous page<')
    expect(html).toContain('>Next page<')
  })

  it('has no previous link on the first page and no next link on the last', async () => {
    const first = await (<Pagination t={t} current={1} total={3} path="/en/news" />).toString()
    expect(first).not.toContain('rel="prev"')
    expect(first).toContain('rel="next"')
    const last = await (<Pagination t={t} current={3} total={3} path="/en/news" />).toString()
    expect(last).toContain('rel="prev"')
    expect(last).not.toContain('rel="next"')
  })

  it('clamps a page number beyond the range and uses a given link builder', async () => {
    const html = await (<Pagination t={t} current={99} total={4} href={(page) => `/p/${page}`} />).toString()
    const current = startTags(html, 'a').find((link) => link.attributes['aria-current'] === 'page')
    expect(current?.attributes.href).toBe('/p/4')
  })

  it('translates its labels', async () => {
    const html = await (<Pagination t={uiTranslator('de')} current={2} total={3} path="/de/news" />).toString()
    expect(startTags(html, 'nav')[0]!.attributes['aria-label']).toBe('Seitennavigation')
    expect(html).toContain('aria-label="Seite 3"')
    expect(html).toContain('>Vorherige Seite<')
    expect(html).toContain('>Nächste Seite<')
  })

  it('escapes parameters from the query string', async () => {
    const html = await (
      <Pagination t={t} current={1} total={2} path="/en/practices" query={'?q="><script>'} />
    ).toString()
    expect(html).not.toContain('<script>')
    expect(startTags(html, 'a')[0]!.attributes.href).toBe('/en/practices?q=%22%3E%3Cscript%3E')
  })
})

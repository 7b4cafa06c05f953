import { describe, expect, it } from 'vitest'
import { Card, CardGrid } from './card.js'
import { startTags } from './testing.js'

describe('Card', () => {
  it('has one link, in its heading, with meta, description and tags', async () => {
    const html = await (
      <Card
        href="/en/practices/shops-with-a-history"
        title="Shops with a History"
        meta={['Lisbon', 'Portugal']}
        description="Protecting historic shops & their trades."
        tags={[{ text: 'Social', colour: 'turquoise' }, { text: 'Economy' }]}
      />
    ).toString()
    const links = startTags(html, 'a')
    expect(links).toHaveLength(1)
    expect(links[0]!.attributes).toMatchObject({ href: '/en/practices/shops-with-a-history', class: 'app-card__link' })
    expect(html).toMatch(/<h3 class="app-card__title"><a class="app-card__link"[^>]*>Shops with a History<\/a><\/h3>/)
    expect(html).toContain('<li class="app-card__meta-item">Lisbon</li><li class="app-card__meta-item">Portugal</li>')
    expect(html).toContain('<p class="app-card__description">Protecting historic shops &amp; their trades.</p>')
    expect(html).toContain('<strong class="app-tag app-tag--turquoise">Social</strong>')
    expect(html).toContain('<strong class="app-tag">Economy</strong>')
  })

  it('leaves out empty parts and takes the heading level from the page outline', async () => {
    const html = await (<Card href="/en/x" title="X" headingLevel={2} meta={[]} tags={[]} />).toString()
    expect(html).toMatch(/<h2 class="app-card__title">/)
    expect(html).not.toContain('app-card__meta')
    expect(html).not.toContain('app-card__tags')
    expect(html).not.toContain('app-card__description')
  })

  it('shows an image with the alt text it is given', async () => {
    const html = await (<Card href="/en/x" title="X" image={{ src: '/files/park.jpg', alt: '' }} />).toString()
    expect(startTags(html, 'img')[0]!.attributes).toMatchObject({ src: '/files/park.jpg', alt: '', loading: 'lazy' })
  })
})

describe('CardGrid', () => {
  it('puts each card in a list item, skipping empty children', async () => {
    const cards = ['a', 'b'].map((slug) => <Card href={`/en/${slug}`} title={slug} />)
    const html = await (
      <CardGrid>
        {cards}
        {null}
      </CardGrid>
    ).toString()
    expect(html.match(/<li class="app-card-grid__item"><article class="app-card">/g)).toHaveLength(2)
    expect(html).toMatch(/^<ul class="app-card-grid">/)
  })
})

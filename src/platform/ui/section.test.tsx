import { describe, expect, it } from 'vitest'
import { Section } from './section.js'
import { elementById, startTags } from './testing.js'

describe('Section', () => {
  it('is a region named by its h2, with the link to the full list', async () => {
    const html = await (
      <Section id="open-calls" title="Open calls" seeAll={{ href: '/en/calls', text: 'All open calls' }}>
        <p class="app-body">Two calls are open.</p>
      </Section>
    ).toString()
    const section = startTags(html, 'section')[0]!.attributes
    expect(section).toMatchObject({ id: 'open-calls', 'aria-labelledby': 'open-calls-heading' })
    expect(elementById(html, 'open-calls-heading')!.tag).toBe('h2')
    expect(startTags(html, 'a')[0]!.attributes).toMatchObject({
      href: '/en/calls',
      class: 'app-link app-section__link',
    })
    expect(html).toContain('>All open calls</a>')
  })

  it('has no link when there is no full list', async () => {
    const html = await (<Section id="news" title="News" />).toString()
    expect(startTags(html, 'a')).toEqual([])
  })
})

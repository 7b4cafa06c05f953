import { describe, expect, it } from 'vitest'
import { Tag } from './tag.js'

describe('Tag', () => {
  it('renders the word with an optional colour modifier', async () => {
    expect(await (<Tag>Open</Tag>).toString()).toBe('<strong class="app-tag">Open</strong>')
    expect(await (<Tag colour="light-blue">Upcoming</Tag>).toString()).toBe(
      '<strong class="app-tag app-tag--light-blue">Upcoming</strong>',
    )
  })
})

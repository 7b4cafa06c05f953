import { describe, expect, it } from 'vitest'
import { FilterActions } from './filter-actions.js'
import { startTags } from './testing.js'

describe('FilterActions', () => {
  it('offers only the apply button while no filter is applied', async () => {
    const html = await (
      <FilterActions apply="Apply" clear="Clear" listPath="/admin/audit" filtered={false} />
    ).toString()
    expect(startTags(html, 'button')).toHaveLength(1)
    expect(html).toContain('Apply')
    expect(startTags(html, 'a')).toEqual([])
    expect(html).not.toContain('Clear')
  })

  it('adds a link to the unfiltered list once a filter is applied', async () => {
    const html = await (<FilterActions apply="Apply" clear="Clear <all>" listPath="/admin/audit" filtered />).toString()
    expect(startTags(html, 'button')).toHaveLength(1)
    expect(startTags(html, 'a')).toEqual([{ tag: 'a', attributes: { class: 'app-link', href: '/admin/audit' } }])
    expect(html).toContain('Clear &lt;all&gt;')
  })
})

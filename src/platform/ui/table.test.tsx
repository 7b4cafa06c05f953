import { describe, expect, it } from 'vitest'
import { Table } from './table.js'
import { elementById, startTags } from './testing.js'

describe('Table', () => {
  it('has a caption, column headers with scope and row headers when asked', async () => {
    const html = await (
      <Table
        caption="Maximum noise levels"
        captionSize="m"
        firstCellIsHeader
        head={['City', { text: 'Day (dB)', numeric: true }]}
        rows={[
          ['Lisbon', 55],
          ['Kraków', { text: '52.5', numeric: true }],
        ]}
      />
    ).toString()
    expect(html).toContain('<caption class="app-table__caption app-table__caption--m">Maximum noise levels</caption>')
    const headers = startTags(html, 'th').map((th) => [th.attributes.scope, th.attributes.class])
    expect(headers).toEqual([
      ['col', 'app-table__header'],
      ['col', 'app-table__header app-table__header--numeric'],
      ['row', 'app-table__header'],
      ['row', 'app-table__header'],
    ])
    const cells = startTags(html, 'td').map((td) => td.attributes.class)
    expect(cells).toEqual(['app-table__cell app-table__cell--numeric', 'app-table__cell app-table__cell--numeric'])
    expect(html).toContain('>55</td>')
  })

  it('renders plain cells, spans and no head when none is given', async () => {
    const html = await (<Table rows={[[{ text: 'Total', colspan: 2 }], ['a', 'b']]} />).toString()
    expect(html).not.toContain('<thead')
    expect(html).not.toContain('<th')
    expect(startTags(html, 'td')[0]!.attributes.colspan).toBe('2')
  })

  it('wraps a wide table in a keyboard-scrollable region named by its caption', async () => {
    const html = await (<Table caption="Results by city" scrollableId="results" rows={[['a']]} />).toString()
    const region = elementById(html, 'results')!
    expect(region.tag).toBe('section')
    expect(region.attributes).toMatchObject({ tabindex: '0', 'aria-labelledby': 'results-caption' })
    expect(elementById(html, 'results-caption')!.tag).toBe('caption')
  })

  it('escapes cell text', async () => {
    const html = await (<Table rows={[['<b>x</b>']]} />).toString()
    expect(html).toContain('&lt;b&gt;x&lt;/b&gt;')
  })
})

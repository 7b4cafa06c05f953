import { describe, expect, it } from 'vitest'
import { Details } from './details.js'

describe('Details', () => {
  it('uses native details and summary, closed unless asked', async () => {
    const html = await (
      <Details summary="Who can apply?">
        <p class="app-body">Cities in the EU.</p>
      </Details>
    ).toString()
    expect(html).toBe(
      '<details class="app-details"><summary class="app-details__summary"><span class="app-details__summary-text">Who can apply?</span></summary><div class="app-details__text"><p class="app-body">Cities in the EU.</p></div></details>',
    )
    const open = await (<Details summary="Help" open id="help" />).toString()
    expect(open).toMatch(/^<details class="app-details" open="" id="help">/)
  })
})

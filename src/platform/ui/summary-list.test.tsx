import { describe, expect, it } from 'vitest'
import { SummaryList } from './summary-list.js'
import { startTags } from './testing.js'

describe('SummaryList', () => {
  it('renders keys and values as a description list, one row each', async () => {
    const html = await (
      <SummaryList
        rows={[
          { key: 'City', value: 'Kraków' },
          { key: 'Years', value: '2019–2023' },
        ]}
      />
    ).toString()
    expect(html).toBe(
      '<dl class="app-summary-list"><div class="app-summary-list__row"><dt class="app-summary-list__key">City</dt><dd class="app-summary-list__value">Kraków</dd></div><div class="app-summary-list__row"><dt class="app-summary-list__key">Years</dt><dd class="app-summary-list__value">2019–2023</dd></div></dl>',
    )
  })

  it('completes each "Change" link with hidden text and marks rows without actions', async () => {
    const html = await (
      <SummaryList
        rows={[
          {
            key: 'Email',
            value: 'ana@example.org',
            actions: [{ href: '/en/apply#email', text: 'Change', visuallyHiddenText: 'email' }],
          },
          { key: 'Reference', value: 'AB-12' },
          {
            key: 'File',
            value: 'plan.pdf',
            actions: [
              { href: '/en/apply#file', text: 'Replace', visuallyHiddenText: 'file' },
              { href: '/en/apply/remove', text: 'Remove', visuallyHiddenText: 'file' },
            ],
          },
        ]}
      />
    ).toString()
    expect(html).toContain(
      '<a class="app-link" href="/en/apply#email">Change<span class="app-visually-hidden"> email</span></a>',
    )
    expect(html).toContain('class="app-summary-list__row app-summary-list__row--no-actions"')
    expect(html.match(/app-summary-list__row--no-actions/g)).toHaveLength(1)
    expect(startTags(html, 'li').length).toBe(2)
  })

  it('escapes values', async () => {
    const html = await (
      <SummaryList rows={[{ key: 'Name', value: '<img src=x onerror=alert(1)>' }]} noBorder />
    ).toString()
    expect(html).not.toContain('<img')
    expect(html).toContain('app-summary-list app-summary-list--no-border')
  })
})

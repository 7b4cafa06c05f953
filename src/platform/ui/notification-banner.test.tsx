import { describe, expect, it } from 'vitest'
import { NotificationBanner } from './notification-banner.js'
import { elementById, startTags, textOfId, uiTranslator } from './testing.js'

const t = uiTranslator('en')

describe('NotificationBanner', () => {
  it('is a region named by its "Important" title by default', async () => {
    const html = await (
      <NotificationBanner t={t}>
        <p class="app-body">The call closes on Friday.</p>
      </NotificationBanner>
    ).toString()
    const banner = startTags(html)[0]!
    expect(banner.attributes.role).toBe('region')
    expect(banner.attributes['aria-labelledby']).toBe('app-notification-banner-title')
    expect(banner.attributes['data-module']).toBe('app-notification-banner')
    expect(textOfId(html, 'app-notification-banner-title')).toBe('Important')
    expect(banner.attributes.class).toBe('app-notification-banner')
  })

  it('is an alert with a translated "Success" title for the outcome of an action', async () => {
    const html = await (
      <NotificationBanner t={uiTranslator('de')} type="success" heading="Anmeldung gesendet" titleId="done-title" />
    ).toString()
    const banner = startTags(html)[0]!
    expect(banner.attributes.role).toBe('alert')
    expect(banner.attributes.class).toBe('app-notification-banner app-notification-banner--success')
    expect(banner.attributes['aria-labelledby']).toBe('done-title')
    expect(textOfId(html, 'done-title')).toBe('Erfolg')
    expect(html).toContain('<p class="app-notification-banner__heading">Anmeldung gesendet</p>')
  })

  it('takes its own title instead of the default', async () => {
    const html = await (<NotificationBanner t={t} title="Sample data" />).toString()
    expect(elementById(html, 'app-notification-banner-title')).toBeDefined()
    expect(textOfId(html, 'app-notification-banner-title')).toBe('Sample data')
  })
})

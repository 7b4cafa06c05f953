import { describe, expect, it } from 'vitest'
import { loadAssets } from '../assets/assets.js'
import { registerMessages } from '../i18n/catalogue.js'
import { platformMessages } from '../i18n/platform-messages.js'
import { Button, ButtonGroup } from './button.js'
import { Card, CardGrid } from './card.js'
import { Checkboxes } from './checkboxes.js'
import { Details } from './details.js'
import { ErrorSummary } from './error-summary.js'
import { Layout } from './layout.js'
import { NotificationBanner } from './notification-banner.js'
import type { PageContext } from './page-context.js'
import { Pagination } from './pagination.js'
import { Radios } from './radios.js'
import { Section } from './section.js'
import { Select } from './select.js'
import { SummaryList } from './summary-list.js'
import { Table } from './table.js'
import { Tag, type TagColour } from './tag.js'
import { uiTranslator } from './testing.js'
import { type InputWidth, TextInput } from './text-input.js'
import { Textarea } from './textarea.js'

const t = uiTranslator('en')
registerMessages(platformMessages)

const ctx: PageContext = {
  locale: 'en',
  t,
  path: '/practices',
  query: '',
  baseUrl: 'http://localhost',
  nav: [{ labelKey: 'nav.home', path: '/practices', order: 1 }],
  asset: (name) => `/assets/${name}`,
  timeZone: 'Europe/Brussels',
  now: new Date('2026-03-01T12:00:00Z'),
}

const colours: TagColour[] = [
  'grey',
  'green',
  'turquoise',
  'blue',
  'light-blue',
  'purple',
  'pink',
  'red',
  'orange',
  'yellow',
]
const widths: InputWidth[] = [
  '2',
  '3',
  '4',
  '5',
  '10',
  '20',
  '30',
  'full',
  'three-quarters',
  'two-thirds',
  'one-half',
  'one-third',
  'one-quarter',
]
const errors = [{ field: 'ta', message: 'Enter a description' }]

/** Every component in every variant, inside the page frame. */
function KitchenSink() {
  const choices = [{ value: 'a', text: 'A', hint: 'About A' }, { divider: true as const }, { value: 'b', text: 'B' }]
  return (
    <Layout ctx={ctx} title="All components" breadcrumbs={[{ label: 'Home', path: '/' }, { label: 'Here' }]}>
      <div class="app-hero">
        <h1 class="app-heading-xl">Heading</h1>
        <p class="app-body-l">Lead</p>
      </div>
      <ErrorSummary t={t} errors={errors} />
      <NotificationBanner t={t} heading="Heads up" />
      <NotificationBanner t={t} type="success" titleId="s" />
      <div class="app-grid-row">
        <div class="app-grid-column-two-thirds">
          <span class="app-caption-m">Caption</span>
          <h2 class="app-heading-l">L</h2>
          <h3 class="app-heading-m">M</h3>
          <h4 class="app-heading-s">S</h4>
          <p class="app-body">
            Body{' '}
            <a class="app-link" href="/x">
              Shops with a History
            </a>
          </p>
          <p class="app-body-s">Small</p>
          <ul class="app-list app-list--bullet">
            <li>One</li>
          </ul>
          <ol class="app-list app-list--number">
            <li>One</li>
          </ol>
          <hr class="app-section-break" />
        </div>
        <div class="app-grid-column-one-third" />
        <div class="app-grid-column-one-half" />
        <div class="app-grid-column-full" />
      </div>
      {widths.map((width) => (
        <TextInput t={t} name={`w${width}`} label="L" width={width} />
      ))}
      {(['s', 'm', 'l', 'xl'] as const).map((size) => (
        <TextInput t={t} name={`l${size}`} label="L" labelSize={size} isPageHeading hint="H" error="E" />
      ))}
      <Textarea t={t} name="ta" label="L" error="E" />
      <Select t={t} name="sel" label="L" error="E" options={[{ value: 'a', text: 'A' }]} />
      {(['s', 'm', 'l', 'xl'] as const).map((size) => (
        <Radios
          t={t}
          name={`r${size}`}
          legend="Q"
          legendSize={size}
          isPageHeading
          items={choices}
          error="E"
          inline
          small
        />
      ))}
      <Checkboxes t={t} name="c" legend="Q" items={choices} inline small hint="H" />
      <ButtonGroup>
        <Button>Go</Button>
        <Button variant="secondary">Go</Button>
        <Button variant="warning">Go</Button>
      </ButtonGroup>
      <Section id="s1" title="Section" seeAll={{ href: '/all', text: 'All' }}>
        <CardGrid>
          <Card
            href="/c"
            title="Card"
            meta={['a', 'b']}
            description="D"
            tags={[{ text: 'T' }]}
            image={{ src: '/i.png', alt: '' }}
          />
        </CardGrid>
      </Section>
      {colours.map((colour) => (
        <Tag colour={colour}>T</Tag>
      ))}
      <Pagination t={t} current={5} total={10} path="/p" />
      <SummaryList
        noBorder
        rows={[
          {
            key: 'K',
            value: 'V',
            actions: [
              { href: '#a', text: 'A' },
              { href: '#b', text: 'B' },
            ],
          },
          { key: 'K', value: 'V' },
        ]}
      />
      {(['s', 'm', 'l', 'xl'] as const).map((size) => (
        <Table
          caption="C"
          captionSize={size}
          scrollableId={`t${size}`}
          firstCellIsHeader
          head={['A', 1]}
          rows={[['a', 1]]}
        />
      ))}
      <Details summary="S">T</Details>
      <p class="app-js-only app-no-js-only app-u-margin-top-0 app-u-margin-bottom-0">Utilities</p>
    </Layout>
  )
}

describe('the stylesheet', () => {
  it('styles every class the components and the layout render', async () => {
    const html = await (<KitchenSink />).toString()
    const stylesheet = new TextDecoder().decode((await loadAssets()).get('app.css')!.body)
    const rendered = new Set([...html.matchAll(/\sclass="([^"]*)"/g)].flatMap((match) => match[1]!.split(/\s+/)))
    const selectors = new Set([...stylesheet.matchAll(/\.(app-[a-z0-9_-]+)/g)].map((match) => match[1]!))
    const missing = [...rendered].filter((name) => name.startsWith('app-') && !selectors.has(name))
    // Hooks with nothing to style of their own: list items and table sections that only group.
    const hooks = new Set([
      'app-footer__item',
      'app-language-switcher__item',
      'app-primary-navigation__item',
      'app-radios',
      'app-checkboxes',
      'app-card__tag',
      'app-table__head',
      'app-table__body',
    ])
    expect(missing.filter((name) => !hooks.has(name))).toEqual([])
    expect(rendered.size).toBeGreaterThan(100)
  })

  it('renders no inline style or event handler, which the content security policy would block', async () => {
    const html = await (<KitchenSink />).toString()
    expect(html).not.toMatch(/\sstyle="/)
    expect(html).not.toMatch(/\son[a-z]+="/)
  })

  it('gives every id once in a page full of components', async () => {
    const html = await (<KitchenSink />).toString()
    const ids = [...html.matchAll(/\sid="([^"]*)"/g)].map((match) => match[1]!)
    expect(ids.filter((id, index) => ids.indexOf(id) !== index)).toEqual([])
  })

  it('keeps the print, reduced-motion and forced-colours rules and the JS switch', async () => {
    const stylesheet = new TextDecoder().decode((await loadAssets()).get('app.css')!.body)
    const has = (pattern: RegExp) => pattern.test(stylesheet)
    expect(has(/@media ?print/)).toBe(true)
    expect(has(/@media ?\(prefers-reduced-motion: ?reduce\)/)).toBe(true)
    expect(has(/@media ?\(forced-colors: ?active\)/)).toBe(true)
    expect(has(/\.app-no-js \.app-js-only/)).toBe(true)
    // No web fonts and nothing fetched from elsewhere.
    expect(has(/@font-face|@import|url\(/)).toBe(false)
  })
})

import { CardGrid } from '../../../platform/ui/card.js'
import { Layout } from '../../../platform/ui/layout.js'
import type { PageContext } from '../../../platform/ui/page-context.js'
import { Section } from '../../../platform/ui/section.js'
import { ProgrammeCard, type ProgrammeCardData } from './programme-card.js'

export function ProgrammeListPage({ ctx, programmes }: { ctx: PageContext; programmes: ProgrammeCardData[] }) {
  const { t } = ctx
  const current = programmes.filter((programme) => programme.status !== 'past')
  const past = programmes.filter((programme) => programme.status === 'past')
  return (
    <Layout
      ctx={ctx}
      title={t('programmes.list.title')}
      description={t('programmes.list.lead')}
      breadcrumbs={[{ label: t('nav.home'), path: '/' }, { label: t('programmes.list.title') }]}
    >
      <div class="app-grid-row">
        <div class="app-grid-column-two-thirds">
          <h1 class="app-heading-xl">{t('programmes.list.title')}</h1>
          <p class="app-body-l">{t('programmes.list.lead')}</p>
        </div>
      </div>
      {programmes.length === 0 ? <p class="app-body">{t('programmes.list.empty')}</p> : null}
      {current.length > 0 ? (
        <Section id="current-programmes" title={t('programmes.list.current')}>
          <ProgrammeCards ctx={ctx} programmes={current} />
        </Section>
      ) : null}
      {past.length > 0 ? (
        <Section id="past-programmes" title={t('programmes.list.past')}>
          <ProgrammeCards ctx={ctx} programmes={past} />
        </Section>
      ) : null}
    </Layout>
  )
}

export function ProgrammeCards({ ctx, programmes }: { ctx: PageContext; programmes: ProgrammeCardData[] }) {
  return (
    <CardGrid>
      {programmes.map((programme) => (
        <ProgrammeCard ctx={ctx} programme={programme} />
      ))}
    </CardGrid>
  )
}

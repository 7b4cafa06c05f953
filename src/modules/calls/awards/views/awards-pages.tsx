import { formatDate } from '../../../../platform/i18n/format.js'
import { Layout } from '../../../../platform/ui/layout.js'
import { localHref, type PageContext } from '../../../../platform/ui/page-context.js'
import { Tag } from '../../../../platform/ui/tag.js'
import { countryName } from '../../../accounts/index.js'
import type { AwardEdition, AwardEditionSummary, AwardEntry } from '../awards.js'

/** /awards: every edition whose results are public, newest first. */
export function AwardsListPage({ ctx, editions }: { ctx: PageContext; editions: AwardEditionSummary[] }) {
  const { t } = ctx
  return (
    <Layout
      ctx={ctx}
      title={t('calls.awards.list.title')}
      description={t('calls.awards.list.lead')}
      breadcrumbs={[{ label: t('nav.home'), path: '/' }, { label: t('calls.awards.list.title') }]}
    >
      <h1 class="app-heading-xl">{t('calls.awards.list.title')}</h1>
      <p class="app-body-l">{t('calls.awards.list.lead')}</p>
      {editions.length === 0 ? (
        <p class="app-body">{t('calls.awards.list.empty')}</p>
      ) : (
        <ul class="app-list">
          {editions.map((edition) => (
            <li>
              <a class="app-link" href={localHref(ctx, `/awards/${edition.slug}`)}>
                {edition.title}
              </a>{' '}
              —{' '}
              {t('calls.awards.list.announced', {
                date: formatDate(ctx.locale, edition.decidedAt, ctx.timeZone),
                count: edition.winners,
              })}
            </li>
          ))}
        </ul>
      )}
      <p class="app-body">
        <a class="app-link" href={localHref(ctx, '/calls?kind=award')}>
          {t('calls.awards.list.calls')}
        </a>
      </p>
    </Layout>
  )
}

function Entry({ ctx, entry, categoryName }: { ctx: PageContext; entry: AwardEntry; categoryName: string }) {
  const { t } = ctx
  const place = [entry.city, entry.country ? countryName(entry.country, ctx.locale) : null].filter(Boolean).join(', ')
  return (
    <li>
      <p class="app-body">
        <Tag colour={entry.rank === 'winner' ? 'green' : 'blue'}>{t(`calls.awards.rank.${entry.rank}`)}</Tag>{' '}
        <span class="app-visually-hidden">{categoryName}: </span>
        <strong>{entry.entryTitle}</strong>
      </p>
      <p class="app-body">
        {entry.awardeeName}
        {place ? ` · ${place}` : ''}
      </p>
      {entry.practice ? (
        <p class="app-body">
          <a class="app-link" href={localHref(ctx, `/practices/${entry.practice.slug}`)}>
            {t('calls.awards.edition.practice', { title: entry.practice.title })}
          </a>
        </p>
      ) : null}
    </li>
  )
}

/** /awards/:slug: one edition's winners and honourable mentions, category by category. */
export function AwardEditionPage({ ctx, edition }: { ctx: PageContext; edition: AwardEdition }) {
  const { t } = ctx
  const { call } = edition
  return (
    <Layout
      ctx={ctx}
      title={call.title}
      description={t('calls.awards.edition.lead', {
        date: formatDate(ctx.locale, call.decidedAt!, call.timeZone),
      })}
      breadcrumbs={[
        { label: t('nav.home'), path: '/' },
        { label: t('calls.awards.list.title'), path: '/awards' },
        { label: call.title },
      ]}
    >
      <h1 class="app-heading-xl">{call.title}</h1>
      <p class="app-body-l">
        {t('calls.awards.edition.lead', { date: formatDate(ctx.locale, call.decidedAt!, call.timeZone) })}
      </p>
      <p class="app-body">
        <a class="app-link" href={localHref(ctx, `/calls/${call.slug}`)}>
          {t('calls.awards.edition.call')}
        </a>
      </p>
      {edition.categories.map((category) => (
        <section class="app-section" aria-labelledby={`category-${category.id}`}>
          <h2 class="app-heading-l" id={`category-${category.id}`}>
            {category.name}
          </h2>
          {category.winners.length + category.mentions.length === 0 ? (
            <p class="app-body">{t('calls.awards.edition.none')}</p>
          ) : (
            <ul class="app-list">
              {[...category.winners, ...category.mentions].map((entry) => (
                <Entry ctx={ctx} entry={entry} categoryName={category.name} />
              ))}
            </ul>
          )}
        </section>
      ))}
    </Layout>
  )
}

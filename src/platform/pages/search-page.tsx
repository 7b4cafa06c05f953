import type { SearchHit } from '../module.js'
import { Layout } from '../ui/layout.js'
import { localHref, type PageContext } from '../ui/page-context.js'

export interface SearchGroup {
  label: string
  total: number
  hits: SearchHit[]
  morePath?: string
}

/** /search: one box for everything, results grouped by kind with their counts. */
export function SearchPage({ ctx, query, groups }: { ctx: PageContext; query: string; groups: SearchGroup[] }) {
  const { t } = ctx
  const total = groups.reduce((sum, group) => sum + group.total, 0)
  const title = query ? t('search.titleFor', { query }) : t('search.title')
  return (
    <Layout
      ctx={ctx}
      title={title}
      indexable={false}
      breadcrumbs={[{ label: t('nav.home'), path: '/' }, { label: t('search.title') }]}
    >
      <h1 class="app-heading-xl">{t('search.title')}</h1>
      <search>
        <form method="get" action={localHref(ctx, '/search')} class="app-search-form">
          <label class="app-label" for="q">
            {t('search.label')}
          </label>
          <div class="app-search-form__row">
            <input class="app-input app-search-form__input" type="search" id="q" name="q" value={query} />
            <button class="app-button app-search-form__button" type="submit">
              {t('search.submit')}
            </button>
          </div>
        </form>
      </search>
      {query ? (
        <p class="app-body" role="status">
          {t('search.summary', { count: total, query })}
        </p>
      ) : null}
      {groups
        .filter((group) => group.total > 0)
        .map((group, index) => (
          <section class="app-section" aria-labelledby={`search-group-${index}`}>
            <h2 class="app-heading-l" id={`search-group-${index}`}>
              {group.label} <span class="app-caption-m">({group.total})</span>
            </h2>
            <ul class="app-list app-search-results">
              {group.hits.map((hit) => (
                <li class="app-search-results__item">
                  <a
                    class="app-link app-search-results__link"
                    href={localHref(ctx, hit.path)}
                    lang={hit.language && hit.language !== ctx.locale ? hit.language : undefined}
                  >
                    {hit.title}
                  </a>
                  {hit.summary ? (
                    <p
                      class="app-body-s app-search-results__summary"
                      lang={hit.language && hit.language !== ctx.locale ? hit.language : undefined}
                    >
                      {hit.summary}
                    </p>
                  ) : null}
                </li>
              ))}
            </ul>
            {group.morePath ? (
              <p class="app-body">
                <a class="app-link" href={localHref(ctx, group.morePath)}>
                  {t('search.more', { count: group.total, label: group.label })}
                </a>
              </p>
            ) : null}
          </section>
        ))}
    </Layout>
  )
}

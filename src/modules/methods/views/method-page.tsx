import { formatNumber } from '../../../platform/i18n/format.js'
import { Button } from '../../../platform/ui/button.js'
import { Layout } from '../../../platform/ui/layout.js'
import { NotificationBanner } from '../../../platform/ui/notification-banner.js'
import { localHref, type PageContext } from '../../../platform/ui/page-context.js'
import { SummaryList } from '../../../platform/ui/summary-list.js'
import type { Method, MethodResource, ResourceCounts } from '../queries.js'
import { RESOURCE_KINDS } from '../tables.js'
import { groupSizeText, Paragraphs, resourceCountsText, totalResources } from './method-texts.js'

/** What the person may see of the member resources: their content, or only that they exist. */
export type ResourceView =
  | { kind: 'members'; resources: MethodResource[] }
  | { kind: 'visitor'; signInHref: string; signUpHref: string }
  | { kind: 'unverified' }

export interface MethodPageProps {
  ctx: PageContext
  method: Method
  counts: ResourceCounts
  view: ResourceView
  canEdit: boolean
  notice?: string
}

export const resourcePath = (slug: string, id: string) => `/methods/${slug}/resources/${id}/download`

export function MethodPage({ ctx, method, counts, view, canEdit, notice }: MethodPageProps) {
  const { t } = ctx
  const lang = method.language === ctx.locale ? undefined : method.language
  const base = `/methods/${method.slug}`
  return (
    <Layout
      ctx={ctx}
      title={method.name}
      description={method.summary}
      breadcrumbs={[
        { label: t('nav.home'), path: '/' },
        { label: t('methods.list.title'), path: '/methods' },
        { label: method.name },
      ]}
    >
      <div class="app-grid-row">
        <div class="app-grid-column-two-thirds">
          {notice ? <NotificationBanner t={t} type="success" heading={notice} /> : null}
          <span class="app-caption-m">{t('methods.caption')}</span>
          <div lang={lang}>
            <h1 class="app-heading-xl">{method.name}</h1>
            <p class="app-body-l">{method.summary}</p>
          </div>
          {canEdit ? (
            <p class="app-body">
              <a class="app-link" href={localHref(ctx, `${base}/edit`)}>
                {t('methods.edit.link')}
              </a>{' '}
              ·{' '}
              <a class="app-link" href={localHref(ctx, `${base}/resources/new`)}>
                {t('methods.resources.add')}
              </a>
            </p>
          ) : null}
          <SummaryList
            rows={[
              { key: t('methods.field.effort'), value: t(`methods.effort.${method.effort}`) },
              { key: t('methods.field.duration'), value: <span lang={lang}>{method.duration}</span> },
              { key: t('methods.field.groupSize'), value: groupSizeText(ctx, method) },
              { key: t('methods.field.format'), value: t(`methods.format.${method.format}`) },
              ...(method.activityKinds.length > 0
                ? [
                    {
                      key: t('methods.field.activityKinds'),
                      value: (
                        <ul class="app-list">
                          {method.activityKinds.map((kind) => (
                            <li>
                              <a class="app-link" href={localHref(ctx, `/activities?kind=${kind}`)}>
                                {t(`activities.kind.${kind}`)}
                              </a>
                            </li>
                          ))}
                        </ul>
                      ),
                    },
                  ]
                : []),
            ]}
          />
          <div lang={lang}>
            <h2 class="app-heading-l">{t('methods.field.whatItIs')}</h2>
            <Paragraphs text={method.whatItIs} />
            <h2 class="app-heading-l">{t('methods.field.whenToUse')}</h2>
            <Paragraphs text={method.whenToUse} />
            <h2 class="app-heading-l">{t('methods.field.steps')}</h2>
            <ol class="app-list app-list--number">
              {method.steps.map((step) => (
                <li>{step}</li>
              ))}
            </ol>
            <h2 class="app-heading-l">{t('methods.field.outcomes')}</h2>
            <Paragraphs text={method.outcomes} />
            <h2 class="app-heading-l">{t('methods.field.pitfalls')}</h2>
            <Paragraphs text={method.pitfalls} />
          </div>
          <section aria-labelledby="member-resources">
            <h2 class="app-heading-l" id="member-resources">
              {t('methods.resources.heading')}
            </h2>
            <MemberResources ctx={ctx} method={method} counts={counts} view={view} canEdit={canEdit} />
          </section>
        </div>
      </div>
    </Layout>
  )
}

function MemberResources({ ctx, method, counts, view, canEdit }: Omit<MethodPageProps, 'notice'>) {
  const { t } = ctx
  const total = totalResources(counts)
  if (view.kind !== 'members') {
    if (total === 0) return <p class="app-body">{t('methods.resources.none')}</p>
    return (
      <>
        <p class="app-body">{t('methods.resources.exist', { resources: resourceCountsText(ctx, counts) })}</p>
        {view.kind === 'visitor' ? (
          <p class="app-body">
            <a class="app-link" href={view.signInHref}>
              {t('methods.resources.signIn')}
            </a>{' '}
            {t('methods.resources.or')}{' '}
            <a class="app-link" href={view.signUpHref}>
              {t('methods.resources.becomeMember')}
            </a>
          </p>
        ) : (
          <p class="app-body">{t('methods.resources.verify')}</p>
        )}
      </>
    )
  }
  if (view.resources.length === 0) return <p class="app-body">{t('methods.resources.none')}</p>
  return (
    <>
      {RESOURCE_KINDS.map((kind) => {
        const resources = view.resources.filter((resource) => resource.kind === kind)
        if (resources.length === 0) return null
        return (
          <>
            <h3 class="app-heading-m">{t(`methods.resources.kind.${kind}.plural`)}</h3>
            <ul class="app-list">
              {resources.map((resource) => (
                <li>
                  <p class="app-body">
                    {resource.storageKey ? (
                      <a class="app-link" href={localHref(ctx, resourcePath(method.slug, resource.id))}>
                        {resource.title}
                      </a>
                    ) : (
                      <strong>{resource.title}</strong>
                    )}
                    {resource.storageKey && resource.sizeBytes !== null ? (
                      <span class="app-body-s">
                        {' '}
                        (
                        {t('methods.resources.size', {
                          size: formatNumber(ctx.locale, Math.max(1, Math.round(resource.sizeBytes / 1024))),
                        })}
                        )
                      </span>
                    ) : null}
                  </p>
                  {resource.description ? <Paragraphs text={resource.description} /> : null}
                  {canEdit ? (
                    <form
                      method="post"
                      action={localHref(ctx, `/methods/${method.slug}/resources/${resource.id}/remove`)}
                    >
                      <Button variant="secondary">
                        {t('methods.resources.remove')}
                        <span class="app-visually-hidden">: {resource.title}</span>
                      </Button>
                    </form>
                  ) : null}
                </li>
              ))}
            </ul>
          </>
        )
      })}
    </>
  )
}

import type { FormError, FormValues } from '../../../../platform/forms/form-state.js'
import { fieldError, fieldValue } from '../../../../platform/forms/form-state.js'
import { Button } from '../../../../platform/ui/button.js'
import { ErrorSummary, errorTitle } from '../../../../platform/ui/error-summary.js'
import { Layout } from '../../../../platform/ui/layout.js'
import { NotificationBanner } from '../../../../platform/ui/notification-banner.js'
import { localHref, type PageContext } from '../../../../platform/ui/page-context.js'
import { Select } from '../../../../platform/ui/select.js'
import { TextInput } from '../../../../platform/ui/text-input.js'
import { Textarea } from '../../../../platform/ui/textarea.js'
import type { Call, CallApplication } from '../../tables.js'
import { AWARD_RANKS, type CallAward, type CallAwardCategory } from '../tables.js'

/** The jury's page for an award call: its categories, then each submitted entry's award. */
export function AwardsEditorPage(props: {
  ctx: PageContext
  call: Call
  categories: CallAwardCategory[]
  entries: { application: CallApplication; organisationName: string | null; award: CallAward | undefined }[]
  /** Slug of each awarded practice, to show in its field. */
  practiceSlugs: Map<string, string>
  notice?: string
  values?: FormValues
  errors?: FormError[]
}) {
  const { ctx, call, categories } = props
  const { t } = ctx
  const base = localHref(ctx, `/calls/${call.slug}/awards`)
  const title = t('calls.awards.editor.title', { title: call.title })
  const released = call.decidedAt !== null
  return (
    <Layout
      ctx={ctx}
      title={errorTitle(t, title, props.errors)}
      indexable={false}
      breadcrumbs={[
        { label: t('nav.home'), path: '/' },
        { label: t('calls.list.title'), path: '/calls' },
        { label: call.title, path: `/calls/${call.slug}` },
        { label: t('calls.awards.editor.crumb') },
      ]}
    >
      {props.errors && props.errors.length > 0 ? <ErrorSummary t={t} errors={props.errors} /> : null}
      {props.notice ? (
        <NotificationBanner t={t} type="success">
          <p class="app-body">{t('calls.awards.editor.saved')}</p>
        </NotificationBanner>
      ) : null}
      <h1 class="app-heading-xl">{title}</h1>
      <p class="app-body">{t(released ? 'calls.awards.editor.released' : 'calls.awards.editor.lead')}</p>
      {released ? (
        <p class="app-body">
          <a class="app-link" href={localHref(ctx, `/awards/${call.slug}`)}>
            {t('calls.awards.editor.publicPage')}
          </a>
        </p>
      ) : null}
      <p class="app-body">
        <a class="app-link" href={localHref(ctx, `/calls/${call.slug}/applications`)}>
          {t('calls.awards.editor.dashboard')}
        </a>
      </p>
      <h2 class="app-heading-l">{t('calls.awards.editor.categories')}</h2>
      {released ? (
        <ul class="app-list">
          {categories.map((category) => (
            <li>{category.name}</li>
          ))}
        </ul>
      ) : (
        <form method="post" action={`${base}/categories`} novalidate>
          <Textarea
            t={t}
            name="categories"
            label={t('calls.awards.editor.categoriesLabel')}
            hint={t('calls.awards.editor.categoriesHint')}
            rows={4}
            value={fieldValue(props.values, 'categories') ?? categories.map((category) => category.name).join('\n')}
            error={fieldError(props.errors, 'categories')}
          />
          <Button variant="secondary">{t('calls.awards.editor.saveCategories')}</Button>
        </form>
      )}
      <h2 class="app-heading-l">{t('calls.awards.editor.entries')}</h2>
      {props.entries.length === 0 ? <p class="app-body">{t('calls.awards.editor.noEntries')}</p> : null}
      {props.entries.map(({ application, organisationName, award }) => {
        const id = application.id
        const own = (name: string) => (props.values?.applicationId === id ? fieldValue(props.values, name) : undefined)
        const error = (name: string) =>
          props.values?.applicationId === id ? fieldError(props.errors, `${name}-${id}`) : undefined
        return (
          <section class="app-section" aria-labelledby={`entry-${id}`}>
            <h3 class="app-heading-m" id={`entry-${id}`}>
              {application.reference ?? '—'} · {organisationName ?? '—'}
              {application.decision ? ` · ${t(`calls.decision.${application.decision}`)}` : ''}
            </h3>
            {released || categories.length === 0 ? (
              <p class="app-body">
                {award
                  ? `${t(`calls.awards.rank.${award.rank}`)} · ${categories.find((category) => category.id === award.categoryId)?.name ?? ''}`
                  : t('calls.awards.editor.noAward')}
              </p>
            ) : (
              <form method="post" action={`${base}/${id}`} novalidate>
                <Select
                  t={t}
                  name="rank"
                  id={`rank-${id}`}
                  label={t('calls.awards.editor.rank')}
                  options={[
                    { value: '', text: t('calls.awards.editor.noAward') },
                    ...AWARD_RANKS.map((rank) => ({ value: rank, text: t(`calls.awards.rank.${rank}`) })),
                  ]}
                  value={own('rank') ?? award?.rank ?? ''}
                  error={error('rank')}
                />
                <Select
                  t={t}
                  name="categoryId"
                  id={`categoryId-${id}`}
                  label={t('calls.awards.editor.category')}
                  options={categories.map((category) => ({ value: category.id, text: category.name }))}
                  value={own('categoryId') ?? award?.categoryId ?? ''}
                  error={error('categoryId')}
                />
                <TextInput
                  t={t}
                  name="practice"
                  id={`practice-${id}`}
                  label={t('calls.awards.editor.practice')}
                  hint={t('calls.awards.editor.practiceHint')}
                  value={own('practice') ?? (award?.practiceId ? props.practiceSlugs.get(award.practiceId) : '') ?? ''}
                  error={error('practice')}
                />
                <Button variant="secondary">{t('calls.awards.editor.save')}</Button>
              </form>
            )}
          </section>
        )
      })}
    </Layout>
  )
}

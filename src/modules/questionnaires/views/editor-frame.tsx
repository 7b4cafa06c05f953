import type { Child } from 'hono/jsx'
import type { FormError } from '../../../platform/forms/form-state.js'
import { ErrorSummary, errorTitle } from '../../../platform/ui/error-summary.js'
import { Layout } from '../../../platform/ui/layout.js'
import { NotificationBanner } from '../../../platform/ui/notification-banner.js'
import type { PageContext } from '../../../platform/ui/page-context.js'

export const EDITOR_ROOT = '/admin/questionnaires'
export const editorPath = (id: string, rest = '') => `${EDITOR_ROOT}/${id}${rest}`

/** The frame every editor page shares: title with "Error: ", breadcrumbs, error summary, notice. */
export function EditorFrame(props: {
  ctx: PageContext
  title: string
  questionnaire?: { id: string; title: string }
  errors?: FormError[]
  notice?: string
  problem?: string
  children?: Child
}) {
  const { ctx } = props
  const { t } = ctx
  const problems = props.problem ? [{ field: '', message: props.problem }, ...(props.errors ?? [])] : props.errors
  return (
    <Layout
      ctx={ctx}
      title={errorTitle(t, props.title, problems)}
      indexable={false}
      breadcrumbs={[
        { label: t('nav.home'), path: '/' },
        { label: t('questionnaires.list.title'), path: EDITOR_ROOT },
        ...(props.questionnaire
          ? [{ label: props.questionnaire.title, path: editorPath(props.questionnaire.id) }]
          : []),
        { label: props.title },
      ]}
    >
      <ErrorSummary t={t} errors={problems} />
      {props.notice ? (
        <NotificationBanner t={t} type="success">
          <p class="app-body">{props.notice}</p>
        </NotificationBanner>
      ) : null}
      <h1 class="app-heading-l">{props.title}</h1>
      {props.children}
    </Layout>
  )
}

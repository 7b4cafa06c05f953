import type { Child } from 'hono/jsx'
import type { FormError } from '../../../platform/forms/form-state.js'
import { ErrorSummary, errorTitle } from '../../../platform/ui/error-summary.js'
import { type Breadcrumb, Layout } from '../../../platform/ui/layout.js'
import { NotificationBanner } from '../../../platform/ui/notification-banner.js'
import type { PageContext } from '../../../platform/ui/page-context.js'

/** "Sample data": on every page of a sample survey, above everything else. */
export function SampleNotice({ ctx, show }: { ctx: PageContext; show: boolean }) {
  if (!show) return null
  return <p class="app-body app-pulse-sample">{ctx.t('pulse.sample.notice')}</p>
}

/** Title (with "Error: "), breadcrumbs from Home and Pulse, error summary, notice, sample label, h1. */
export function PulseFrame(props: {
  ctx: PageContext
  title: string
  trail?: Breadcrumb[]
  errors?: FormError[]
  notice?: string
  sample?: boolean
  indexable?: boolean
  lead?: Child
  children?: Child
}) {
  const { ctx } = props
  const { t } = ctx
  return (
    <Layout
      ctx={ctx}
      title={errorTitle(t, props.title, props.errors)}
      indexable={props.indexable ?? true}
      breadcrumbs={[
        { label: t('nav.home'), path: '/' },
        { label: t('pulse.nav'), path: '/pulse' },
        ...(props.trail ?? []),
        { label: props.title },
      ]}
    >
      <ErrorSummary t={t} errors={props.errors} />
      {props.notice ? (
        <NotificationBanner t={t} type="success">
          <p class="app-body">{props.notice}</p>
        </NotificationBanner>
      ) : null}
      <SampleNotice ctx={ctx} show={props.sample ?? false} />
      <h1 class="app-heading-xl">{props.title}</h1>
      {props.lead}
      {props.children}
    </Layout>
  )
}

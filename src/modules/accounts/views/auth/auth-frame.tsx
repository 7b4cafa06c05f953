import type { Child } from 'hono/jsx'
import type { FormError } from '../../../../platform/forms/form-state.js'
import { ErrorSummary, errorTitle } from '../../../../platform/ui/error-summary.js'
import { Layout } from '../../../../platform/ui/layout.js'
import type { PageContext } from '../../../../platform/ui/page-context.js'

/**
 * The frame of every sign-in and account page: not indexed, a two-thirds column, the error
 * summary first and "Error: " in the title when a form came back with problems.
 */
export function AuthFrame(props: {
  ctx: PageContext
  title: string
  errors?: readonly FormError[]
  /** Above the error summary's place: a banner that is the outcome of what the person just did. */
  banner?: Child
  children?: Child
}) {
  const { ctx, title, errors, banner, children } = props
  return (
    <Layout ctx={ctx} title={errorTitle(ctx.t, title, errors)} indexable={false}>
      <div class="app-grid-row">
        <div class="app-grid-column-two-thirds">
          <ErrorSummary t={ctx.t} errors={errors} />
          {banner}
          {children}
        </div>
      </div>
    </Layout>
  )
}

/** The page's one `next` parameter, carried through a form. */
export function NextField({ next }: { next: string | undefined }) {
  return next ? <input type="hidden" name="next" value={next} /> : null
}

import type { Child } from 'hono/jsx'
import type { FormError } from '../../../../platform/forms/form-state.js'
import type { PageContext } from '../../../../platform/ui/page-context.js'
import { AuthFrame } from './auth-frame.js'

/** A link from an e-mail that no longer works: what happened, and the way to a new one. */
export function LinkProblemPage(props: {
  ctx: PageContext
  title: string
  body: string
  errors?: FormError[]
  children?: Child
}) {
  return (
    <AuthFrame ctx={props.ctx} title={props.title} errors={props.errors}>
      <h1 class="app-heading-l">{props.title}</h1>
      <p class="app-body">{props.body}</p>
      {props.children}
    </AuthFrame>
  )
}

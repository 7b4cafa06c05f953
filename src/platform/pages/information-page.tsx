import type { Child } from 'hono/jsx'
import { Layout } from '../ui/layout.js'
import type { PageContext } from '../ui/page-context.js'

/**
 * The frame of the site's own information pages: breadcrumbs Home › page, one <h1>, and a
 * two-thirds column for readable line lengths (full width for pages of tables, like the API).
 */
export function InformationPage(props: {
  ctx: PageContext
  title: string
  description: string
  wide?: boolean
  children?: Child
}) {
  const { ctx, title, description, wide = false, children } = props
  const content = (
    <>
      <h1 class="app-heading-xl">{title}</h1>
      {children}
    </>
  )
  return (
    <Layout
      ctx={ctx}
      title={title}
      description={description}
      breadcrumbs={[{ label: ctx.t('nav.home'), path: '/' }, { label: title }]}
    >
      {wide ? (
        content
      ) : (
        <div class="app-grid-row">
          <div class="app-grid-column-two-thirds">{content}</div>
        </div>
      )}
    </Layout>
  )
}

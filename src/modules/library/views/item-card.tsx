import { markdownToText } from '../../../platform/markdown/markdown.js'
import { Card } from '../../../platform/ui/card.js'
import { localHref, type PageContext } from '../../../platform/ui/page-context.js'
import { languageName } from '../../accounts/index.js'
import type { LibraryCardData } from '../queries.js'
import { kindLabel } from './labels.js'

export function summaryOf(description: string, length = 220): string {
  const text = markdownToText(description).replace(/\s+/g, ' ').trim()
  return text.length > length ? `${text.slice(0, length - 1).trimEnd()}…` : text
}

export function LibraryCard({
  ctx,
  item,
  headingLevel = 3,
}: {
  ctx: PageContext
  item: LibraryCardData
  headingLevel?: 2 | 3
}) {
  const meta = [
    item.organisation || item.authors,
    item.year ? String(item.year) : '',
    languageName(item.language, ctx.locale),
  ].filter(Boolean)
  return (
    <Card
      headingLevel={headingLevel}
      href={localHref(ctx, `/library/${item.slug}`)}
      title={item.title}
      meta={meta}
      description={summaryOf(item.description)}
      tags={[{ text: kindLabel(ctx, item.kind), colour: 'turquoise' }]}
    />
  )
}

import { intlLocale } from '../../../platform/i18n/format.js'
import type { PageContext } from '../../../platform/ui/page-context.js'
import type { Method, ResourceCounts } from '../queries.js'
import { RESOURCE_KINDS } from '../tables.js'

/** Plain text written by editors: blank lines separate paragraphs; nothing is interpreted as markup. */
export function Paragraphs({ text }: { text: string }) {
  return (
    <>
      {text
        .split(/\n\s*\n/)
        .map((paragraph) => paragraph.trim())
        .filter(Boolean)
        .map((paragraph) => (
          <p class="app-body">{paragraph}</p>
        ))}
    </>
  )
}

export function groupSizeText(ctx: PageContext, method: Pick<Method, 'groupMin' | 'groupMax'>): string {
  return method.groupMin === method.groupMax
    ? ctx.t('methods.groupSize.exactly', { count: method.groupMin })
    : ctx.t('methods.groupSize.range', { min: method.groupMin, max: method.groupMax })
}

/** "3 templates, 2 examples and 1 contact": how many, never what. Empty when there are none. */
export function resourceCountsText(ctx: PageContext, counts: ResourceCounts): string {
  const parts = RESOURCE_KINDS.filter((kind) => counts[kind] > 0).map((kind) =>
    ctx.t(`methods.resources.count.${kind}`, { count: counts[kind] }),
  )
  return new Intl.ListFormat(intlLocale(ctx.locale), { style: 'long', type: 'conjunction' }).format(parts)
}

export const totalResources = (counts: ResourceCounts) => counts.template + counts.example + counts.contact

import type { Child } from 'hono/jsx'
import { Card } from '../../../platform/ui/card.js'
import { localHref, type PageContext } from '../../../platform/ui/page-context.js'
import { countryName, type Theme, themeLabelKey } from '../../accounts/index.js'
import { contentLang } from '../../programmes/views/content-lang.js'
import { MARK_END, MARK_START, type PracticeCardData } from '../queries.js'

/**
 * The summary as ts_headline marked it: the text between sentinels becomes <mark>, everything else
 * stays text, which hono/jsx escapes, so nothing in a practice's words can become markup.
 */
export function Highlighted({ text }: { text: string }): Child {
  const parts: Child[] = []
  for (const [index, piece] of text.split(MARK_START).entries()) {
    if (index === 0) {
      parts.push(piece.replaceAll(MARK_END, ''))
      continue
    }
    const end = piece.indexOf(MARK_END)
    if (end === -1) parts.push(piece)
    else parts.push(<mark>{piece.slice(0, end)}</mark>, piece.slice(end + MARK_END.length))
  }
  return <>{parts}</>
}

export function practiceTags(ctx: PageContext, practice: Pick<PracticeCardData, 'themes' | 'transformations'>) {
  return [
    ...practice.transformations.map((value) => ({
      text: ctx.t(`practices.transformation.${value as 'green'}`),
      colour: 'green' as const,
    })),
    ...practice.themes.map((theme) => ({ text: ctx.t(themeLabelKey(theme as Theme)), colour: 'turquoise' as const })),
  ]
}

export function PracticeCard({
  ctx,
  practice,
  headingLevel = 3,
}: {
  ctx: PageContext
  practice: PracticeCardData
  headingLevel?: 2 | 3 | 4
}) {
  const lang = contentLang(ctx, practice.language)
  return (
    <Card
      headingLevel={headingLevel}
      href={localHref(ctx, `/practices/${practice.slug}`)}
      title={<span lang={lang}>{practice.title}</span>}
      meta={[practice.city, countryName(practice.country, ctx.locale)]}
      description={
        <span lang={lang}>{practice.highlighted ? <Highlighted text={practice.highlighted} /> : practice.summary}</span>
      }
      tags={practiceTags(ctx, practice)}
    />
  )
}

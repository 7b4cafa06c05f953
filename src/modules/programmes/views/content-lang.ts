import type { PageContext } from '../../../platform/ui/page-context.js'

/**
 * The lang attribute for text written in `language` on a page in another one (WCAG 3.1.2), so a
 * screen reader reads an English programme name on a French page with English pronunciation.
 */
export function contentLang(ctx: Pick<PageContext, 'locale'>, language: string): string | undefined {
  return language === ctx.locale ? undefined : language
}

import type { Context } from 'hono'
import type { AppEnv } from '../http/env.js'
import type { Locale, Translate } from '../i18n/catalogue.js'
import type { NavEntry } from '../module.js'

/** Everything the layout and the views need to know about the request, as plain data. */
export interface PageContext {
  locale: Locale
  t: Translate
  /** The path below the locale ("/programmes/x", "" for the home page), for the language switcher. */
  path: string
  /** The query string with its "?", or "", kept when switching language. */
  query: string
  baseUrl: string
  nav: NavEntry[]
  asset: (name: string) => string
  timeZone: string
  now: Date
  /** The signed-in person, for the header's account links; null (or absent) for a visitor. */
  actor?: { name: string } | null
}

/** Builds a page's link below the current locale. */
export function localHref(ctx: Pick<PageContext, 'locale'>, path: string): string {
  return `/${ctx.locale}${path === '/' ? '' : path}`
}

export type PageContextFactory = (c: Context<AppEnv>) => PageContext

import type { Context } from 'hono'
import type { AssetManifest } from '../assets/assets.js'
import { assetUrl } from '../assets/assets.js'
import { LOCALES } from '../i18n/catalogue.js'
import type { NavEntry } from '../module.js'
import type { PageContext } from '../ui/page-context.js'
import type { AppEnv } from './env.js'

/** The PageContext of a request, from the locale middleware's variables and the module list. */
export function createPageContextFactory(options: { nav: NavEntry[]; assets: AssetManifest }) {
  const nav = [...options.nav].sort((a, b) => a.order - b.order)
  const asset = (name: string) => assetUrl(options.assets, name)
  return (c: Context<AppEnv>): PageContext => {
    const url = new URL(c.req.url)
    return {
      locale: c.var.locale,
      t: c.var.t,
      path: stripLocale(url.pathname),
      query: url.search,
      baseUrl: c.var.config.http.baseUrl,
      nav,
      asset,
      timeZone: c.var.config.i18n.defaultTimeZone,
      now: c.var.now(),
      actor: c.var.actor ? { name: c.var.actor.name } : null,
    }
  }
}

/** "/fr/programmes/x" → "/programmes/x"; "/fr" → "". Paths outside a locale stay as they are. */
export function stripLocale(pathname: string): string {
  const [, first, ...rest] = pathname.split('/')
  if (!LOCALES.includes(first as (typeof LOCALES)[number])) return pathname
  const remainder = rest.join('/')
  return remainder ? `/${remainder}` : ''
}

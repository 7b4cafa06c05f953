import { raw } from 'hono/html'
import type { Child } from 'hono/jsx'
import { LOCALES } from '../i18n/catalogue.js'
import { localHref, type PageContext } from './page-context.js'

export interface Breadcrumb {
  label: string
  /** Path below the locale; the current page is the last crumb and has no link. */
  path?: string
}

export interface LayoutProps {
  ctx: PageContext
  title: string
  /** Meta description, also used for og:description. Public text only. */
  description?: string
  breadcrumbs?: Breadcrumb[]
  /** Extra elements for <head>: alternate feeds, JSON-LD (as <script type="application/ld+json">). */
  head?: Child
  /** Set false for pages that must not be indexed (forms, errors). */
  indexable?: boolean
  children?: Child
}

const languageNames = { en: 'English', fr: 'Français', de: 'Deutsch' } as const

/**
 * The page frame: skip link, header with the primary navigation and the language switcher,
 * breadcrumbs, main, footer. Modelled on the GOV.UK template; hono/jsx emits no doctype, so we do.
 * @example
 * <Layout ctx={ctx} title={t('home.title')} breadcrumbs={[{ label: t('nav.home'), path: '/' }, { label: 'Here' }]}>…</Layout>
 */
export function Layout({ ctx, title, description, breadcrumbs, head, indexable = true, children }: LayoutProps) {
  const { t, locale } = ctx
  const siteName = t('site.name')
  const currentUrl = `${ctx.baseUrl}${localHref(ctx, ctx.path || '/')}`
  return (
    <>
      {raw('<!doctype html>')}
      <html lang={locale} class="app-no-js">
        <head>
          <meta charset="utf-8" />
          <meta name="viewport" content="width=device-width, initial-scale=1" />
          <title>{title === siteName ? siteName : `${title} – ${siteName}`}</title>
          {description ? <meta name="description" content={description} /> : null}
          {indexable ? null : <meta name="robots" content="noindex" />}
          <link rel="canonical" href={currentUrl} />
          {LOCALES.map((alternate) => (
            <link rel="alternate" hreflang={alternate} href={`${ctx.baseUrl}/${alternate}${ctx.path}${ctx.query}`} />
          ))}
          <link rel="alternate" hreflang="x-default" href={`${ctx.baseUrl}/`} />
          <meta property="og:site_name" content={siteName} />
          <meta property="og:title" content={title} />
          <meta property="og:url" content={currentUrl} />
          <meta property="og:locale" content={t('site.ogLocale')} />
          {description ? <meta property="og:description" content={description} /> : null}
          <link rel="stylesheet" href={ctx.asset('app.css')} />
          <link rel="icon" href={ctx.asset('favicon.svg')} type="image/svg+xml" />
          <script type="module" src={ctx.asset('app.js')} defer />
          {head}
        </head>
        <body class="app-template">
          <a href="#main-content" class="app-skip-link">
            {t('layout.skipLink')}
          </a>
          <header class="app-header">
            <div class="app-width-container app-header__container">
              <a href={localHref(ctx, '/')} class="app-header__logo">
                <span class="app-header__logo-mark" aria-hidden="true">
                  ◆
                </span>
                <span class="app-header__site-name">{siteName}</span>
              </a>
              <nav class="app-language-switcher" aria-label={t('layout.languageSwitcher')}>
                <ul class="app-language-switcher__list">
                  {LOCALES.map((code) => (
                    <li class="app-language-switcher__item">
                      {code === locale ? (
                        <span class="app-language-switcher__current" aria-current="true" lang={code}>
                          {languageNames[code]}
                        </span>
                      ) : (
                        <a
                          class="app-language-switcher__link"
                          href={`/${code}${ctx.path}${ctx.query}`}
                          hreflang={code}
                          lang={code}
                        >
                          {languageNames[code]}
                        </a>
                      )}
                    </li>
                  ))}
                </ul>
              </nav>
              <AccountNavigation ctx={ctx} />
            </div>
            <nav class="app-primary-navigation" aria-label={t('layout.primaryNavigation')}>
              <ul class="app-width-container app-primary-navigation__list">
                <li class="app-primary-navigation__item">
                  <a
                    class="app-primary-navigation__link"
                    href={localHref(ctx, '/')}
                    aria-current={ctx.path === '' ? 'page' : undefined}
                  >
                    {t('nav.home')}
                  </a>
                </li>
                {ctx.nav.map((entry) => (
                  <li class="app-primary-navigation__item">
                    <a
                      class="app-primary-navigation__link"
                      href={localHref(ctx, entry.path)}
                      aria-current={isCurrentSection(ctx.path, entry.path) ? 'page' : undefined}
                    >
                      {t(entry.labelKey)}
                    </a>
                  </li>
                ))}
              </ul>
            </nav>
            {ctx.path === '/search' ? null : (
              <div class="app-width-container">
                {/* The search page has its own box; one box per page keeps the id "q" unique. */}
                <search class="app-header-search">
                  <form class="app-header-search__form" method="get" action={localHref(ctx, '/search')}>
                    <label class="app-visually-hidden" for="q">
                      {t('search.headerLabel')}
                    </label>
                    <input class="app-header-search__input" type="search" id="q" name="q" />
                    <button class="app-header-search__button" type="submit">
                      {t('search.submit')}
                    </button>
                  </form>
                </search>
              </div>
            )}
          </header>
          <div class="app-width-container app-main-container">
            {breadcrumbs && breadcrumbs.length > 0 ? <Breadcrumbs ctx={ctx} items={breadcrumbs} /> : null}
            <main class="app-main-wrapper" id="main-content" tabindex={-1}>
              {children}
            </main>
          </div>
          <footer class="app-footer">
            <div class="app-width-container">
              <h2 class="app-visually-hidden">{t('layout.footerHeading')}</h2>
              <ul class="app-footer__links">
                <li class="app-footer__item">
                  <a class="app-footer__link" href={localHref(ctx, '/accessibility')}>
                    {t('footer.accessibility')}
                  </a>
                </li>
                <li class="app-footer__item">
                  <a class="app-footer__link" href={localHref(ctx, '/privacy')}>
                    {t('footer.privacy')}
                  </a>
                </li>
                <li class="app-footer__item">
                  <a class="app-footer__link" href={localHref(ctx, '/open-data')}>
                    {t('footer.openData')}
                  </a>
                </li>
                <li class="app-footer__item">
                  <a class="app-footer__link" href={localHref(ctx, '/contact')}>
                    {t('footer.contact')}
                  </a>
                </li>
              </ul>
              <p class="app-footer__meta">{t('footer.openSource')}</p>
            </div>
          </footer>
        </body>
      </html>
    </>
  )
}

// Pages about signing in would only send the person back to themselves; and their query may hold a token.
const noReturnPaths = ['/sign-in', '/sign-up', '/sign-out', '/reset-password', '/account']

/**
 * The header's account links: "Sign in" for a visitor (bringing them back to this page), the
 * person's name (their account) and a "Sign out" button, a form that works without JavaScript.
 */
function AccountNavigation({ ctx }: { ctx: PageContext }) {
  const { t } = ctx
  const returnHere = !noReturnPaths.some((path) => ctx.path === path || ctx.path.startsWith(`${path}/`))
  const signIn = `${localHref(ctx, '/sign-in')}${returnHere && ctx.path ? `?next=${encodeURIComponent(`${ctx.path}${ctx.query}`)}` : ''}`
  return (
    <nav class="app-account-navigation" aria-label={t('layout.account.label')}>
      <ul class="app-account-navigation__list">
        {ctx.actor ? (
          <>
            <li>
              <a class="app-account-navigation__link" href={localHref(ctx, '/account')}>
                <span class="app-visually-hidden">{t('layout.account.yourAccount')} </span>
                {ctx.actor.name}
              </a>
            </li>
            <li>
              <form class="app-account-navigation__form" method="post" action={localHref(ctx, '/sign-out')}>
                <button type="submit" class="app-account-navigation__button">
                  {t('layout.account.signOut')}
                </button>
              </form>
            </li>
          </>
        ) : (
          <li>
            <a class="app-account-navigation__link" href={signIn}>
              {t('layout.account.signIn')}
            </a>
          </li>
        )}
      </ul>
    </nav>
  )
}

function isCurrentSection(path: string, entryPath: string): boolean {
  return path === entryPath || path.startsWith(`${entryPath}/`)
}

function Breadcrumbs({ ctx, items }: { ctx: PageContext; items: Breadcrumb[] }) {
  return (
    <nav class="app-breadcrumbs" aria-label={ctx.t('layout.breadcrumbs')}>
      <ol class="app-breadcrumbs__list">
        {items.map((item, index) => (
          <li class="app-breadcrumbs__item">
            {item.path !== undefined && index < items.length - 1 ? (
              <a class="app-breadcrumbs__link" href={localHref(ctx, item.path)}>
                {item.label}
              </a>
            ) : (
              <span aria-current="page">{item.label}</span>
            )}
          </li>
        ))}
      </ol>
    </nav>
  )
}

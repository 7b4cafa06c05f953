import type { OpenAPIHono } from '@hono/zod-openapi'
import type { Hono, MiddlewareHandler } from 'hono'
import type { Child } from 'hono/jsx'
import type { Logger } from 'pino'
import type { Config } from '../config.js'
import type { Db } from '../db/client.js'
import type { Actor } from './http/actor.js'
import type { AppEnv } from './http/env.js'
import type { Catalogue, Locale } from './i18n/catalogue.js'
import type { PageContext } from './ui/page-context.js'

/** A link in the header's primary navigation. */
export interface NavEntry {
  /** Message key of the link text. */
  labelKey: string
  /** Path below the locale, e.g. "/practices". */
  path: string
  order: number
}

/** A section of the home page, owned by the module that contributes it. */
export interface HomeSection {
  order: number
  /** Returns null when there is nothing to show (the section is then left out). */
  render(ctx: PageContext, db: Db): Promise<Child | null>
}

export interface SitemapEntry {
  /** Path below the locale; the sitemap lists it in every locale with hreflang alternates. */
  path: string
  lastModified?: Date
}

/** A dataset or feed of public content, listed on the open-data page. */
export interface OpenDataEntry {
  /** Message key of the dataset's name. */
  labelKey: string
  /** Values for the message's placeholders, e.g. the title of a podcast show. */
  labelValues?: Record<string, string>
  /** Root-relative or absolute URL; a function when the feed exists in each language. */
  href: string | ((locale: Locale) => string)
  format: 'JSON' | 'CSV' | 'Atom' | 'RSS' | 'iCal'
  /** The terms of reuse. Without them the page says to ask the programme team before reusing. */
  licence?: { name: string; href?: string }
}

export interface DemoPart {
  /** Recorded in demo_parts: a part runs once per database. */
  name: string
  seed(db: Db, options: { today: Date }): Promise<void>
}

/**
 * What a module plugs into the app. The app mounts `pages` at /:locale/<segment>, `api` at /api,
 * adds the nav entry, home section and sitemap entries, and runs the demo part on first start.
 */
/** One result of the site-wide search. */
export interface SearchHit {
  title: string
  /** Path below the locale, e.g. "/programmes/european-heritage-hub". */
  path: string
  summary?: string
  /** The language the title and summary are written in, for a lang attribute. */
  language?: string
}

/**
 * A module's part of the site-wide search (/search): it answers for its own content, applying
 * its own visibility rules to the actor (member-only items only for those who may see them).
 */
export interface SearchSource {
  /** Message key of the group's heading. */
  labelKey: string
  /** The module's own, fuller search for the same words (path below the locale), if it has one. */
  morePath?(query: string): string
  search(
    db: Db,
    input: { query: string; locale: Locale; actor: Actor | null; limit: number },
  ): Promise<{ total: number; hits: SearchHit[] }>
}

export interface StoaModule {
  name: string
  messages?: Catalogue<string>
  /** Mounted at /:locale/<segment>; segment '' mounts the routes at the locale's root (e.g. /en/sign-in). */
  pages?: { segment: string; routes: Hono<AppEnv> }
  /** Runs on every request before any route (e.g. the accounts module sets c.var.actor). */
  middleware?: MiddlewareHandler<AppEnv>
  api?: OpenAPIHono<AppEnv>
  nav?: NavEntry
  homeSection?: HomeSection
  sitemap?(db: Db): Promise<SitemapEntry[]>
  search?: SearchSource
  /** A list, or a function when the datasets follow the content (one feed per podcast show). */
  openData?: OpenDataEntry[] | ((db: Db) => Promise<OpenDataEntry[]>)
  demo?: DemoPart
  /** Runs after the database is migrated, before the server listens (e.g. to warm an index). */
  start?(db: Db, deps: { config: Config; logger: Logger }): Promise<void>
}

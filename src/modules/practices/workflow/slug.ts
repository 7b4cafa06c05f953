import { and, eq, like, ne, or } from 'drizzle-orm'
import type { Db } from '../../../db/client.js'
import { practiceSlugRedirects, practices } from '../tables.js'

/** Paths under /practices that are pages, not practices: a practice never takes one as its slug. */
export const RESERVED_SLUGS = new Set(['new', 'mine', 'review', 'feed.xml', 'map', 'export', 'import'])

const SPECIAL_LETTERS: Record<string, string> = {
  ß: 'ss',
  æ: 'ae',
  œ: 'oe',
  ø: 'o',
  ł: 'l',
  đ: 'd',
  ð: 'd',
  þ: 'th',
  ı: 'i',
}

/** A URL slug from a title: accents transliterated ("Çà et là" → "ca-et-la"), at most 80 characters. */
export function slugFromTitle(title: string): string {
  const slug = title
    .toLowerCase()
    .replace(/[ßæœøłđðþı]/g, (letter) => SPECIAL_LETTERS[letter] ?? letter)
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80)
    .replace(/-+$/, '')
  return slug || 'practice'
}

/** Whether the slug is the title's, or the title's with the number that made it unique. */
export function slugFitsTitle(slug: string, title: string): boolean {
  const base = slugFromTitle(title)
  return slug === base || new RegExp(`^${base}-\\d+$`).test(slug)
}

/**
 * The title's slug, or the first of slug-2, slug-3… that no other practice uses, now or as an old
 * slug that still redirects (it would stop redirecting). A practice may take back its own old slugs.
 */
export async function uniqueSlug(db: Db, title: string, practiceId?: string): Promise<string> {
  const base = slugFromTitle(title)
  const pattern = `${base.replace(/[\\%_]/g, (character) => `\\${character}`)}-%`
  const current = await db
    .select({ slug: practices.slug })
    .from(practices)
    .where(
      and(
        or(eq(practices.slug, base), like(practices.slug, pattern)),
        practiceId ? ne(practices.id, practiceId) : undefined,
      ),
    )
  const former = await db
    .select({ slug: practiceSlugRedirects.oldSlug })
    .from(practiceSlugRedirects)
    .where(
      and(
        or(eq(practiceSlugRedirects.oldSlug, base), like(practiceSlugRedirects.oldSlug, pattern)),
        practiceId ? ne(practiceSlugRedirects.practiceId, practiceId) : undefined,
      ),
    )
  const taken = new Set([...current, ...former].map((row) => row.slug))
  for (const slug of RESERVED_SLUGS) taken.add(slug)
  if (!taken.has(base)) return base
  for (let suffix = 2; ; suffix += 1) if (!taken.has(`${base}-${suffix}`)) return `${base}-${suffix}`
}

import { and, desc, eq, like } from 'drizzle-orm'
import type { Db } from '../../db/client.js'
import { linksIn, mailOutbox } from '../../platform/mail/index.js'
import type { TestApp } from '../../platform/testing/test-app.js'

/** The newest mail in the outbox to this address (optionally: whose subject contains `subject`). */
export async function latestMailTo(db: Db, to: string, subject?: string) {
  const [mail] = await db
    .select()
    .from(mailOutbox)
    .where(and(eq(mailOutbox.toAddress, to), subject ? like(mailOutbox.subject, `%${subject}%`) : undefined))
    .orderBy(desc(mailOutbox.createdAt))
    .limit(1)
  return mail
}

/** The path and query of the first link to this site in the newest mail to the address, as a browser would open it. */
export async function linkInLatestMail(db: Db, to: string, subject?: string): Promise<string> {
  const mail = await latestMailTo(db, to, subject)
  if (!mail) throw new Error(`No mail to ${to}`)
  const link = linksIn(mail.textBody)[0]
  if (!link) throw new Error(`No link in the mail to ${to}`)
  const url = new URL(link)
  return `${url.pathname}${url.search}`
}

/** The session cookie a response sets, as the browser would send it back ("name=value"); "" when it clears it. */
export function sessionCookieSetBy(response: Response): string | undefined {
  const header = response.headers.getSetCookie().find((cookie) => /^(__Secure-)?stoa\.session_token=/.test(cookie))
  if (header === undefined) return undefined
  const pair = header.split(';')[0]!
  return pair.endsWith('=') ? '' : pair
}

/**
 * A browser for route tests: its own IP (the app must trust X-Forwarded-For: TRUST_PROXY=true)
 * and a cookie jar holding the session cookie.
 */
export function browser(t: TestApp, ip: string) {
  let cookie = ''
  const headers = () => ({ 'x-forwarded-for': ip, ...(cookie ? { cookie } : {}) })
  const keep = (response: Response) => {
    const set = sessionCookieSetBy(response)
    if (set !== undefined) cookie = set
    return response
  }
  return {
    ip,
    get cookie() {
      return cookie
    },
    set cookie(value: string) {
      cookie = value
    },
    get: async (path: string) => keep(await t.get(path, headers())),
    post: async (path: string, fields: Record<string, string> = {}) => keep(await t.postForm(path, fields, headers())),
  }
}

import { Hono } from 'hono'
import type { AppEnv } from '../../../platform/http/env.js'
import { NotFoundError } from '../../../platform/http/errors.js'
import { getVisibleActivityBySlug } from '../drafts.js'
import { findCertificateHolder } from './certificate-holder.js'
import { certificatePdf } from './certificate-pdf.js'

/** GET /:slug/certificate.pdf (?registration=<id> for organisers): the certificate of attendance as a PDF. */
export const certificateRoutes = new Hono<AppEnv>()

certificateRoutes.get('/:slug/certificate.pdf', async (c) => {
  const details = await getVisibleActivityBySlug(c.var.db, c.var.actor, c.req.param('slug'))
  const actor = c.var.actor
  if (!actor)
    return c.redirect(
      `/${c.var.locale}/sign-in?next=${encodeURIComponent(`/activities/${details.activity.slug}/certificate.pdf`)}`,
      303,
    )
  const holder = await findCertificateHolder(c.var.db, actor, details.activity, c.req.query('registration'))
  if (!holder) throw new NotFoundError('certificate')
  const pdf = await certificatePdf(
    { t: c.var.t, locale: c.var.locale },
    { activity: details.activity, hostName: details.host?.name ?? null, holder, issuedOn: c.var.now() },
  )
  return c.body(pdf, 200, {
    'content-type': 'application/pdf',
    'content-disposition': `inline; filename="${details.activity.slug}-certificate.pdf"`,
    'cache-control': 'private, no-store',
  })
})

import type { MiddlewareHandler } from 'hono'
import { csrf } from 'hono/csrf'
import { secureHeaders } from 'hono/secure-headers'
import type { Config } from '../../config.js'
import type { AppEnv } from './env.js'

/**
 * A strict CSP: scripts and styles only from our own hashed files, no inline code, no framing.
 * HSTS only when the site is served over https, so a plain-http laptop install is not pinned.
 */
export function securityHeaders(config: Config): MiddlewareHandler<AppEnv> {
  const https = config.http.baseUrl.startsWith('https://')
  return secureHeaders({
    contentSecurityPolicy: {
      defaultSrc: ["'self'"],
      scriptSrc: ["'self'"],
      styleSrc: ["'self'"],
      imgSrc: ["'self'", 'data:'],
      fontSrc: ["'self'"],
      connectSrc: ["'self'"],
      mediaSrc: ["'self'"],
      objectSrc: ["'none'"],
      baseUri: ["'self'"],
      formAction: ["'self'"],
      frameAncestors: ["'none'"],
      ...(https ? { upgradeInsecureRequests: [] } : {}),
    },
    strictTransportSecurity: https ? 'max-age=31536000; includeSubDomains' : false,
    xFrameOptions: 'DENY',
    xContentTypeOptions: 'nosniff',
    referrerPolicy: 'strict-origin-when-cross-origin',
    crossOriginEmbedderPolicy: false,
    crossOriginResourcePolicy: 'same-origin',
    permissionsPolicy: { camera: [], microphone: [], geolocation: [], payment: [] },
  })
}

/**
 * Every state-changing form request must come from our own pages: the browser's Origin or
 * Sec-Fetch-Site header says so (Hono's csrf), and the session cookie is SameSite=Lax besides.
 * JSON writes cannot be sent cross-site without a CORS preflight, which /api never grants for writes.
 * A refused request becomes the localised "could not verify" page (app.onError).
 */
export function csrfProtection(): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const allowedOrigins = new Set([new URL(c.req.url).origin, new URL(c.var.config.http.baseUrl).origin])
    return csrf({ origin: (origin) => allowedOrigins.has(origin) })(c, next)
  }
}

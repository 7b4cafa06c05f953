import type { MiddlewareHandler } from 'hono'
import pino, { type Logger } from 'pino'
import type { Config } from '../config.js'
import type { AppEnv } from './http/env.js'

export function createLogger(config: Pick<Config, 'logLevel' | 'env'>): Logger {
  return pino({ level: config.env === 'test' ? 'silent' : config.logLevel, base: undefined })
}

/** One structured line per request, carrying the request id that error pages show to the visitor. */
export function requestLogging(): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const started = performance.now()
    await next()
    c.var.logger.info(
      {
        requestId: c.var.requestId,
        method: c.req.method,
        path: c.req.path,
        status: c.res.status,
        ms: Math.round((performance.now() - started) * 10) / 10,
      },
      'request',
    )
  }
}

import path from 'node:path'
import { z } from 'zod'

/**
 * The only reader of process.env. Parsed once; a bad variable stops start-up with one line
 * naming every variable to fix (see ConfigError), never a stack trace.
 */
export const LOCALES = ['en', 'fr', 'de'] as const
export type Locale = (typeof LOCALES)[number]

const emptyToUndefined = (value: unknown) => (value === '' ? undefined : value)

function wholeNumber(min: number, max: number, fallback: number) {
  const message = `must be a whole number from ${min} to ${max}`
  return z.preprocess(
    emptyToUndefined,
    z.coerce.number({ error: message }).int(message).min(min, message).max(max, message).default(fallback),
  )
}

const postgresUrl = z.string().refine((value) => {
  try {
    const url = new URL(value)
    return (url.protocol === 'postgres:' || url.protocol === 'postgresql:') && url.hostname !== ''
  } catch {
    return false
  }
}, 'must be a URL like postgres://user:password@host:5432/database')

const EnvSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  PORT: wholeNumber(0, 65535, 3000),
  HOST: z.string().default('0.0.0.0'),
  BASE_URL: z.preprocess(emptyToUndefined, z.url().optional()),
  DATABASE_URL: z.preprocess(emptyToUndefined, postgresUrl.optional()),
  DATABASE_POOL_SIZE: wholeNumber(1, 200, 10),
  DATA_DIR: z.string().default('data'),
  SMTP_URL: z.preprocess(emptyToUndefined, z.url().optional()),
  MAIL_FROM: z.string().default('Stoa <no-reply@stoa.localhost>'),
  CONTACT_EMAIL: z.preprocess(
    emptyToUndefined,
    z.email('must be an e-mail address like team@example.org').default('contact@stoa.localhost'),
  ),
  SESSION_SECRET: z.preprocess(emptyToUndefined, z.string().min(32, 'must be at least 32 characters').optional()),
  STORAGE_DRIVER: z.enum(['local', 's3']).default('local'),
  S3_ENDPOINT: z.preprocess(emptyToUndefined, z.url().optional()),
  S3_REGION: z.string().default('auto'),
  S3_BUCKET: z.preprocess(emptyToUndefined, z.string().optional()),
  S3_ACCESS_KEY_ID: z.preprocess(emptyToUndefined, z.string().optional()),
  S3_SECRET_ACCESS_KEY: z.preprocess(emptyToUndefined, z.string().optional()),
  S3_FORCE_PATH_STYLE: z
    .enum(['true', 'false'])
    .default('false')
    .transform((value) => value === 'true'),
  DEFAULT_LOCALE: z.enum(LOCALES).default('en'),
  DEFAULT_TIME_ZONE: z
    .string()
    .default('Europe/Brussels')
    .refine((zone) => isKnownTimeZone(zone), 'must be an IANA time zone like Europe/Brussels'),
  DEMO: z.preprocess(emptyToUndefined, z.enum(['auto', 'off']).optional()),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  API_RATE_LIMIT_PER_MINUTE: wholeNumber(1, 1_000_000, 300),
  TRUST_PROXY: z
    .enum(['true', 'false'])
    .default('false')
    .transform((value) => value === 'true'),
})

function isKnownTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone })
    return true
  } catch {
    return false
  }
}

export class ConfigError extends Error {}

export function loadConfig(env: NodeJS.ProcessEnv = process.env) {
  const parsed = EnvSchema.safeParse(env)
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `${issue.path.join('.')} ${issue.message}`)
    throw new ConfigError(`Invalid configuration: ${problems.join('; ')}`)
  }
  const e = parsed.data
  const isProduction = e.NODE_ENV === 'production'
  if (isProduction && !e.SESSION_SECRET) {
    throw new ConfigError('Invalid configuration: SESSION_SECRET must be set in production (32 characters or more)')
  }
  if (e.STORAGE_DRIVER === 's3' && !(e.S3_BUCKET && e.S3_ACCESS_KEY_ID && e.S3_SECRET_ACCESS_KEY)) {
    throw new ConfigError(
      'Invalid configuration: STORAGE_DRIVER=s3 needs S3_BUCKET, S3_ACCESS_KEY_ID and S3_SECRET_ACCESS_KEY',
    )
  }
  const dataDir = path.resolve(e.DATA_DIR)
  return {
    env: e.NODE_ENV,
    isProduction,
    http: {
      port: e.PORT,
      host: e.HOST,
      baseUrl: (e.BASE_URL ?? `http://localhost:${e.PORT}`).replace(/\/$/, ''),
      trustProxy: e.TRUST_PROXY,
      apiRateLimitPerMinute: e.API_RATE_LIMIT_PER_MINUTE,
    },
    database: e.DATABASE_URL
      ? ({ kind: 'postgres', url: e.DATABASE_URL, poolSize: e.DATABASE_POOL_SIZE } as const)
      : ({ kind: 'pglite', dataDir: path.join(dataDir, 'pglite') } as const),
    dataDir,
    mail: { smtpUrl: e.SMTP_URL, from: e.MAIL_FROM },
    contact: { email: e.CONTACT_EMAIL },
    // A development secret is derived so `npm start` needs no setup; production requires a real one (above).
    sessionSecret: e.SESSION_SECRET ?? 'development-only-secret-change-me-in-production!',
    storage:
      e.STORAGE_DRIVER === 's3'
        ? ({
            driver: 's3',
            endpoint: e.S3_ENDPOINT,
            region: e.S3_REGION,
            bucket: e.S3_BUCKET!,
            accessKeyId: e.S3_ACCESS_KEY_ID!,
            secretAccessKey: e.S3_SECRET_ACCESS_KEY!,
            forcePathStyle: e.S3_FORCE_PATH_STYLE,
          } as const)
        : ({ driver: 'local', dir: path.join(dataDir, 'files') } as const),
    i18n: { defaultLocale: e.DEFAULT_LOCALE, defaultTimeZone: e.DEFAULT_TIME_ZONE },
    // The demo's people share a published password: never seeded in production unless asked for.
    demo: e.DEMO ?? (isProduction ? 'off' : 'auto'),
    logLevel: e.LOG_LEVEL,
  }
}

export type Config = ReturnType<typeof loadConfig>

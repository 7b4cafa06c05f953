import { describe, expect, it } from 'vitest'
import { ConfigError, loadConfig } from './config.js'

describe('configuration', () => {
  it('runs with no variables at all on the embedded database in ./data', () => {
    const config = loadConfig({})
    expect(config.http.port).toBe(3000)
    expect(config.http.baseUrl).toBe('http://localhost:3000')
    expect(config.database).toMatchObject({ kind: 'pglite' })
    expect(config.database.kind === 'pglite' && config.database.dataDir.endsWith('/data/pglite')).toBe(true)
    expect(config.i18n).toEqual({ defaultLocale: 'en', defaultTimeZone: 'Europe/Brussels' })
  })

  it('uses PostgreSQL when DATABASE_URL is set', () => {
    const config = loadConfig({ DATABASE_URL: 'postgres://stoa:secret@db.example.org:5433/stoa' })
    expect(config.database).toEqual({
      kind: 'postgres',
      url: 'postgres://stoa:secret@db.example.org:5433/stoa',
      poolSize: 10,
    })
  })

  it('treats an empty variable as unset', () => {
    expect(loadConfig({ DATABASE_URL: '', PORT: '' }).database.kind).toBe('pglite')
  })

  it('lists every bad variable in one message', () => {
    expect(() => loadConfig({ PORT: '70000', DATABASE_URL: 'localhost/stoa', DEFAULT_LOCALE: 'xx' })).toThrow(
      ConfigError,
    )
    try {
      loadConfig({ PORT: '70000', DATABASE_URL: 'localhost/stoa', DEFAULT_LOCALE: 'xx' })
    } catch (error) {
      const message = (error as Error).message
      expect(message).toContain('PORT must be a whole number from 0 to 65535')
      expect(message).toContain('DATABASE_URL must be a URL like postgres://')
      expect(message).toContain('DEFAULT_LOCALE')
    }
  })

  it('requires a session secret in production and complete S3 settings for S3 storage', () => {
    expect(() => loadConfig({ NODE_ENV: 'production' })).toThrow(/SESSION_SECRET must be set in production/)
    expect(() => loadConfig({ STORAGE_DRIVER: 's3', S3_BUCKET: 'files' })).toThrow(/S3_ACCESS_KEY_ID/)
    const s3 = { STORAGE_DRIVER: 's3', S3_BUCKET: 'files', S3_ACCESS_KEY_ID: 'id', S3_SECRET_ACCESS_KEY: 'secret' }
    expect(loadConfig(s3).storage).toMatchObject({ driver: 's3', region: 'auto', forcePathStyle: false })
    expect(loadConfig({ ...s3, S3_FORCE_PATH_STYLE: 'true' }).storage).toMatchObject({ forcePathStyle: true })
    expect(() => loadConfig({ ...s3, S3_FORCE_PATH_STYLE: 'yes' })).toThrow(/S3_FORCE_PATH_STYLE/)
  })

  it('trims a trailing slash from BASE_URL so links never double it', () => {
    expect(loadConfig({ BASE_URL: 'https://stoa.example.org/' }).http.baseUrl).toBe('https://stoa.example.org')
  })
})

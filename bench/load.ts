import autocannon from 'autocannon'

export interface LoadOptions {
  duration: number
  connections: number
}

export interface Measurement {
  requestsPerSecond: number
  /** Percentiles of every measured response's time, to 0.01 ms (autocannon's own are whole ms). */
  p50Ms: number
  p95Ms: number
  p99Ms: number
  requests: number
  non2xx: number
  /** Responses whose status was not the one the page type expects, by status. */
  unexpected: Record<string, number>
  errors: number
  timeouts: number
  /** Mean bytes on the wire per response, headers included. */
  meanBytes: number
}

// What a browser sends: pages are measured compressed, as visitors receive them.
const headers = { 'accept-encoding': 'gzip, deflate', 'accept-language': 'en' }

/**
 * Loads the server with `paths` in turn, one shared counter across every connection, so that
 * consecutive requests ask for different pages.
 */
export async function measure(
  baseUrl: string,
  paths: readonly string[],
  expectedStatus: number,
  options: LoadOptions & { cookie?: string },
): Promise<Measurement> {
  if (paths.length === 0) throw new Error('No paths to measure')
  let next = 0
  const times: number[] = []
  const settings: autocannon.Options = {
    url: baseUrl,
    connections: options.connections,
    duration: options.duration,
    headers: options.cookie ? { ...headers, cookie: options.cookie } : headers,
    requests: [
      {
        method: 'GET',
        setupRequest: (request) => {
          const path = paths[next % paths.length]!
          next++
          return { ...request, path }
        },
      },
    ],
  }
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon(settings, (error, result) => (error ? reject(error) : resolve(result)))
    instance.on('response', (_client: unknown, _status: number, _bytes: number, responseTime: number) =>
      times.push(responseTime),
    )
  })
  times.sort((a, b) => a - b)
  const percentile = (p: number) =>
    times.length === 0 ? 0 : times[Math.min(times.length - 1, Math.floor((p / 100) * times.length))]!
  const unexpected: Record<string, number> = {}
  for (const [status, stats] of Object.entries(result.statusCodeStats ?? {})) {
    if (Number(status) !== expectedStatus && stats.count) unexpected[status] = stats.count
  }
  return {
    requestsPerSecond: result.requests.average,
    p50Ms: percentile(50),
    p95Ms: percentile(95),
    p99Ms: percentile(99),
    requests: result.requests.total,
    non2xx: result.non2xx,
    unexpected,
    errors: result.errors,
    timeouts: result.timeouts,
    meanBytes: result.requests.total > 0 ? result.throughput.total / result.requests.total : 0,
  }
}

/** The hashed stylesheet the home page links: the cheapest response the app gives, measured as the baseline. */
export async function findStylesheetPath(baseUrl: string): Promise<string> {
  const response = await fetch(`${baseUrl}/en`)
  const html = await response.text()
  const link = /<link\b[^>]*\brel="stylesheet"[^>]*>/.exec(html)?.[0]
  const href = link && /\bhref="([^"]+)"/.exec(link)?.[1]
  if (!href) throw new Error(`The home page (status ${response.status}) links no stylesheet to use as the baseline`)
  return new URL(href, baseUrl).pathname
}

/**
 * Signs in through the sign-in form, as a person does, and returns the session cookie, for page
 * types that are only served to someone signed in (an editor's dashboard, an applicant's pages).
 */
export async function signInCookie(baseUrl: string, credentials: { email: string; password: string }) {
  const response = await fetch(`${baseUrl}/en/sign-in`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded', origin: baseUrl },
    body: new URLSearchParams(credentials).toString(),
    redirect: 'manual',
  })
  const cookie = response.headers
    .getSetCookie()
    .map((line) => line.split(';')[0]!)
    .find((pair) => pair.includes('session_token='))
  if (response.status !== 303 || !cookie)
    throw new Error(`Could not sign in as ${credentials.email}: ${response.status}`)
  return cookie
}

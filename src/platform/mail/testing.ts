import type { AddressInfo } from 'node:net'
import { SMTPServer, type SMTPServerAddress } from 'smtp-server'

export interface ReceivedMail {
  /** The envelope, as the SMTP client gave it. */
  from: string
  to: string[]
  /** The whole message as it arrived, headers and MIME parts. */
  raw: string
  /** Headers of the top-level message, names lower-cased, folded lines joined. */
  headers: Record<string, string>
  /** The decoded text/plain and text/html parts. */
  text?: string
  html?: string
}

export interface TestSmtpServer {
  /** SMTP_URL for the server, e.g. smtp://127.0.0.1:40123. */
  url: string
  received: ReceivedMail[]
  /** Resolves once this many mails have arrived (or rejects after the timeout). */
  waitFor(count: number, timeoutMs?: number): Promise<ReceivedMail[]>
  close(): Promise<void>
}

/**
 * A real SMTP server on 127.0.0.1 and a free port, for tests that check what actually arrives.
 * `rejectRecipient` returns an SMTP reply code to refuse a recipient with (451 temporary, 550 permanent).
 * @example
 * const smtp = await startTestSmtpServer()
 * const config = loadConfig({ NODE_ENV: 'test', SMTP_URL: smtp.url })
 */
export async function startTestSmtpServer(
  options: { rejectRecipient?: (address: string) => number | undefined; delayMs?: number } = {},
): Promise<TestSmtpServer> {
  const received: ReceivedMail[] = []
  const waiters: (() => void)[] = []
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onRcptTo(address: SMTPServerAddress, _session, callback) {
      const code = options.rejectRecipient?.(address.address)
      if (code === undefined) return callback()
      const error = Object.assign(new Error(`Recipient ${address.address} refused by the test server`), {
        responseCode: code,
      })
      callback(error)
    },
    onData(stream, session, callback) {
      const chunks: Buffer[] = []
      stream.on('data', (chunk: Buffer) => chunks.push(chunk))
      stream.on('end', () => {
        const raw = Buffer.concat(chunks).toString('utf8')
        const envelopeFrom = session.envelope.mailFrom
        setTimeout(() => {
          received.push({
            from: envelopeFrom ? envelopeFrom.address : '',
            to: session.envelope.rcptTo.map((recipient) => recipient.address),
            raw,
            ...parseMessage(raw),
          })
          for (const wake of waiters.splice(0)) wake()
          callback()
        }, options.delayMs ?? 0)
      })
    },
  })
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(0, '127.0.0.1', () => resolve())
  })
  const { port } = server.server.address() as AddressInfo
  return {
    url: `smtp://127.0.0.1:${port}`,
    received,
    async waitFor(count, timeoutMs = 5_000) {
      const deadline = Date.now() + timeoutMs
      while (received.length < count) {
        if (Date.now() > deadline) throw new Error(`Expected ${count} mails, got ${received.length}`)
        await new Promise<void>((resolve) => {
          waiters.push(resolve)
          setTimeout(resolve, 50)
        })
      }
      return received
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  }
}

/** A port nothing listens on: taken from the system, then released. */
export async function closedPortUrl(): Promise<string> {
  const { createServer } = await import('node:net')
  const probe = createServer()
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', () => resolve()))
  const { port } = probe.address() as AddressInfo
  await new Promise<void>((resolve) => probe.close(() => resolve()))
  return `smtp://127.0.0.1:${port}`
}

/** Just enough MIME to read what nodemailer sends: headers, one level of multipart, QP and base64. */
export function parseMessage(raw: string): Pick<ReceivedMail, 'headers' | 'text' | 'html'> {
  const { headers, body } = splitHeaders(raw)
  const parts: { headers: Record<string, string>; body: string }[] = []
  const boundary = /boundary="?([^";]+)"?/i.exec(headers['content-type'] ?? '')?.[1]
  if (boundary) {
    for (const chunk of body.split(`--${boundary}`).slice(1)) {
      if (chunk.startsWith('--')) break
      parts.push(splitHeaders(chunk.replace(/^\r?\n/, '')))
    }
  } else {
    parts.push({ headers, body })
  }
  const find = (type: string) => {
    const part = parts.find((candidate) => (candidate.headers['content-type'] ?? 'text/plain').startsWith(type))
    return part ? decodeBody(part.body, part.headers['content-transfer-encoding']) : undefined
  }
  return { headers, text: find('text/plain'), html: find('text/html') }
}

function splitHeaders(raw: string): { headers: Record<string, string>; body: string } {
  const end = raw.search(/\r?\n\r?\n/)
  const head = end === -1 ? raw : raw.slice(0, end)
  const body = end === -1 ? '' : raw.slice(end).replace(/^\r?\n\r?\n/, '')
  const headers: Record<string, string> = {}
  for (const line of head.replace(/\r?\n[ \t]+/g, ' ').split(/\r?\n/)) {
    const colon = line.indexOf(':')
    if (colon > 0) headers[line.slice(0, colon).trim().toLowerCase()] = decodeWords(line.slice(colon + 1).trim())
  }
  return { headers, body }
}

// RFC 2047 encoded words ("=?UTF-8?Q?Caf=C3=A9?="), as nodemailer writes non-ASCII headers.
function decodeWords(value: string): string {
  return value
    .replace(/\?=\s+=\?/g, '?==?')
    .replace(/=\?([^?]+)\?([QB])\?([^?]*)\?=/gi, (_, _charset: string, encoding: string, text: string) =>
      encoding.toUpperCase() === 'B'
        ? Buffer.from(text, 'base64').toString('utf8')
        : Buffer.from(
            text
              .replace(/_/g, ' ')
              .replace(/=([0-9A-F]{2})/gi, (_match, hex: string) => String.fromCharCode(Number.parseInt(hex, 16))),
            'latin1',
          ).toString('utf8'),
    )
}

function decodeBody(body: string, encoding = '7bit'): string {
  const trimmed = body.replace(/\r?\n$/, '')
  if (/quoted-printable/i.test(encoding)) {
    const bytes = trimmed
      .replace(/=\r?\n/g, '')
      .replace(/\r\n/g, '\n')
      .replace(/=([0-9A-F]{2})/gi, (_, hex: string) => String.fromCharCode(Number.parseInt(hex, 16)))
    return Buffer.from(bytes, 'latin1').toString('utf8')
  }
  if (/base64/i.test(encoding)) return Buffer.from(trimmed.replace(/\s+/g, ''), 'base64').toString('utf8')
  return trimmed.replace(/\r\n/g, '\n')
}

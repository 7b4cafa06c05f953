import { html } from 'hono/html'
import { describe, expect, it } from 'vitest'
import { LOCALES } from '../i18n/catalogue.js'
import { defineMailTemplate, renderMail, textToHtml } from './templates.js'
import { testMail } from './test-mail.js'

const greeting = defineMailTemplate({
  en: ({ name, url }: { name: string; url: string }) => ({
    subject: `Hello ${name}`,
    text: `Hello ${name},\n\nYour page: ${url}\nSee you soon.`,
    html: html`<p>Hello ${name},</p><p>Your page: <a href="${url}">${url}</a></p>`,
  }),
  fr: ({ name, url }) => ({ subject: `Bonjour ${name}`, text: `Bonjour ${name},\n\nVotre page : ${url}` }),
  de: ({ name, url }) => ({ subject: `Guten Tag ${name}`, text: `Guten Tag ${name},\n\nIhre Seite: ${url}` }),
})

describe('mail templates', () => {
  it('ship the test e-mail in every language, with a subject, a text body and an HTML body', async () => {
    const subjects = new Set<string>()
    for (const locale of LOCALES) {
      const mail = await renderMail(testMail, locale, { siteUrl: 'https://stoa.example' })
      expect(mail.subject).not.toBe('')
      expect(mail.text).toContain('https://stoa.example')
      expect(mail.html).toContain(`<html lang="${locale}"`)
      expect(mail.html).toContain('<a href="https://stoa.example">')
      subjects.add(mail.subject)
    }
    expect(subjects.size).toBe(LOCALES.length)
  })

  it('refuses, at compile time, a template missing a language', () => {
    // @ts-expect-error German is missing
    const incomplete = defineMailTemplate({
      en: () => ({ subject: 'a', text: 'b' }),
      fr: () => ({ subject: 'a', text: 'b' }),
    })
    expect(incomplete).toBeDefined()
  })

  it('escapes every value in the HTML part, in the body and in the title', async () => {
    const mail = await renderMail(greeting, 'en', {
      name: '<script>alert("x")</script>',
      url: 'https://x.example/?a=1&b="2"',
    })
    expect(mail.html).not.toContain('<script>')
    expect(mail.html).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;')
    expect(mail.html).toContain('<title>Hello &lt;script&gt;')
    expect(mail.html).toContain('href="https://x.example/?a=1&amp;b=&quot;2&quot;"')
    // The text part is plain text: nothing to escape, nothing lost.
    expect(mail.text).toContain('Hello <script>alert("x")</script>,')
  })

  it('builds the HTML part from the text when a language gives none, with its links clickable', async () => {
    const mail = await renderMail(greeting, 'fr', { name: 'Ana & Jo', url: 'https://x.example/p?a=1&b=2' })
    expect(mail.html).toContain('<p>Bonjour Ana &amp; Jo,</p>')
    expect(mail.html).toContain(
      'Votre page : <a href="https://x.example/p?a=1&amp;b=2">https://x.example/p?a=1&amp;b=2</a>',
    )
    expect(mail.html).toContain('<html lang="fr"')
    expect(mail.text.startsWith('Bonjour Ana & Jo,\n\nVotre page : https://x.example/p?a=1&b=2\n\n-- \n')).toBe(true)
  })

  it('keeps line breaks inside a paragraph of text', async () => {
    expect(String(await textToHtml('one\ntwo\n\nthree'))).toBe('<p>one<br>\ntwo</p>\n<p>three</p>\n')
  })

  it('adds List-Unsubscribe headers and an unsubscribe link to notifications only', async () => {
    const data = { name: 'Ana', url: 'https://x.example/p' }
    const transactional = await renderMail(greeting, 'de', data)
    expect(transactional.kind).toBe('transactional')
    expect(transactional.headers).toEqual({})
    expect(transactional.text).not.toContain('abbestellen')

    const unsubscribeUrl = 'https://stoa.example/unsubscribe/t0k3n'
    const notification = await renderMail(greeting, 'de', data, { notification: { unsubscribeUrl } })
    expect(notification.kind).toBe('notification')
    expect(notification.headers).toEqual({
      'List-Unsubscribe': `<${unsubscribeUrl}>`,
      'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
    })
    expect(notification.text).toContain(`Diese E-Mails abbestellen: ${unsubscribeUrl}`)
    expect(notification.html).toContain(`<a href="${unsubscribeUrl}">Diese E-Mails abbestellen</a>`)
  })

  it('refuses an unsubscribe address that is not http(s)', async () => {
    await expect(
      renderMail(
        greeting,
        'en',
        { name: 'a', url: 'https://x' },
        { notification: { unsubscribeUrl: 'javascript:alert(1)' } },
      ),
    ).rejects.toThrow()
  })

  it('keeps a subject on one line', async () => {
    const mail = await renderMail(greeting, 'en', { name: 'Ana\r\nBcc: victim@example.org', url: 'https://x' })
    expect(mail.subject).toBe('Hello Ana Bcc: victim@example.org')
  })
})

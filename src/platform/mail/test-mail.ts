import { html } from 'hono/html'
import { z } from 'zod'
import type { Translate } from '../i18n/catalogue.js'
import { defineMailTemplate } from './templates.js'

/** The form on the outbox page that sends a test e-mail, to check the SMTP set-up end to end. */
export const TestMailForm = (t: Translate) =>
  z.object({
    recipient: z
      .string({ error: t('mail.test.toMissing') })
      .trim()
      .min(1, t('mail.test.toMissing'))
      .max(254, t('mail.test.toInvalid'))
      .pipe(z.email(t('mail.test.toInvalid'))),
  })
export type TestMailForm = z.infer<ReturnType<typeof TestMailForm>>

export const testMail = defineMailTemplate({
  en: ({ siteUrl }: { siteUrl: string }) => ({
    subject: 'Test e-mail from Stoa',
    text: `This is a test e-mail, sent from the outbox of ${siteUrl} by an administrator.\n\nIf it reached you, e-mail delivery works. There is nothing else to do.`,
    html: html`<p>This is a test e-mail, sent from the outbox of <a href="${siteUrl}">${siteUrl}</a> by an administrator.</p>
<p>If it reached you, e-mail delivery works. There is nothing else to do.</p>`,
  }),
  fr: ({ siteUrl }) => ({
    subject: 'E-mail de test de Stoa',
    text: `Ceci est un e-mail de test, envoyé par un administrateur depuis la boîte d’envoi de ${siteUrl}.\n\nS’il vous est parvenu, l’envoi des e-mails fonctionne. Vous n’avez rien d’autre à faire.`,
    html: html`<p>Ceci est un e-mail de test, envoyé par un administrateur depuis la boîte d’envoi de <a href="${siteUrl}">${siteUrl}</a>.</p>
<p>S’il vous est parvenu, l’envoi des e-mails fonctionne. Vous n’avez rien d’autre à faire.</p>`,
  }),
  de: ({ siteUrl }) => ({
    subject: 'Test-E-Mail von Stoa',
    text: `Dies ist eine Test-E-Mail, die eine Administratorin oder ein Administrator aus dem Postausgang von ${siteUrl} gesendet hat.\n\nWenn sie Sie erreicht hat, funktioniert der E-Mail-Versand. Sie müssen nichts weiter tun.`,
    html: html`<p>Dies ist eine Test-E-Mail, die eine Administratorin oder ein Administrator aus dem Postausgang von <a href="${siteUrl}">${siteUrl}</a> gesendet hat.</p>
<p>Wenn sie Sie erreicht hat, funktioniert der E-Mail-Versand. Sie müssen nichts weiter tun.</p>`,
  }),
})

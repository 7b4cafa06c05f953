// The mail service other modules use: queue mail (templated, in the action's transaction), run the
// delivery worker, and mount the admin outbox.
export { linksIn, splitLinks } from './links.js'
export { mailMessages } from './mail-messages.js'
export {
  MAX_ATTEMPTS,
  type MailWorker,
  type MailWorkerOptions,
  RETRY_DELAYS_MS,
  startMailWorker,
} from './mail-worker.js'
export { outboxRoutes } from './outbox-routes.js'
export {
  findOutboxMessage,
  getOutboxMessage,
  listOutbox,
  MAIL_STATUSES,
  type OutboxFilter,
  type OutboxPage,
  type OutboxSummary,
} from './queries.js'
export {
  MAX_ATTACHMENTS_CHARS,
  type MailMessage,
  queueMail,
  queueTemplatedMail,
  type RetryResult,
  retryMail,
} from './queue.js'
export { type MailAttachment, type MailKind, type MailStatus, mailOutbox, type OutboxMessage } from './tables.js'
export {
  defineMailTemplate,
  type MailContent,
  type MailHtml,
  type MailTemplate,
  type NotificationOptions,
  type RenderedMail,
  renderMail,
} from './templates.js'

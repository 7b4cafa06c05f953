import type { Translate } from '../../i18n/catalogue.js'
import { Tag, type TagColour } from '../../ui/tag.js'
import type { MailStatus } from '../tables.js'

const colours: Record<MailStatus, TagColour> = {
  queued: 'blue',
  sending: 'light-blue',
  sent: 'green',
  failed: 'red',
  kept: 'grey',
}

export function MailStatusTag({ t, status }: { t: Translate; status: MailStatus }) {
  return <Tag colour={colours[status]}>{t(`mail.status.${status}`)}</Tag>
}

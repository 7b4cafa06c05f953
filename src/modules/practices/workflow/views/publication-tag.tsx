import type { Translate } from '../../../../platform/i18n/catalogue.js'
import { Tag, type TagColour } from '../../../../platform/ui/tag.js'
import type { PublicationStatus } from '../../policy.js'

const COLOURS: Record<PublicationStatus, TagColour> = {
  draft: 'grey',
  submitted: 'blue',
  'changes-requested': 'orange',
  published: 'green',
  archived: 'red',
}

/** Where a practice stands, in words (the colour only repeats them). */
export function PublicationTag({ t, status }: { t: Translate; status: PublicationStatus }) {
  return <Tag colour={COLOURS[status]}>{t(`practices.workflow.state.${status}`)}</Tag>
}

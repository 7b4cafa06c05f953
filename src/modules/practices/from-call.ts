import type { Db } from '../../db/client.js'
import { practices } from './tables.js'
import { uniqueSlug } from './workflow/slug.js'

/** What a selected application of a good-practice call says of its practice (the call's mapping). */
export interface PracticeFromCall {
  callId: string
  /** The call's title and page (a path such as `/calls/x`, or a full address), for the practice page's badge. */
  callTitle?: string | null
  callUrl?: string | null
  organisationId: string | null
  country: string
  title: string
  city: string
  summary: string
  challenge?: string
  approach?: string
  resources?: string
  results?: string
  transferability?: string
  lessons?: string
}

/**
 * A draft practice from an application selected in a call, linked to the call (the "selected in"
 * badge and facet read `selected_in_call_id`), for an editor to polish and publish. The calls
 * module decides who may select; this only writes the draft. Returns its id and slug.
 */
export async function createDraftPracticeSelectedInCall(db: Db, input: PracticeFromCall) {
  const title = input.title.trim() || 'Untitled practice'
  const slug = await uniqueSlug(db, title)
  const [row] = await db
    .insert(practices)
    .values({
      slug,
      title,
      city: input.city.trim() || '—',
      country: input.country,
      summary: input.summary.trim(),
      challenge: input.challenge ?? '',
      approach: input.approach ?? '',
      resources: input.resources ?? '',
      results: input.results ?? '',
      transferability: input.transferability ?? '',
      lessons: input.lessons ?? '',
      organisationId: input.organisationId,
      selectedInCallId: input.callId,
      selectedInCallTitle: input.callTitle ?? null,
      selectedInCallUrl: input.callUrl ?? null,
      publicationStatus: 'draft',
    })
    .returning({ id: practices.id, slug: practices.slug })
  return row!
}

import type { Db } from '../../db/client.js'
import type { Translate } from '../../platform/i18n/catalogue.js'

/**
 * What another module holds about a person (applications, registrations, contributions, survey
 * answers), for the two rights the accounts module offers: downloading one's data and deleting
 * one's account. Register it once at the top level of the module's index.ts.
 */
export interface PersonalDataSource {
  /** The module's name; the key of its part in the download. Registering it again replaces the source. */
  name: string
  /** Message key naming what it holds, e.g. "Applications to calls", listed on the privacy page. */
  labelKey: string
  /**
   * The person's part, JSON-able (dates become ISO strings). Only what is theirs: never another
   * person's name or address, even in a record they share (a co-applicant, a reviewer).
   */
  export(db: Db, userId: string): Promise<unknown>
  /**
   * Runs inside the deletion's transaction, before the account becomes a tombstone: erase what is
   * only theirs, cancel what is still to come (registrations free their seat), and keep what the
   * programme must keep with the person's id on it (the tombstone's name is empty: show it with
   * `nameOrFormerMember`). Throwing rolls the whole deletion back.
   */
  erase(tx: Db, userId: string, context: { now: Date }): Promise<void>
}

const sources = new Map<string, PersonalDataSource>()

/**
 * Adds a module's part to the data download and to account deletion. Returns a function removing
 * it (for tests).
 * @example
 * registerPersonalDataSource({
 *   name: 'activities',
 *   labelKey: 'activities.privacy.registrations',
 *   export: (db, userId) => listRegistrationsOf(db, userId),
 *   erase: (tx, userId, { now }) => cancelRegistrationsOf(tx, userId, now),
 * })
 */
export function registerPersonalDataSource(source: PersonalDataSource): () => void {
  sources.set(source.name, source)
  return () => {
    if (sources.get(source.name) === source) sources.delete(source.name)
  }
}

/** The registered sources, by name, so the download and the deletion run them in a stable order. */
export function listPersonalDataSources(): PersonalDataSource[] {
  return [...sources.values()].sort((a, b) => a.name.localeCompare(b.name))
}

/**
 * The name to show beside something a person did: "a former member" once they deleted their
 * account (the row stays, with an empty name, so kept records still point somewhere).
 */
export function nameOrFormerMember(t: Translate, person: { name: string; deletedAt: Date | null }): string {
  return person.deletedAt || person.name === '' ? t('privacy.formerMember') : person.name
}

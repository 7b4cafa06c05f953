import type { Translate } from '../../../platform/i18n/catalogue.js'
import type { PageContext } from '../../../platform/ui/page-context.js'

export interface Funding {
  euFunded: boolean
  /** As written by the editors, e.g. "the European Commission"; well-known authorities are translated. */
  grantingAuthority: string | null
  fundingNote: string | null
  /** The language the note is written in. */
  language: string
}

// The disclaimer declines the authority's name ("ou de la Commission européenne", "oder der
// Europäischen Kommission"), so the authorities programmes commonly name are translated here;
// any other is inserted as the editors wrote it.
const knownAuthorities: Record<string, string> = {
  'european commission': 'programmes.funding.authority.europeanCommission',
  eacea: 'programmes.funding.authority.eacea',
  'european education and culture executive agency': 'programmes.funding.authority.eacea',
  'european education and culture executive agency (eacea)': 'programmes.funding.authority.eacea',
}

/**
 * The texts EU-funded work must show, in the reader's language: "Funded by the European Union"
 * and the standard disclaimer naming the granting authority. Null when the work is not EU-funded.
 */
export function euFundingTexts(t: Translate, grantingAuthority: string | null) {
  const authority = grantingAuthority?.trim()
  let disclaimer: string
  if (!authority) {
    disclaimer = t('programmes.funding.disclaimerWithoutAuthority')
  } else {
    const key =
      knownAuthorities[
        authority
          .toLowerCase()
          .replace(/^the\s+/, '')
          .replace(/\s+/g, ' ')
      ]
    disclaimer = t('programmes.funding.disclaimer', { authority: key ? t(key) : authority })
  }
  return { fundedBy: t('programmes.funding.fundedBy'), disclaimer }
}

/**
 * The funding acknowledgement of a programme (or of anything it funded: a report, a toolkit): the
 * EU emblem with "Funded by the European Union" and the disclaimer when EU-funded, then the
 * editors' funding note. Renders nothing when there is neither.
 * @example <FundingAcknowledgement ctx={ctx} funding={programme} />
 */
export function FundingAcknowledgement({ ctx, funding }: { ctx: PageContext; funding: Funding }) {
  const note = funding.fundingNote?.trim()
  if (!funding.euFunded && !note) return null
  const texts = funding.euFunded ? euFundingTexts(ctx.t, funding.grantingAuthority) : null
  return (
    <div class="app-funding">
      {texts ? (
        <>
          <p class="app-funding__acknowledgement">
            {/* The EU's visual identity rules: the emblem beside the words, never the words alone. */}
            <img
              class="app-funding__emblem"
              src={ctx.asset('eu-emblem.svg')}
              alt={ctx.t('programmes.funding.emblemAlt')}
              width="75"
              height="50"
            />{' '}
            <span class="app-funding__funded-by">{texts.fundedBy}</span>
          </p>
          <p class="app-funding__disclaimer app-body-s">{texts.disclaimer}</p>
        </>
      ) : null}
      {note ? (
        <p class="app-funding__note app-body" lang={funding.language === ctx.locale ? undefined : funding.language}>
          {note}
        </p>
      ) : null}
    </div>
  )
}

import type { Child } from 'hono/jsx'
import { classes } from './form-group.js'

export type TableCell =
  | string
  | number
  | {
      text: Child
      /** Right-aligned with tabular figures, so digits line up; numbers are numeric by default. */
      numeric?: boolean
      colspan?: number
      rowspan?: number
    }

export interface TableProps {
  /** Says what the table shows; screen readers announce it when entering the table. */
  caption?: Child
  captionSize?: 's' | 'm' | 'l' | 'xl'
  /** Column headers (scope="col"). */
  head?: TableCell[]
  rows: TableCell[][]
  /** The first cell of each row names the row (scope="row"), e.g. the city in a comparison. */
  firstCellIsHeader?: boolean
  /**
   * For wide tables: scrolls sideways on small screens inside a focusable region, so keyboard users
   * can scroll it too. Needs an id, which names the region through the caption.
   */
  scrollableId?: string
}

/**
 * A data table (GOV.UK "Table"): the accessible twin of every chart, and lists of figures.
 * @example
 * <Table caption={t('pulse.noise.caption')} captionSize="m" firstCellIsHeader
 *   head={[t('pulse.city'), { text: t('pulse.noise.day'), numeric: true }]}
 *   rows={results.map((row) => [row.city, { text: formatNumber(row.decibels), numeric: true }])} />
 */
export function Table(props: TableProps) {
  const captionId = props.scrollableId ? `${props.scrollableId}-caption` : undefined
  const table = (
    <table class="app-table">
      {props.caption ? (
        <caption
          class={classes('app-table__caption', props.captionSize && `app-table__caption--${props.captionSize}`)}
          id={captionId}
        >
          {props.caption}
        </caption>
      ) : null}
      {props.head && props.head.length > 0 ? (
        <thead class="app-table__head">
          <tr class="app-table__row">
            {props.head.map((cell) => {
              const { text, numeric, colspan, rowspan } = normalise(cell)
              return (
                <th
                  scope="col"
                  class={classes('app-table__header', numeric && 'app-table__header--numeric')}
                  colspan={colspan}
                  rowspan={rowspan}
                >
                  {text}
                </th>
              )
            })}
          </tr>
        </thead>
      ) : null}
      <tbody class="app-table__body">
        {props.rows.map((row) => (
          <tr class="app-table__row">
            {row.map((cell, index) => {
              const { text, numeric, colspan, rowspan } = normalise(cell)
              return index === 0 && props.firstCellIsHeader ? (
                <th
                  scope="row"
                  class={classes('app-table__header', numeric && 'app-table__header--numeric')}
                  colspan={colspan}
                  rowspan={rowspan}
                >
                  {text}
                </th>
              ) : (
                <td
                  class={classes('app-table__cell', numeric && 'app-table__cell--numeric')}
                  colspan={colspan}
                  rowspan={rowspan}
                >
                  {text}
                </td>
              )
            })}
          </tr>
        ))}
      </tbody>
    </table>
  )
  if (!props.scrollableId) return table
  return (
    // A named <section> is a region landmark; tabindex lets keyboard users scroll it (axe scrollable-region-focusable).
    <section class="app-table-container" id={props.scrollableId} aria-labelledby={captionId} tabindex={0}>
      {table}
    </section>
  )
}

function normalise(cell: TableCell) {
  if (typeof cell === 'number') return { text: String(cell), numeric: true }
  if (typeof cell === 'string') return { text: cell, numeric: false }
  return cell
}

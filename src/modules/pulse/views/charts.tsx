import { scaleBand, scaleLinear } from 'd3-scale'

export interface Bar {
  label: string
  value: number
  /** The viewer's own city, drawn in the highlight colour and marked in the table too. */
  highlight?: boolean
}

const round = (value: number) => Math.round(value * 10) / 10

/**
 * Horizontal bars sorted by value (as given), server-rendered SVG. A picture only: the same
 * figures are in the table that follows it, which assistive technology reads instead.
 */
export function BarChart(props: {
  id: string
  title: string
  bars: readonly Bar[]
  format: (value: number) => string
  /** A dashed line across the bars, e.g. the median of all respondents. */
  reference?: { value: number; label: string }
}) {
  const rowHeight = 22
  const labelWidth = 170
  const width = 720
  const height = Math.max(1, props.bars.length) * rowHeight + 24
  const max = Math.max(0, ...props.bars.map((bar) => bar.value), props.reference?.value ?? 0)
  const min = Math.min(0, ...props.bars.map((bar) => bar.value))
  const x = scaleLinear()
    .domain([min, max === min ? min + 1 : max])
    .nice()
    .range([labelWidth, width - 70])
  const y = scaleBand<number>()
    .domain(props.bars.map((_, index) => index))
    .range([0, height - 24])
    .padding(0.2)
  return (
    <svg
      class="app-chart"
      xmlns="http://www.w3.org/2000/svg"
      viewBox={`0 0 ${width} ${height}`}
      role="img"
      aria-labelledby={`${props.id}-title`}
    >
      <title id={`${props.id}-title`}>{props.title}</title>
      {props.bars.map((bar, index) => {
        const top = y(index) ?? 0
        const start = x(Math.min(0, bar.value))
        const end = x(Math.max(0, bar.value))
        return (
          <g>
            <text class="app-chart__label" x={labelWidth - 6} y={round(top + y.bandwidth() / 2 + 4)} text-anchor="end">
              {bar.label.length > 24 ? `${bar.label.slice(0, 23)}…` : bar.label}
            </text>
            <rect
              class={bar.highlight ? 'app-chart__bar app-chart__bar--own' : 'app-chart__bar'}
              x={round(start)}
              y={round(top)}
              width={round(Math.max(1, end - start))}
              height={round(y.bandwidth())}
            />
            <text class="app-chart__value" x={round(end + 4)} y={round(top + y.bandwidth() / 2 + 4)}>
              {props.format(bar.value)}
            </text>
          </g>
        )
      })}
      {props.reference ? (
        <g>
          <line
            class="app-chart__reference"
            x1={round(x(props.reference.value))}
            x2={round(x(props.reference.value))}
            y1={0}
            y2={height - 20}
          />
          <text class="app-chart__value" x={round(x(props.reference.value))} y={height - 6} text-anchor="middle">
            {props.reference.label}
          </text>
        </g>
      ) : null}
    </svg>
  )
}

/** One bar split into the shares of each choice; the table after it holds the counts. */
export function StackedBar(props: { id: string; title: string; parts: readonly { label: string; count: number }[] }) {
  const width = 720
  const total = props.parts.reduce((sum, part) => sum + part.count, 0) || 1
  const x = scaleLinear().domain([0, total]).range([0, width])
  let offset = 0
  return (
    <svg
      class="app-chart"
      xmlns="http://www.w3.org/2000/svg"
      viewBox={`0 0 ${width} 40`}
      role="img"
      aria-labelledby={`${props.id}-title`}
    >
      <title id={`${props.id}-title`}>{props.title}</title>
      {props.parts.map((part, index) => {
        const start = offset
        offset += part.count
        const w = x(part.count)
        return (
          <g>
            <rect
              class={`app-chart__part app-chart__part--${index % 6}`}
              x={round(x(start))}
              y={0}
              width={round(w)}
              height={40}
            />
            {w > 60 ? (
              <text class="app-chart__part-label" x={round(x(start) + 6)} y={25}>
                {`${Math.round((part.count / total) * 100)}%`}
              </text>
            ) : null}
          </g>
        )
      })}
    </svg>
  )
}

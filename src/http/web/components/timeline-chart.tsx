/**
 * @module timeline-chart
 * The story's coverage timeline as inline SVG: stacked bars of entries per hour, one colour per
 * publisher, with a text alternative (title + description) and an HTML legend.
 */
import type { FC } from 'hono/jsx'

import type { PublisherRef } from '../../../db/reader-store.js'
import type { Timeline } from '../coverage-timeline.js'
import { clockTime, count, shortDate } from '../format.js'

const WIDTH = 600
const HEIGHT = 168
const TOP = 16
const BOTTOM = 28
const LEFT = 28
const RIGHT = 8
export const TIMELINE_COLOURS = 8

export const TimelineChart: FC<{
  timeline: Timeline
  publishers: Map<number, PublisherRef>
  id: string
}> = ({ timeline, publishers, id }) => {
  const { buckets, bucketHours, max } = timeline
  if (buckets.length === 0) return null
  const plotW = WIDTH - LEFT - RIGHT
  const plotH = HEIGHT - TOP - BOTTOM
  const slot = plotW / buckets.length
  const barW = Math.max(2, Math.min(28, slot * 0.72))
  const scale = plotH / Math.max(max, 1)
  const labelEvery = Math.max(1, Math.ceil(buckets.length / 7))
  const total = buckets.reduce((sum, b) => sum + b.total, 0)
  const busiest = buckets.reduce((best, b) => (b.total > best.total ? b : best), buckets[0]!)
  const first = buckets[0]!.start
  const end = new Date(buckets.at(-1)!.start.getTime() + bucketHours * 3_600_000)
  const unit = bucketHours === 1 ? 'hour' : `${bucketHours} hours`
  const description =
    `${count(total, 'entry', 'entries')} from ${count(timeline.publishers.length, 'publisher')} ` +
    `between ${clockTime(first)} on ${shortDate(first)} and ${clockTime(end)} on ${shortDate(end)} (UTC), ` +
    `counted per ${unit}. The busiest ${unit} began at ${clockTime(busiest.start)} with ` +
    `${count(busiest.total, 'entry', 'entries')}.`
  return (
    <figure class="timeline">
      <div class="timeline-scroll">
        <svg
          class="timeline-svg"
          viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
          width={WIDTH}
          height={HEIGHT}
          role="img"
          aria-labelledby={`${id}-title ${id}-desc`}
          preserveAspectRatio="xMidYMid meet"
        >
          <title id={`${id}-title`}>Coverage over time</title>
          <desc id={`${id}-desc`}>{description}</desc>
          <line
            class="timeline-axis"
            x1={LEFT}
            x2={WIDTH - RIGHT}
            y1={TOP + plotH}
            y2={TOP + plotH}
          />
          <line class="timeline-grid" x1={LEFT} x2={WIDTH - RIGHT} y1={TOP} y2={TOP} />
          <text class="timeline-label" x={LEFT - 6} y={TOP + 4} text-anchor="end">
            {max}
          </text>
          <text class="timeline-label" x={LEFT - 6} y={TOP + plotH + 4} text-anchor="end">
            0
          </text>
          {buckets.map((bucket, i) => {
            const x = LEFT + i * slot + (slot - barW) / 2
            let y = TOP + plotH
            return (
              <g>
                {bucket.counts.map((n, p) => {
                  if (n === 0) return null
                  const h = n * scale
                  y -= h
                  const name = publishers.get(timeline.publishers[p]!)?.name ?? 'Publisher'
                  return (
                    <rect
                      class={`tl-c${p % TIMELINE_COLOURS}`}
                      x={x.toFixed(1)}
                      y={y.toFixed(1)}
                      width={barW.toFixed(1)}
                      height={Math.max(1, h - 1).toFixed(1)}
                      rx="2"
                    >
                      <title>{`${name}: ${count(n, 'entry', 'entries')} from ${clockTime(bucket.start)}`}</title>
                    </rect>
                  )
                })}
                {i % labelEvery === 0 ? (
                  <text
                    class="timeline-label"
                    x={(LEFT + i * slot + slot / 2).toFixed(1)}
                    y={HEIGHT - 8}
                    text-anchor="middle"
                  >
                    {clockTime(bucket.start)}
                  </text>
                ) : null}
              </g>
            )
          })}
        </svg>
      </div>
      <figcaption>
        <ul class="timeline-legend">
          {timeline.publishers.map((pid, p) => (
            <li>
              <span class={`swatch tl-c${p % TIMELINE_COLOURS}`} aria-hidden="true"></span>
              {publishers.get(pid)?.name ?? 'Publisher'}
            </li>
          ))}
        </ul>
        <p class="timeline-note">Entries per {unit}, UTC.</p>
      </figcaption>
    </figure>
  )
}

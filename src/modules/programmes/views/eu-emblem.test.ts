import fs from 'node:fs/promises'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'

const file = path.join(path.dirname(fileURLToPath(import.meta.url)), '../../../platform/assets/static/eu-emblem.svg')

// The geometry of the flag of Europe as the EU's graphical specification gives it.
describe('the EU emblem asset', () => {
  it('draws twelve upright five-pointed gold stars on a circle on a 3:2 blue rectangle', async () => {
    const svg = await fs.readFile(file, 'utf8')
    const [width, height] = svg
      .match(/viewBox="0 0 (\d+) (\d+)"/)!
      .slice(1)
      .map(Number) as [number, number]
    expect(width / height).toBe(3 / 2)
    expect(svg).toMatch(new RegExp(`<rect width="${width}" height="${height}" fill="#003399"/>`))
    expect(svg).toMatch(/<g fill="#FFCC00">/)

    const stars = [...svg.matchAll(/<path d="M([^"]+)Z"\/>/g)].map((match) =>
      match[1]!.split('L').map((point) => point.trim().split(' ').map(Number) as [number, number]),
    )
    expect(stars).toHaveLength(12)
    const centres = stars.map((points) => {
      expect(points).toHaveLength(10)
      const x = points.reduce((sum, [px]) => sum + px, 0) / points.length
      const y = points.reduce((sum, [, py]) => sum + py, 0) / points.length
      // Upright: the first point is the top one, straight above the centre, at 1/18 of the height.
      const [topX, topY] = points[0]!
      expect(topX).toBeCloseTo(x, 1)
      expect(y - topY).toBeCloseTo(height / 18, 0)
      for (const [, py] of points) expect(py).toBeGreaterThanOrEqual(topY)
      return [x, y] as const
    })
    for (const [index, [x, y]] of centres.entries()) {
      // On a circle of radius a third of the height, at the hours of a clock face.
      expect(Math.hypot(x - width / 2, y - height / 2)).toBeCloseTo(height / 3, 0)
      const angle = (Math.atan2(y - height / 2, x - width / 2) * 180) / Math.PI
      expect((angle + 90 + 360) % 360).toBeCloseTo(index * 30, 0)
    }
  })
})

import { describe, expect, it } from 'vitest'
import type { Translate } from '../i18n/catalogue.js'
import { richMessage } from './rich-message.js'

describe('richMessage', () => {
  // A stand-in for the catalogue's translator: ICU-style {placeholders}, filled from the values.
  const t: Translate = (key, values = {}) =>
    ({ 'k.twoLinks': 'See {first} & then {second}, {name}.', 'k.leading': '{link} first' })[key]!.replace(
      /\{(\w+)\}/g,
      (_, name: string) => String(values[name]),
    )

  it('puts each element where its placeholder is and escapes the text around it', () => {
    const html = (
      <p>
        {richMessage(t, 'k.twoLinks', { first: <a href="/a">A</a>, second: <a href="/b">B</a> }, { name: '<Ann>' })}
      </p>
    ).toString()
    expect(html).toBe('<p>See <a href="/a">A</a> &amp; then <a href="/b">B</a>, &lt;Ann&gt;.</p>')
  })

  it('leaves no empty text around an element at the start of the sentence', () => {
    const parts = richMessage(t, 'k.leading', { link: <a href="/x">X</a> })
    expect(parts).toHaveLength(2)
    expect(parts[1]).toBe(' first')
  })
})

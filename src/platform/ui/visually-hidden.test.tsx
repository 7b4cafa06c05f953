import { describe, expect, it } from 'vitest'
import { VisuallyHidden } from './visually-hidden.js'

describe('VisuallyHidden', () => {
  it('wraps its text in the visually hidden class, escaped', async () => {
    expect(await (<VisuallyHidden>{' email <address>'}</VisuallyHidden>).toString()).toBe(
      '<span class="app-visually-hidden"> email &lt;address&gt;</span>',
    )
  })
})

import type { Context } from 'hono'
import { bodyLimit } from 'hono/body-limit'
import type { FormError } from '../../platform/forms/form-state.js'
import type { AppEnv } from '../../platform/http/env.js'
import { MAX_IMAGE_BYTES } from './images.js'

/**
 * For forms with an image: an image may be 2 MB (checked with the form's other answers); a body
 * much larger is cut off before it fills the memory, and the form page says why. Its other
 * answers are lost then, since the body was never read.
 */
export const uploadLimit = bodyLimit({
  maxSize: MAX_IMAGE_BYTES + 512 * 1024,
  onError: (c) => {
    const url = new URL(c.req.url)
    return c.redirect(`${url.pathname}?problem=too-large`, 303)
  },
})

/** The error the form page shows after uploadLimit sent the person back. */
export function tooLargeProblem(c: Context<AppEnv>, field: 'logo' | 'photo'): FormError[] | undefined {
  if (c.req.query('problem') !== 'too-large') return undefined
  const key = field === 'logo' ? 'organisations.form.logo.tooLarge' : 'profiles.photo.tooLarge'
  return [{ field, message: c.var.t(key) }]
}

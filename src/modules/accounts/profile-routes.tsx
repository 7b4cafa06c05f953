import { Hono } from 'hono'
import { parseForm } from '../../platform/forms/parse-form.js'
import type { AppEnv } from '../../platform/http/env.js'
import { NotFoundError } from '../../platform/http/errors.js'
import { renderPage } from '../../platform/http/render.js'
import { localHref } from '../../platform/ui/page-context.js'
import { updateProfile } from './commands/update-profile.js'
import { checkUploadedImage, deleteStoredImage, readStoredImage, storeImage } from './images.js'
import { ProfileForm, visibilityFromForm } from './profile-forms.js'
import { findProfilePhotoForViewer, getOwnProfile, getProfileForViewer } from './queries/people.js'
import { noticeFrom, signInRedirect } from './sign-in-redirect.js'
import { tooLargeProblem, uploadLimit } from './upload-limit.js'
import { PersonPage } from './views/profiles/person-page.js'
import { ProfileEditPage, profileValues } from './views/profiles/profile-edit-page.js'

/**
 * GET|POST /account/profile (one's own profile) · GET /people/:id (anyone's, as the viewer may
 * see it) · GET /people/:id/photo; mounted at the locale root.
 */
export const profileRoutes = new Hono<AppEnv>()

const notices = { saved: 'profiles.saved', expert: 'profiles.expertJoined' } as const

profileRoutes.get('/account/profile', async (c) => {
  if (!c.var.actor) return signInRedirect(c)
  const profile = await getOwnProfile(c.var.db, c.var.actor)
  return renderPage(
    c,
    <ProfileEditPage
      ctx={c.var.pageContext()}
      profile={profile}
      notice={noticeFrom(c, notices)}
      values={profileValues(profile)}
      errors={tooLargeProblem(c, 'photo')}
    />,
  )
})

profileRoutes.post('/account/profile', uploadLimit, async (c) => {
  if (!c.var.actor) return signInRedirect(c)
  const { db, actor, t, config } = c.var
  const profile = await getOwnProfile(db, actor)
  const form = parseForm(
    ProfileForm(t, { hasStoredPhoto: profile.photoPath !== null }),
    await c.req.parseBody({ all: true }),
    {
      t,
    },
  )
  const show = (values: Record<string, string | string[]>, errors: { field: string; message: string }[]) =>
    renderPage(c, <ProfileEditPage ctx={c.var.pageContext()} profile={profile} values={values} errors={errors} />, 422)
  if (!form.ok) return show(form.values, form.errors)
  let photoPath: string | null | undefined
  if (form.data.photo) {
    const image = await checkUploadedImage(form.data.photo)
    if (!image.ok) {
      const key = image.reason === 'too-large' ? 'profiles.photo.tooLarge' : 'profiles.photo.notImage'
      return show(form.values, [{ field: 'photo', message: t(key) }])
    }
    photoPath = await storeImage(config, 'profile-photos', image)
  } else if (form.data.removePhoto.length > 0) {
    photoPath = null
  }
  try {
    const { replacedPhoto } = await updateProfile(
      db,
      actor,
      {
        name: form.data.name,
        country: form.data.country ?? null,
        languages: form.data.languages,
        expertise: form.data.expertise,
        bio: form.data.bio,
        visibility: visibilityFromForm(form.data),
        photoPath,
        photoAlt: form.data.photoAlt ?? null,
      },
      { now: c.var.now() },
    )
    await deleteStoredImage(config, 'profile-photos', replacedPhoto)
  } catch (error) {
    if (photoPath) await deleteStoredImage(config, 'profile-photos', photoPath)
    throw error
  }
  return c.redirect(`${localHref(c.var, '/account/profile')}?done=saved`, 303)
})

profileRoutes.get('/people/:id', async (c) => {
  const { db, actor } = c.var
  const profile = await getProfileForViewer(db, actor, c.req.param('id'))
  return renderPage(c, <PersonPage ctx={c.var.pageContext()} profile={profile} isOwn={actor?.id === profile.id} />)
})

profileRoutes.get('/people/:id/photo', async (c) => {
  const photo = await findProfilePhotoForViewer(c.var.db, c.var.actor, c.req.param('id'))
  const image = photo ? await readStoredImage(c.var.config, 'profile-photos', photo.fileName) : undefined
  if (!photo || !image) throw new NotFoundError('photo')
  return c.body(image.bytes, 200, {
    'content-type': image.type,
    'x-content-type-options': 'nosniff',
    'content-disposition': 'inline',
    // Revalidated every time, so a photo made members-only stops showing at once; never kept in a shared cache unless public.
    'cache-control': photo.audience === 'public' ? 'public, no-cache' : 'private, no-store',
  })
})

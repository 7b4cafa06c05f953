import { describe, expect, it } from 'vitest'
import { checkUploadedImage, detectImageType, MAX_IMAGE_BYTES } from './images.js'

const png = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13])
const jpeg = Uint8Array.from([0xff, 0xd8, 0xff, 0xe0, 0, 16, 0x4a, 0x46])
const webp = new TextEncoder().encode('RIFF\x24\x00\x00\x00WEBPVP8 ')

describe('image checks', () => {
  it('recognises PNG, JPEG and WebP by their first bytes', () => {
    expect(detectImageType(png)).toBe('image/png')
    expect(detectImageType(jpeg)).toBe('image/jpeg')
    expect(detectImageType(webp)).toBe('image/webp')
  })

  it('refuses HTML, SVG and other RIFF files whatever they are called', async () => {
    expect(detectImageType(new TextEncoder().encode('<!doctype html><script>alert(1)</script>'))).toBeUndefined()
    expect(detectImageType(new TextEncoder().encode('<svg xmlns="http://www.w3.org/2000/svg"/>'))).toBeUndefined()
    expect(detectImageType(new TextEncoder().encode('RIFF\x24\x00\x00\x00WAVEfmt '))).toBeUndefined()
    const disguised = new File(['<html></html>'], 'photo.png', { type: 'image/png' })
    expect(await checkUploadedImage(disguised)).toEqual({ ok: false, reason: 'not-an-image' })
  })

  it('refuses a file over 2 MB and accepts one of exactly 2 MB', async () => {
    const big = new Uint8Array(MAX_IMAGE_BYTES + 1)
    big.set(png)
    expect(await checkUploadedImage(new File([big], 'big.png'))).toEqual({ ok: false, reason: 'too-large' })
    const exact = new Uint8Array(MAX_IMAGE_BYTES)
    exact.set(png)
    expect(await checkUploadedImage(new File([exact], 'exact.png'))).toMatchObject({ ok: true, type: 'image/png' })
  })
})

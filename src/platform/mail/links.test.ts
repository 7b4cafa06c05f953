import { describe, expect, it } from 'vitest'
import { linksIn, splitLinks } from './links.js'

describe('splitLinks', () => {
  it('finds http(s) addresses and leaves the sentence’s punctuation outside the link', () => {
    expect(splitLinks('Open https://stoa.example/verify?token=a_b-1. Thanks')).toEqual([
      { kind: 'text', text: 'Open ' },
      { kind: 'link', url: 'https://stoa.example/verify?token=a_b-1' },
      { kind: 'text', text: '. Thanks' },
    ])
  })

  it('never makes a link of another scheme', () => {
    expect(linksIn('javascript:alert(1) data:text/html,x mailto:a@b.c ftp://x.org')).toEqual([])
  })

  it('lists each link once, in order', () => {
    expect(linksIn('http://a.example/1 and https://b.example/2, again http://a.example/1')).toEqual([
      'http://a.example/1',
      'https://b.example/2',
    ])
  })
})

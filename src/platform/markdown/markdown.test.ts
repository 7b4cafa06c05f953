import { describe, expect, it } from 'vitest'
import { markdownToHtml, markdownToText } from './markdown.js'

describe('markdown rendered safely', () => {
  it('renders emphasis, lists and links', () => {
    const html = markdownToHtml('Some **bold** text\n\n- one\n- [two](https://example.org)')
    expect(html).toContain('<strong>bold</strong>')
    expect(html).toContain('<li>one</li>')
    expect(html).toContain('<a href="https://example.org" rel="noopener noreferrer">two</a>')
  })

  it('shows raw HTML as text instead of parsing it', () => {
    const html = markdownToHtml('<script>alert(1)</script> <img src=x onerror=alert(1)>')
    expect(html).not.toContain('<script')
    expect(html).not.toContain('<img')
    expect(html).toContain('&lt;script&gt;')
  })

  it('refuses script URLs in links and images', () => {
    for (const source of [
      '[x](javascript:alert(1))',
      '[x](JaVaScRiPt:alert(1))',
      '![x](vbscript:msgbox)',
      '[x](data:text/html;base64,PHNjcmlwdD4=)',
    ]) {
      const html = markdownToHtml(source)
      expect(html).not.toMatch(/href="(javascript|vbscript|data):/i)
      expect(html).not.toMatch(/src="(javascript|vbscript):/i)
    }
  })

  it('starts headings at h2 under the page title', () => {
    expect(markdownToHtml('# Title\n\n## Part')).toBe('<h2>Title</h2>\n<h3>Part</h3>\n')
  })

  it('gives plain text for summaries', () => {
    expect(markdownToText('# Hello\n\nA *b* & <c>')).toBe('Hello A b & <c>')
  })
})

// Live results for the practices list (data-module="app-practice-search" on its GET form). Without
// this script the form submits and the server answers a new page; with it, the same URL is fetched
// with the Stoa-Fragment header and the server's regions (errors, filters, results) replace the
// page's, parsed by DOMParser: no HTML is built here, and nothing is evaluated.

const REGIONS = ['practice-errors', 'practice-filters', 'practice-results'] as const
const TYPING_DELAY = 300
const DEFAULT_SORT = 'relevance'

/**
 * The form's choices as a query string, without empty fields (an empty "from" is no filter) nor
 * the default order: relevance, which the server also applies when words are typed into a list
 * shown newest first, so the order follows the words unless the visitor chose another one.
 */
function queryOf(form: HTMLFormElement): string {
  const params = new URLSearchParams()
  for (const [name, value] of new FormData(form)) {
    if (typeof value !== 'string' || value.trim() === '') continue
    if (name === 'sort' && value === DEFAULT_SORT) continue
    params.append(name, value)
  }
  return params.toString()
}

/** The same control in the new markup: by name, and by value for boxes and radios. */
function counterpart(root: ParentNode, control: HTMLInputElement | HTMLSelectElement): HTMLElement | null {
  const name = CSS.escape(control.name)
  if (control instanceof HTMLInputElement && (control.type === 'checkbox' || control.type === 'radio'))
    return root.querySelector(`[name="${name}"][value="${CSS.escape(control.value)}"]`)
  return root.querySelector(`[name="${name}"]`)
}

export function practiceSearch(form: HTMLFormElement) {
  const status = form.querySelector<HTMLElement>('[data-practice-search-status]')
  let controller: AbortController | null = null
  let timer: number | undefined

  async function update(mode: 'replace' | 'push') {
    const query = queryOf(form)
    const url = `${form.action}${query ? `?${query}` : ''}`
    controller?.abort()
    const current = new AbortController()
    controller = current
    let html: string
    try {
      const response = await fetch(url, { headers: { 'Stoa-Fragment': 'results' }, signal: current.signal })
      if (!response.ok) throw new Error(`status ${response.status}`)
      html = await response.text()
    } catch {
      if (current.signal.aborted) return
      // Whatever went wrong, the plain page still works: go there.
      window.location.assign(url)
      return
    }
    if (controller !== current) return
    controller = null
    swap(html)
    if (mode === 'push') history.pushState(null, '', url)
    else history.replaceState(null, '', url)
  }

  function swap(html: string) {
    const fresh = new DOMParser().parseFromString(html, 'text/html')
    const active = document.activeElement
    const focused =
      active instanceof HTMLInputElement || active instanceof HTMLSelectElement
        ? REGIONS.some((id) => document.getElementById(id)?.contains(active))
          ? active
          : null
        : null
    for (const id of REGIONS) {
      const next = fresh.getElementById(id)
      const old = document.getElementById(id)
      if (next && old) old.replaceWith(document.importNode(next, true))
    }
    // Focus stays where the visitor was, with what they typed since the request left.
    if (focused) {
      const replacement = counterpart(document, focused)
      if (replacement instanceof HTMLInputElement && focused instanceof HTMLInputElement && focused.type === 'text') {
        replacement.value = focused.value
        replacement.focus()
        replacement.setSelectionRange(focused.selectionStart, focused.selectionEnd)
      } else replacement?.focus()
    }
    const announcement = document.getElementById('practice-results')?.dataset.announcement
    if (status && announcement) status.textContent = announcement
  }

  form.addEventListener('input', (event) => {
    const target = event.target as HTMLElement
    // Only the words update as they are typed: a half-typed year would only be an error.
    if (!(target instanceof HTMLInputElement) || target.type !== 'search') return
    window.clearTimeout(timer)
    timer = window.setTimeout(() => void update('replace'), TYPING_DELAY)
  })
  form.addEventListener('change', (event) => {
    const target = event.target as HTMLElement
    if (target instanceof HTMLInputElement && target.type === 'search') return
    window.clearTimeout(timer)
    void update('replace')
  })
  form.addEventListener('submit', (event) => {
    event.preventDefault()
    window.clearTimeout(timer)
    void update('push')
  })
  // Back and forward between submitted searches: the address holds the search, so reload it.
  window.addEventListener('popstate', () => window.location.reload())
}

// Progressive enhancement only: every page works without this script. Each behaviour attaches to
// elements that carry data-module="app-…", so a page without such elements runs nothing.
import { practiceSearch } from './practice-search.js'

type Enhancer = (element: HTMLElement) => void

// The page is served with "app-no-js"; the stylesheet shows JS-only controls under "app-js".
document.documentElement.classList.replace('app-no-js', 'app-js')

/** Moves focus to a message that was rendered for the visitor's last action, so it is read first. */
function focusOnLoad(element: HTMLElement) {
  element.setAttribute('tabindex', '-1')
  element.focus()
  // Once left, it stops being a click target that draws a focus outline.
  element.addEventListener('blur', () => element.removeAttribute('tabindex'), { once: true })
}

const enhancers: Record<string, Enhancer> = {
  'app-error-summary': (element) => {
    focusOnLoad(element)
    // A link to a field scrolls its label or legend into view too, not only the input (GOV.UK).
    element.addEventListener('click', (event) => {
      const link = (event.target as Element).closest('a')
      const target = link?.hash ? document.getElementById(decodeURIComponent(link.hash.slice(1))) : null
      if (!target) return
      const legend = target.closest('fieldset')?.querySelector('legend')
      const label = legend ?? document.querySelector(`label[for="${CSS.escape(target.id)}"]`)
      if (!label) return
      event.preventDefault()
      label.scrollIntoView()
      target.focus({ preventScroll: true })
    })
  },
  // A success banner is an alert about the action just taken; an "important" one is not moved to,
  // and neither is any banner when the page also has form errors, which come first.
  'app-notification-banner': (element) => {
    const errors = document.querySelector('[data-module~="app-error-summary"]')
    if (element.getAttribute('role') === 'alert' && !errors) focusOnLoad(element)
  },
  // A question asked only after a given answer is hidden while that answer is not given; without
  // JS it stays in the page with a hint naming its condition, and the server ignores it then.
  'app-questionnaire': (element) => {
    const update = () => {
      const hidden = new Set<string>()
      for (const wrapper of element.querySelectorAll<HTMLElement>('[data-condition-question]')) {
        const source = wrapper.dataset.conditionQuestion ?? ''
        const inputs = [...element.querySelectorAll<HTMLInputElement>(`input[name="${CSS.escape(source)}"]`)]
        const chosen = inputs.filter((input) => input.checked).map((input) => input.value)
        const shown = !hidden.has(source) && chosen.includes(wrapper.dataset.conditionValue ?? '')
        wrapper.hidden = !shown
        if (!shown) hidden.add(wrapper.dataset.question ?? '')
      }
    }
    element.addEventListener('change', update)
    update()
  },
  // A bulk import's progress, asked for every second; the finished page (the report) replaces it.
  'app-import-progress': (element) => {
    const bar = element.querySelector('progress')
    const count = element.querySelector<HTMLElement>('[data-progress-count]')
    const url = element.dataset.progressUrl
    const template = element.dataset.countTemplate ?? ''
    if (!bar || !count || !url) return
    const poll = async () => {
      try {
        const response = await fetch(url, { headers: { accept: 'application/json' } })
        if (response.ok) {
          const { state, done, total } = (await response.json()) as { state: string; done: number; total: number }
          if (state === 'succeeded' || state === 'failed') return window.location.reload()
          bar.max = Math.max(total, 1)
          bar.value = done
          count.textContent = template.replace('{done}', String(done)).replace('{total}', String(total))
        }
      } catch {
        // A missed answer is asked again; the refresh link still works.
      }
      window.setTimeout(poll, 1000)
    }
    window.setTimeout(poll, 1000)
  },
  // Selecting a language in the switcher's <select> navigates at once; without JS the button submits.
  'app-auto-submit': (element) => {
    element.addEventListener('change', () => (element.closest('form') as HTMLFormElement | null)?.requestSubmit())
  },
  // An activity's time in the visitor's own zone, when it differs from the activity's (the server
  // cannot know the visitor's zone; without JS the page shows the activity's time and zone).
  'app-local-time': (element) => {
    const { start, end, zone, label } = element.dataset
    const visitorZone = Intl.DateTimeFormat().resolvedOptions().timeZone
    if (!start || !end || !zone || !label || !visitorZone) return
    const lang = document.documentElement.lang === 'en' ? 'en-GB' : document.documentElement.lang
    const options: Intl.DateTimeFormatOptions = { dateStyle: 'long', timeStyle: 'short' }
    const inZone = (timeZone: string) =>
      new Intl.DateTimeFormat(lang, { ...options, timeZone }).formatRange(new Date(start), new Date(end))
    if (inZone(visitorZone) === inZone(zone)) return
    element.textContent = `${label.replace('{zone}', visitorZone)}: ${inZone(visitorZone)}`
    element.hidden = false
  },
  // The practices list: results and counts follow the search and filters without a reload.
  'app-practice-search': (element) => {
    if (element instanceof HTMLFormElement) practiceSearch(element)
  },
}

for (const element of document.querySelectorAll<HTMLElement>('[data-module]')) {
  for (const name of (element.dataset.module ?? '').split(' ')) enhancers[name]?.(element)
}

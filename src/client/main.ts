// Progressive enhancement only: every page works without this script. Each behaviour attaches to
// elements that carry data-module="app-…", so a page without such elements runs nothing.
type Enhancer = (element: HTMLElement) => void

const enhancers: Record<string, Enhancer> = {
  // The error summary takes focus so screen-reader users hear the problems first (GOV.UK pattern).
  'app-error-summary': (element) => {
    element.setAttribute('tabindex', '-1')
    element.focus()
  },
  // Selecting a language in the switcher's <select> navigates at once; without JS the button submits.
  'app-auto-submit': (element) => {
    element.addEventListener('change', () => (element.closest('form') as HTMLFormElement | null)?.requestSubmit())
  },
}

for (const element of document.querySelectorAll<HTMLElement>('[data-module]')) {
  for (const name of (element.dataset.module ?? '').split(' ')) enhancers[name]?.(element)
}

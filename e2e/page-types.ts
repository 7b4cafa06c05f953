/**
 * Every kind of page Stoa shows a visitor, loaded in every language and scanned with axe by
 * visitor-browses-every-page-type.e2e.ts. A module adds its public pages here: one entry per page
 * type, not per page. Pages behind a slug are reached the way a visitor reaches them, by
 * following the first link of their list, so no test depends on a demo slug.
 */
export interface PageType {
  name: string
  /** Path below the locale ("" for the home page). */
  path: string
  /** The HTTP status the page answers with; 200 unless said. */
  status?: number
  /**
   * The page is reached by following the first link in `path`'s <main> whose address starts with
   * this prefix (below the locale), e.g. "/programmes/" for a programme page.
   */
  followFirstLinkTo?: string
}

export const pageTypes: PageType[] = [
  { name: 'home page', path: '' },
  { name: 'accessibility statement', path: '/accessibility' },
  { name: 'privacy notice', path: '/privacy' },
  { name: 'open data page', path: '/open-data' },
  { name: 'contact page', path: '/contact' },
  { name: 'API reference', path: '/api' },
  { name: 'search results', path: '/search?q=heritage' },
  { name: 'page not found', path: '/no-such-page', status: 404 },
  { name: 'programmes list', path: '/programmes' },
  { name: 'programme page', path: '/programmes', followFirstLinkTo: '/programmes/' },
  { name: 'practices list with a search', path: '/practices?q=museum&transformation=green' },
  { name: 'practices list with no match', path: '/practices?q=pockett+parcs' },
  {
    name: 'practices list with every filter',
    path: '/practices?kind=city&population=500k-1m&selected=no&from=2010&to=2030',
  },
  { name: 'practices list with a mistyped year', path: '/practices?from=20x5' },
  { name: 'practices map', path: '/practices/map' },
  { name: 'practices map, filtered', path: '/practices/map?theme=green-spaces-and-climate' },
  { name: 'practice page', path: '/practices?q=parks', followFirstLinkTo: '/practices/' },
  // Lille's practice has a French translation: the notice and the link to the original.
  { name: 'practice page, translated', path: '/practices?q=Lille', followFirstLinkTo: '/practices/' },
  { name: 'activities list', path: '/activities' },
  { name: 'past activities, filtered', path: '/activities?when=past&kind=webinar' },
  { name: 'activities calendar', path: '/activities/calendar' },
  { name: 'activity page', path: '/activities?kind=peer-learning-visit', followFirstLinkTo: '/activities/' },
  {
    name: 'past activity page with its recording',
    path: '/activities?when=past&kind=project-clinic',
    followFirstLinkTo: '/activities/',
  },
  {
    name: 'activity series page',
    path: '/activities',
    followFirstLinkTo: '/activities/series/',
  },
  { name: 'sign-in page', path: '/sign-in' },
  { name: 'sign-up page', path: '/sign-up' },
  { name: 'password reset page', path: '/reset-password' },
  { name: 'organisations directory', path: '/organisations' },
  { name: 'organisation page', path: '/organisations', followFirstLinkTo: '/organisations/' },
]

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
  /**
   * Then, on that page, the first link in <main> whose address contains this text is followed too
   * (a page two links deep, e.g. one question of a survey).
   */
  thenFollowLinkContaining?: string
}

export const pageTypes: PageType[] = [
  { name: 'home page', path: '' },
  { name: 'accessibility statement', path: '/accessibility' },
  { name: 'privacy notice', path: '/privacy' },
  { name: 'open data page', path: '/open-data' },
  { name: 'contact page', path: '/contact' },
  { name: 'API reference', path: '/api' },
  { name: 'search results', path: '/search?q=heritage' },
  { name: 'Pulse surveys', path: '/pulse' },
  { name: 'Pulse results with charts and tables', path: '/pulse', followFirstLinkTo: '/pulse/' },
  { name: 'Pulse compare cities', path: '/pulse/compare' },
  // The first numeric question of the first published survey: its chart, map of Europe and tables.
  {
    name: 'Pulse question with chart and map',
    path: '/pulse',
    followFirstLinkTo: '/pulse/',
    thenFollowLinkContaining: '/questions/',
  },
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
  { name: 'calls list', path: '/calls' },
  { name: 'awards list', path: '/awards' },
  { name: 'calls list, filtered', path: '/calls?state=closed&kind=experts' },
  { name: 'call page', path: '/calls?state=open', followFirstLinkTo: '/calls/call-' },
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
  { name: 'library list', path: '/library' },
  {
    name: 'library list, searched and filtered',
    path: '/library?q=heritage&kind=toolkit&theme=adaptive-reuse&sort=title',
  },
  { name: 'library item (document)', path: '/library?kind=toolkit', followFirstLinkTo: '/library/' },
  { name: 'library item (course)', path: '/library?kind=course', followFirstLinkTo: '/library/' },
  { name: 'podcast page', path: '/library', followFirstLinkTo: '/library/podcasts/' },
  { name: 'podcast episode page', path: '/library?kind=podcast-episode', followFirstLinkTo: '/library/' },
  { name: 'methods list', path: '/methods' },
  { name: 'methods list, filtered', path: '/methods?format=online&effort=low&group=30' },
  { name: 'methods list with a mistyped group size', path: '/methods?group=ten' },
  { name: 'method page', path: '/methods?format=on-site', followFirstLinkTo: '/methods/' },
  { name: 'news list', path: '/news' },
  { name: 'news story', path: '/news', followFirstLinkTo: '/news/' },
  { name: 'sign-in page', path: '/sign-in' },
  { name: 'sign-up page', path: '/sign-up' },
  { name: 'password reset page', path: '/reset-password' },
  { name: 'organisations directory', path: '/organisations' },
  { name: 'organisation page', path: '/organisations', followFirstLinkTo: '/organisations/' },
]

/**
 * The themes of the network's work: a person's areas of expertise today, and the tags other modules
 * (practices, library, activities) may reuse. Their names are messages `themes.<slug>`, registered
 * with the accounts module, so any page can show them with `t(themeLabelKey(theme))`.
 */
export const THEMES = [
  'adaptive-reuse',
  'heritage-led-regeneration',
  'cultural-tourism',
  'education-and-youth',
  'green-spaces-and-climate',
  'local-commerce-and-crafts',
  'participation-and-inclusion',
  'rural-development',
  'digital-heritage',
  'circular-economy',
] as const

export type Theme = (typeof THEMES)[number]

export function isTheme(value: string): value is Theme {
  return (THEMES as readonly string[]).includes(value)
}

export function themeLabelKey(theme: Theme): `themes.${Theme}` {
  return `themes.${theme}`
}

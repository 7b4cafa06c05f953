import { defineMessages } from '../i18n/catalogue.js'
import { accessibilityMessages } from './accessibility-messages.js'
import { apiMessages } from './api-messages.js'
import { contactMessages } from './contact-messages.js'
import { openDataMessages } from './open-data-messages.js'
import { privacyMessages } from './privacy-messages.js'

/** The site's own information pages; one file of messages per page, registered together. */
export const pagesMessages = defineMessages({
  en: {
    ...accessibilityMessages.en,
    ...privacyMessages.en,
    ...openDataMessages.en,
    ...contactMessages.en,
    ...apiMessages.en,
  },
  fr: {
    ...accessibilityMessages.fr,
    ...privacyMessages.fr,
    ...openDataMessages.fr,
    ...contactMessages.fr,
    ...apiMessages.fr,
  },
  de: {
    ...accessibilityMessages.de,
    ...privacyMessages.de,
    ...openDataMessages.de,
    ...contactMessages.de,
    ...apiMessages.de,
  },
})

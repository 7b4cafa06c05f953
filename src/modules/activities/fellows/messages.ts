import { defineMessages } from '../../../platform/i18n/catalogue.js'

export const fellowsMessages = defineMessages({
  en: {
    'activities.fellows.heading': 'Other participants',
    'activities.fellows.ask':
      'Participants who agree see each other’s names and organisations. If you agree, yours are shown to the other confirmed participants who agreed, and you see theirs. You can change your mind at any time.',
    'activities.fellows.agree': 'Show my name and organisation to the other participants',
    'activities.fellows.lead': 'Confirmed participants who agreed to be listed, you included:',
    'activities.fellows.withdraw': 'Stop showing my name and organisation',
  },
  fr: {
    'activities.fellows.heading': 'Autres participants',
    'activities.fellows.ask':
      'Les participants qui l’acceptent voient les noms et organisations les uns des autres. Si vous acceptez, les vôtres sont montrés aux autres participants confirmés qui ont accepté, et vous voyez les leurs. Vous pouvez changer d’avis à tout moment.',
    'activities.fellows.agree': 'Montrer mon nom et mon organisation aux autres participants',
    'activities.fellows.lead': 'Les participants confirmés qui ont accepté d’être listés, vous compris :',
    'activities.fellows.withdraw': 'Ne plus montrer mon nom et mon organisation',
  },
  de: {
    'activities.fellows.heading': 'Weitere Teilnehmende',
    'activities.fellows.ask':
      'Teilnehmende, die zustimmen, sehen gegenseitig ihre Namen und Organisationen. Wenn Sie zustimmen, werden Ihre den anderen bestätigten Teilnehmenden gezeigt, die auch zugestimmt haben, und Sie sehen deren. Sie können Ihre Wahl jederzeit ändern.',
    'activities.fellows.agree': 'Meinen Namen und meine Organisation den anderen Teilnehmenden zeigen',
    'activities.fellows.lead': 'Bestätigte Teilnehmende, die der Nennung zugestimmt haben, Sie eingeschlossen:',
    'activities.fellows.withdraw': 'Meinen Namen und meine Organisation nicht mehr zeigen',
  },
})

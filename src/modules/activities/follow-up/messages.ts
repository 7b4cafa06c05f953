import { defineMessages } from '../../../platform/i18n/catalogue.js'

export const followUpMessages = defineMessages({
  en: {
    'activities.followUp.title': 'Follow-up: {title}',
    'activities.followUp.heading': 'Follow-up questionnaire',
    'activities.followUp.lead':
      'A few questions now that the activity is over: what you intend to transfer to your own city or organisation. The organisers (the host and the programme’s editors) read your answers; nobody else does.',
    'activities.followUp.link': 'Answer the follow-up questionnaire',
    'activities.followUp.answeredLink': 'Your follow-up answers',
    'activities.followUp.submit': 'Send my answers',
    'activities.followUp.thanks': 'Thank you: your answers were sent to the organisers.',
    'activities.followUp.yourAnswers': 'Your answers',
    'activities.followUp.notYet': 'The follow-up questionnaire opens once the activity has ended.',
    'activities.followUp.question.transfer': 'What do you intend to transfer to your city or organisation?',
    'activities.followUp.question.transferHint': 'An idea, a method or a practice, and the first step you will take.',
    'activities.followUp.question.useful': 'How useful was the activity for your work?',
    'activities.followUp.question.usefulMin': 'Not useful',
    'activities.followUp.question.usefulMax': 'Very useful',
    'activities.followUp.question.contacts': 'Whom will you stay in touch with, and about what?',
    'activities.followUp.question.remarks': 'Anything else the organisers should know?',
    'activities.followUp.answers.title': 'Follow-up answers',
    'activities.followUp.answers.link': 'Follow-up answers',
    'activities.followUp.answers.lead':
      'What participants intend to transfer, from the follow-up questionnaire. Only the host organisation’s admins and the editors see these answers.',
    'activities.followUp.answers.count': '{count, plural, =0 {No answers yet.} one {# answer.} other {# answers.}}',
    'activities.followUp.answers.setUpLead':
      'The follow-up questionnaire is not set up yet. Once set up, confirmed participants find it on the activity’s page after the activity has ended, and are e-mailed a link if it has already ended.',
    'activities.followUp.answers.setUp': 'Set up the follow-up questionnaire',
    'activities.followUp.answers.edit': 'Change its questions',
    'activities.followUp.answers.done': 'The follow-up questionnaire is set up.',
    'activities.followUp.answers.by': 'Answers of {name}',
  },
  fr: {
    'activities.followUp.title': 'Suivi : {title}',
    'activities.followUp.heading': 'Questionnaire de suivi',
    'activities.followUp.lead':
      'Quelques questions maintenant que l’activité est terminée : ce que vous comptez transférer dans votre ville ou votre organisation. Les organisateurs (l’hôte et les éditeurs du programme) lisent vos réponses, personne d’autre.',
    'activities.followUp.link': 'Répondre au questionnaire de suivi',
    'activities.followUp.answeredLink': 'Vos réponses au questionnaire de suivi',
    'activities.followUp.submit': 'Envoyer mes réponses',
    'activities.followUp.thanks': 'Merci : vos réponses ont été transmises aux organisateurs.',
    'activities.followUp.yourAnswers': 'Vos réponses',
    'activities.followUp.notYet': 'Le questionnaire de suivi ouvre à la fin de l’activité.',
    'activities.followUp.question.transfer': 'Que comptez-vous transférer dans votre ville ou votre organisation ?',
    'activities.followUp.question.transferHint':
      'Une idée, une méthode ou une pratique, et la première étape que vous allez franchir.',
    'activities.followUp.question.useful': 'Dans quelle mesure l’activité a-t-elle été utile à votre travail ?',
    'activities.followUp.question.usefulMin': 'Pas utile',
    'activities.followUp.question.usefulMax': 'Très utile',
    'activities.followUp.question.contacts': 'Avec qui allez-vous rester en contact, et à quel sujet ?',
    'activities.followUp.question.remarks': 'Autre chose que les organisateurs devraient savoir ?',
    'activities.followUp.answers.title': 'Réponses au questionnaire de suivi',
    'activities.followUp.answers.link': 'Réponses au questionnaire de suivi',
    'activities.followUp.answers.lead':
      'Ce que les participants comptent transférer, d’après le questionnaire de suivi. Seuls les administrateurs de l’organisation hôte et les éditeurs voient ces réponses.',
    'activities.followUp.answers.count':
      '{count, plural, =0 {Aucune réponse pour l’instant.} one {# réponse.} other {# réponses.}}',
    'activities.followUp.answers.setUpLead':
      'Le questionnaire de suivi n’est pas encore en place. Une fois en place, les participants confirmés le trouvent sur la page de l’activité après sa fin, et en reçoivent le lien par e-mail si elle est déjà terminée.',
    'activities.followUp.answers.setUp': 'Mettre en place le questionnaire de suivi',
    'activities.followUp.answers.edit': 'Modifier ses questions',
    'activities.followUp.answers.done': 'Le questionnaire de suivi est en place.',
    'activities.followUp.answers.by': 'Réponses de {name}',
  },
  de: {
    'activities.followUp.title': 'Nachbefragung: {title}',
    'activities.followUp.heading': 'Nachbefragung',
    'activities.followUp.lead':
      'Ein paar Fragen nach dem Ende der Aktivität: Was Sie in Ihre Stadt oder Organisation übertragen wollen. Die Organisatoren (der Gastgeber und die Redaktion des Programms) lesen Ihre Antworten, sonst niemand.',
    'activities.followUp.link': 'Die Nachbefragung beantworten',
    'activities.followUp.answeredLink': 'Ihre Antworten auf die Nachbefragung',
    'activities.followUp.submit': 'Antworten senden',
    'activities.followUp.thanks': 'Danke: Ihre Antworten wurden an die Organisatoren gesendet.',
    'activities.followUp.yourAnswers': 'Ihre Antworten',
    'activities.followUp.notYet': 'Die Nachbefragung öffnet, wenn die Aktivität zu Ende ist.',
    'activities.followUp.question.transfer': 'Was wollen Sie in Ihre Stadt oder Organisation übertragen?',
    'activities.followUp.question.transferHint':
      'Eine Idee, eine Methode oder eine Praxis, und der erste Schritt, den Sie gehen werden.',
    'activities.followUp.question.useful': 'Wie nützlich war die Aktivität für Ihre Arbeit?',
    'activities.followUp.question.usefulMin': 'Nicht nützlich',
    'activities.followUp.question.usefulMax': 'Sehr nützlich',
    'activities.followUp.question.contacts': 'Mit wem bleiben Sie in Kontakt, und worüber?',
    'activities.followUp.question.remarks': 'Sollten die Organisatoren sonst noch etwas wissen?',
    'activities.followUp.answers.title': 'Antworten auf die Nachbefragung',
    'activities.followUp.answers.link': 'Antworten auf die Nachbefragung',
    'activities.followUp.answers.lead':
      'Was die Teilnehmenden übertragen wollen, aus der Nachbefragung. Nur die Admins der gastgebenden Organisation und die Redaktion sehen diese Antworten.',
    'activities.followUp.answers.count':
      '{count, plural, =0 {Noch keine Antworten.} one {# Antwort.} other {# Antworten.}}',
    'activities.followUp.answers.setUpLead':
      'Die Nachbefragung ist noch nicht eingerichtet. Danach finden bestätigte Teilnehmende sie nach dem Ende der Aktivität auf deren Seite und erhalten den Link per E-Mail, wenn die Aktivität schon zu Ende ist.',
    'activities.followUp.answers.setUp': 'Die Nachbefragung einrichten',
    'activities.followUp.answers.edit': 'Ihre Fragen ändern',
    'activities.followUp.answers.done': 'Die Nachbefragung ist eingerichtet.',
    'activities.followUp.answers.by': 'Antworten von {name}',
  },
})

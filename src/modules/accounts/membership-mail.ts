import { defineMailTemplate } from '../../platform/mail/index.js'

// Invitations and the answer to a request to join. All are transactional (the person asked, or is
// asked once): no List-Unsubscribe.

type OrganisationInvitationData = {
  organisationName: string
  inviterName: string
  role: 'admin' | 'member'
  link: string
  days: number
}

export const organisationInvitationMail = defineMailTemplate<OrganisationInvitationData>({
  en: ({ organisationName, inviterName, role, link, days }) => ({
    subject: `${inviterName} invites you to join ${organisationName} on Stoa`,
    text: `Hello,\n\n${inviterName} invites you to join ${organisationName} on Stoa${role === 'admin' ? ' as one of its organisation admins' : ''}.\n\nOpen this link within ${days} days to accept. If you have no Stoa account yet, you can create one there:\n\n${link}\n\nIf you did not expect this invitation, ignore this message: nothing happens without the link.`,
  }),
  fr: ({ organisationName, inviterName, role, link, days }) => ({
    subject: `${inviterName} vous invite à rejoindre ${organisationName} sur Stoa`,
    text: `Bonjour,\n\n${inviterName} vous invite à rejoindre ${organisationName} sur Stoa${role === 'admin' ? ' en tant qu’administrateur ou administratrice de l’organisation' : ''}.\n\nOuvrez ce lien dans les ${days} jours pour accepter. Si vous n’avez pas encore de compte Stoa, vous pourrez le créer sur cette page :\n\n${link}\n\nSi vous n’attendiez pas cette invitation, ignorez ce message : rien ne se passe sans le lien.`,
  }),
  de: ({ organisationName, inviterName, role, link, days }) => ({
    subject: `${inviterName} lädt Sie ein, ${organisationName} auf Stoa beizutreten`,
    text: `Guten Tag,\n\n${inviterName} lädt Sie ein, ${organisationName} auf Stoa beizutreten${role === 'admin' ? ', als Administrator oder Administratorin der Organisation' : ''}.\n\nÖffnen Sie diesen Link innerhalb von ${days} Tagen, um anzunehmen. Wenn Sie noch kein Stoa-Konto haben, können Sie es dort anlegen:\n\n${link}\n\nWenn Sie diese Einladung nicht erwartet haben, ignorieren Sie diese Nachricht: Ohne den Link geschieht nichts.`,
  }),
})

type ExpertInvitationData = { inviterName: string; link: string; days: number }

export const expertInvitationMail = defineMailTemplate<ExpertInvitationData>({
  en: ({ inviterName, link, days }) => ({
    subject: 'You are invited to join the Stoa expert pool',
    text: `Hello,\n\n${inviterName}, of the programme team, invites you to join the pool of experts on Stoa. Experts review the submissions to calls assigned to them and declare any conflict of interest.\n\nOpen this link within ${days} days to accept. If you have no Stoa account yet, you can create one there:\n\n${link}\n\nIf you did not expect this invitation, ignore this message: nothing happens without the link.`,
  }),
  fr: ({ inviterName, link, days }) => ({
    subject: 'Vous êtes invité·e à rejoindre le vivier d’experts de Stoa',
    text: `Bonjour,\n\n${inviterName}, de l’équipe du programme, vous invite à rejoindre le vivier d’experts de Stoa. Les experts évaluent les candidatures aux appels qui leur sont confiées et déclarent tout conflit d’intérêts.\n\nOuvrez ce lien dans les ${days} jours pour accepter. Si vous n’avez pas encore de compte Stoa, vous pourrez le créer sur cette page :\n\n${link}\n\nSi vous n’attendiez pas cette invitation, ignorez ce message : rien ne se passe sans le lien.`,
  }),
  de: ({ inviterName, link, days }) => ({
    subject: 'Einladung in den Expertenpool von Stoa',
    text: `Guten Tag,\n\n${inviterName} aus dem Programmteam lädt Sie in den Expertenpool von Stoa ein. Expertinnen und Experten begutachten die ihnen zugewiesenen Einreichungen zu Aufrufen und erklären etwaige Interessenkonflikte.\n\nÖffnen Sie diesen Link innerhalb von ${days} Tagen, um anzunehmen. Wenn Sie noch kein Stoa-Konto haben, können Sie es dort anlegen:\n\n${link}\n\nWenn Sie diese Einladung nicht erwartet haben, ignorieren Sie diese Nachricht: Ohne den Link geschieht nichts.`,
  }),
})

type JoinDecisionData = { name: string; organisationName: string; link: string }

export const joinApprovedMail = defineMailTemplate<JoinDecisionData>({
  en: ({ name, organisationName, link }) => ({
    subject: `You are now a member of ${organisationName} on Stoa`,
    text: `Hello ${name},\n\nYour request to join ${organisationName} was approved. You can now act on its behalf on Stoa: apply to calls, register for activities and answer surveys for it.\n\n${link}`,
  }),
  fr: ({ name, organisationName, link }) => ({
    subject: `Vous êtes maintenant membre de ${organisationName} sur Stoa`,
    text: `Bonjour ${name},\n\nVotre demande d’adhésion à ${organisationName} a été acceptée. Vous pouvez désormais agir en son nom sur Stoa : répondre aux appels, vous inscrire aux activités et répondre aux enquêtes pour elle.\n\n${link}`,
  }),
  de: ({ name, organisationName, link }) => ({
    subject: `Sie sind jetzt Mitglied von ${organisationName} auf Stoa`,
    text: `Guten Tag ${name},\n\nIhre Anfrage, ${organisationName} beizutreten, wurde angenommen. Sie können nun auf Stoa in ihrem Namen handeln: sich auf Aufrufe bewerben, sich zu Aktivitäten anmelden und Umfragen für sie beantworten.\n\n${link}`,
  }),
})

export const joinDeclinedMail = defineMailTemplate<JoinDecisionData>({
  en: ({ name, organisationName, link }) => ({
    subject: `Your request to join ${organisationName} on Stoa`,
    text: `Hello ${name},\n\nYour request to join ${organisationName} on Stoa was not approved. If you think this is a mistake, contact the organisation directly, or find another organisation in the directory:\n\n${link}`,
  }),
  fr: ({ name, organisationName, link }) => ({
    subject: `Votre demande d’adhésion à ${organisationName} sur Stoa`,
    text: `Bonjour ${name},\n\nVotre demande d’adhésion à ${organisationName} sur Stoa n’a pas été acceptée. Si vous pensez qu’il s’agit d’une erreur, contactez directement l’organisation, ou trouvez une autre organisation dans l’annuaire :\n\n${link}`,
  }),
  de: ({ name, organisationName, link }) => ({
    subject: `Ihre Beitrittsanfrage an ${organisationName} auf Stoa`,
    text: `Guten Tag ${name},\n\nIhre Anfrage, ${organisationName} auf Stoa beizutreten, wurde nicht angenommen. Wenn Sie das für einen Irrtum halten, wenden Sie sich direkt an die Organisation oder suchen Sie im Verzeichnis eine andere Organisation:\n\n${link}`,
  }),
})

import type { MethodInput } from './commands.js'
import type { ResourceKind } from './tables.js'

export interface DemoResource {
  kind: ResourceKind
  title: string
  description: string
  /** A PDF written for the demo: its title and paragraphs. */
  file?: { name: string; paragraphs: string[] }
}

export interface DemoMethod extends Omit<MethodInput, 'language'> {
  resources: DemoResource[]
}

const team = {
  kind: 'contact' as const,
  title: 'Programme team – peer-learning desk',
  description:
    'The programme team helps members choose a method, find a host city and prepare the exchange. Write to contact@stoa.localhost with “Methods” in the subject; answers come within three working days.',
}

// Written for Stoa from the seeds' Knowledge Sharing Methods ("the how-to, outcomes and pitfalls
// involved in each of the methods", "for members, extra resources like contacts, templates and
// examples"): the methods the network has tried and tested over the years.
export const DEMO_METHODS: DemoMethod[] = [
  {
    slug: 'peer-learning-visit',
    name: 'Peer-learning visit',
    summary:
      'A small group of practitioners spends two or three days in a host city to see a practice at work, question the people who run it and take lessons home.',
    whatItIs:
      'A peer-learning visit brings eight to fifteen practitioners from different cities to a host city that has tried something worth learning from. The host shows the practice where it happens – the museum, the neighbourhood, the renovated market – and the people who made it happen explain the choices, the budget and the mistakes.\n\nIt is not a study trip for sightseeing: every session is built around questions the visitors sent in advance, and the visit ends with each visitor writing down what they will try at home.',
    whenToUse:
      'Use it when a practice only makes sense once seen in its place, when visitors need to meet the people behind it to trust it, or when a group of cities faces the same challenge and one of them is a few years ahead.\n\nIt is less suited to purely technical questions that a webinar or a document can answer, or when travel budgets or carbon limits rule it out.',
    steps: [
      'Agree with the host city on the practice to show and the dates, at least three months ahead.',
      'Open a call for participants with a clear profile (role, city size, challenge) and a deadline.',
      'Select participants so that the group mixes cities, sizes and levels of experience.',
      'Collect each participant’s questions and a one-page description of their own situation.',
      'Build a two- or three-day programme with the host: site visits, meetings with the team, and time for discussion.',
      'Name a facilitator who keeps each session on the questions and takes notes.',
      'Close with a round where each participant states one thing they will try at home.',
      'Send a short report to participants and the host within two weeks, and ask for news three months later.',
    ],
    outcomes:
      'Participants come back with concrete knowledge of how the practice works, contacts they can call, and an action they committed to in front of peers. Hosts get an outside look at their work and often recognition at home.\n\nThe report becomes a resource for the whole network, and follow-up news shows whether the practice travelled.',
    pitfalls:
      'A programme overloaded with presentations leaves no time to ask questions. Groups that are too large turn into tours. Hosts sometimes show only successes: ask them to talk about what did not work.\n\nWithout a follow-up, commitments made at the closing round fade within weeks.',
    effort: 'high',
    duration: 'Two to three days on site, about three months of preparation',
    groupMin: 8,
    groupMax: 15,
    format: 'on-site',
    activityKinds: ['peer-learning-visit'],
    resources: [
      {
        kind: 'template',
        title: 'Peer-learning visit programme (three days)',
        description: 'A day-by-day programme to adapt with the host city, with timings and session formats.',
        file: {
          name: 'peer-learning-visit-programme.pdf',
          paragraphs: [
            'Day 1 - Arrival and context. 14:00 Welcome by the host city. 14:30 The challenge and how the practice answers it (30 minutes, then questions). 16:00 Site visit with the project team. 18:30 Informal dinner.',
            'Day 2 - In depth. 09:00 Round of participants: one question each. 09:45 Workshop with the people who run the practice: budget, governance, partners. 12:30 Lunch with local stakeholders. 14:00 Second site or user meeting. 16:30 Facilitated discussion: what would work in your city?',
            'Day 3 - Taking it home. 09:00 Each participant drafts one action (template: action card). 10:30 Closing round. 11:30 Feedback form and departure.',
            'Notes for the host: keep presentations under 20 minutes; plan accessible venues and transport; send practical information two weeks before.',
          ],
        },
      },
      {
        kind: 'template',
        title: 'Call for participants',
        description: 'The text of a call for participants with selection criteria and the application questions.',
        file: {
          name: 'call-for-participants.pdf',
          paragraphs: [
            'Call for participants - peer-learning visit to [host city], [dates].',
            'Who can apply: staff of member cities and organisations working on [theme]. Up to [number] places; travel and accommodation are covered for selected participants.',
            'Questions: 1. Your role and organisation. 2. The challenge you face (200 words). 3. What you hope to learn from the host city. 4. How you will share what you learn at home.',
            'Selection: a balance of countries, city sizes and experience; motivation and plans for sharing weigh most. Deadline: [date]. Results: [date].',
          ],
        },
      },
      {
        kind: 'example',
        title: 'Report of a visit on reusing old premises for culture',
        description:
          'A six-page report: what participants saw, the lessons they drew and the actions they committed to.',
        file: {
          name: 'example-visit-report.pdf',
          paragraphs: [
            'Peer-learning visit report - sustainable reuse of old premises for culture.',
            'Twelve participants from nine cities spent three days with the host team. They visited a former factory turned into studios and a market hall turned into a cultural centre.',
            'Lessons: start with temporary uses to test demand; involve future users in the design; keep maintenance costs in the business plan from the start.',
            'Commitments: five participants will propose a temporary-use pilot in their city within a year.',
          ],
        },
      },
      team,
    ],
  },
  {
    slug: 'study-tour',
    name: 'Study tour',
    summary:
      'A journey through several places in one region or country to compare how different cities tackle the same theme.',
    whatItIs:
      'A study tour is a longer, broader cousin of the peer-learning visit: the group travels through two to four sites over several days, seeing contrasting answers to one theme – for instance how three cities manage tourism in their historic centres.\n\nThe comparison is the point: participants see what depends on local context and what can travel.',
    whenToUse:
      'Use it when a theme has several good answers and the group needs to compare them, or when a region has a cluster of practices close to each other.\n\nAvoid it when the group has a narrow question one host could answer: a single visit costs less and goes deeper.',
    steps: [
      'Choose the theme and the sites, making sure they show different approaches.',
      'Plan the route so that travel time stays under a third of the programme.',
      'Prepare a comparison grid participants fill in at each site.',
      'Brief each host on the theme and on what the other hosts will show.',
      'Hold a short debrief at the end of each day while memories are fresh.',
      'End with a comparative session: what differs, what works everywhere, what depends on context.',
      'Publish the completed comparison grid as the tour’s main output.',
    ],
    outcomes:
      'A comparative understanding of a theme, a grid that others can reuse, and a group of participants who know several hosts.\n\nStudy tours often seed longer cooperation between the cities visited.',
    pitfalls:
      'Too many sites leave no time to go deep. Long travel days tire the group. Without a shared grid, each participant remembers different things and the comparison never happens.',
    effort: 'high',
    duration: 'Four to six days, about four months of preparation',
    groupMin: 10,
    groupMax: 25,
    format: 'on-site',
    activityKinds: ['peer-learning-visit'],
    resources: [
      {
        kind: 'template',
        title: 'Comparison grid for a study tour',
        description: 'The grid participants fill in at each site: context, actors, money, results, transferability.',
        file: {
          name: 'study-tour-comparison-grid.pdf',
          paragraphs: [
            'Comparison grid - one column per site.',
            'Context: city size, governance, the problem the practice answers.',
            'Actors: who leads, who pays, who benefits, who was against.',
            'Resources: budget, staff, time to set up.',
            'Results: what changed, how it is measured.',
            'Transferability: what depends on local conditions; what could work in my city.',
          ],
        },
      },
      {
        kind: 'example',
        title: 'Completed grid of a tour on tourism in historic centres',
        description: 'Three cities compared on visitor flows, housing pressure and local participation.',
        file: {
          name: 'example-tourism-study-tour.pdf',
          paragraphs: [
            'Study tour - managing tourism in historic centres. Three host cities, five days, eighteen participants.',
            'City A limits short-term rentals and funds neighbourhood shops. City B spreads visitors with off-centre cultural routes. City C counts visitors in real time and adjusts opening hours.',
            'Common lesson: residents must be involved before measures are announced.',
          ],
        },
      },
      team,
    ],
  },
  {
    slug: 'webinar',
    name: 'Webinar',
    summary:
      'A one-hour online session where one or two practitioners present a practice to a wide audience and answer questions.',
    whatItIs:
      'A webinar reaches many people at little cost: speakers present a practice in about twenty minutes each, a moderator gathers questions from the chat, and the recording lives on for those who could not attend.\n\nIn a series – like the network’s Sharing stories webinars – episodes build an audience that comes back.',
    whenToUse:
      'Use it to spread knowledge widely, to introduce a practice before a deeper exchange, or to keep a community in touch between meetings.\n\nIt is a poor fit when participants need to work together or build trust: choose an online workshop or a visit.',
    steps: [
      'Pick a practice and a speaker who can tell its story in twenty minutes.',
      'Agree on a title that says what people will learn, and open registration three to four weeks before.',
      'Hold a technical rehearsal with speakers a few days before.',
      'Arrange captions or interpretation when the audience needs them.',
      'On the day, the moderator introduces, keeps time and reads out questions.',
      'Publish the recording, the slides and the answers to unanswered questions within a week.',
    ],
    outcomes:
      'A large audience learns about a practice, speakers get visibility, and the recording becomes a lasting resource.\n\nRegistrations tell the programme which themes interest members.',
    pitfalls:
      'Speakers who read their slides lose the audience. Sessions that run over lose those with the next meeting. Without a moderator, the chat goes unanswered.\n\nA recording that is hard to find is a recording nobody watches.',
    effort: 'low',
    duration: 'One hour, about three weeks of preparation',
    groupMin: 20,
    groupMax: 500,
    format: 'online',
    activityKinds: ['webinar'],
    resources: [
      {
        kind: 'template',
        title: 'Webinar run sheet',
        description: 'Minute-by-minute script for the moderator, with the technical checklist.',
        file: {
          name: 'webinar-run-sheet.pdf',
          paragraphs: [
            'T-30 min: speakers join, sound and screen sharing checked, captions on.',
            '00:00 Welcome, housekeeping (recording, chat, captions). 00:05 Speaker 1 (20 min). 00:25 Speaker 2 (20 min). 00:45 Questions from the chat, read by the moderator. 00:58 Thanks and next episode.',
            'After: export the chat, send the recording link and slides to registrants within a week.',
          ],
        },
      },
      {
        kind: 'example',
        title: 'Sharing stories episode: invitation and follow-up e-mails',
        description: 'The invitation, reminder and follow-up messages of a past episode.',
        file: {
          name: 'example-webinar-emails.pdf',
          paragraphs: [
            'Invitation: Join us for Sharing stories - how a city opened its museums to young people. One hour, online, free. Register by [date].',
            'Reminder (one day before): your link, the programme, captions available.',
            'Follow-up: thank you, the recording, the slides, and answers to the questions we did not have time for.',
          ],
        },
      },
    ],
  },
  {
    slug: 'online-workshop',
    name: 'Online workshop',
    summary:
      'A facilitated online session of two to three hours where a small group works together on a shared question.',
    whatItIs:
      'Unlike a webinar, an online workshop is built for participation: short inputs, then work in breakout rooms on a shared board, then a plenary that pulls the results together.\n\nIt suits groups who cannot travel but need to produce something – a list of criteria, a draft plan, a set of recommendations.',
    whenToUse:
      'Use it when a group must co-create, when participants are spread across many countries, or to prepare or follow up an on-site exchange.\n\nKeep it for groups small enough that everyone speaks.',
    steps: [
      'Define the output the workshop must produce.',
      'Design the agenda in blocks of 20 to 40 minutes with breaks.',
      'Prepare the shared board and test it with a colleague.',
      'Send participants a short preparation task and the board link.',
      'Facilitate: one facilitator in plenary, one per breakout room if possible.',
      'Harvest the board’s content into a short document and send it within days.',
    ],
    outcomes:
      'A concrete shared output, a group that has worked together, and material to build on in later activities.',
    pitfalls:
      'Unfamiliar tools eat the first half hour: keep them simple and test them. Sessions over three hours exhaust people. Breakout rooms without clear instructions drift.',
    effort: 'medium',
    duration: 'Two to three hours, about two weeks of preparation',
    groupMin: 6,
    groupMax: 30,
    format: 'online',
    activityKinds: ['online-workshop'],
    resources: [
      {
        kind: 'template',
        title: 'Online workshop agenda and facilitation plan',
        description: 'A three-hour agenda with breakout instructions and the harvesting step.',
        file: {
          name: 'online-workshop-plan.pdf',
          paragraphs: [
            '0:00 Welcome and check-in (each person: name, city, one word for the theme). 0:15 Input (15 min). 0:30 Breakout 1: list the obstacles (30 min). 1:00 Break. 1:10 Breakout 2: choose three obstacles and draft answers. 1:50 Plenary: each room reports in 3 minutes. 2:30 Next steps and check-out.',
            'Breakout instructions: one note-taker, one timekeeper, write directly on the board.',
          ],
        },
      },
      {
        kind: 'example',
        title: 'Harvest of a workshop on heritage and climate adaptation',
        description: 'The two-page summary sent to participants after a workshop.',
        file: {
          name: 'example-workshop-harvest.pdf',
          paragraphs: [
            'Twenty-two participants from fourteen cities listed the obstacles heritage managers meet in adapting to climate change.',
            'Top three: lack of data on risks to buildings; conflicting rules between heritage and energy codes; no budget line for adaptation. Proposals for each are in the annex.',
          ],
        },
      },
      team,
    ],
  },
  {
    slug: 'project-clinic',
    name: 'Project clinic',
    summary:
      'A city presents a project it is stuck on, and a small panel of peers and experts gives structured advice in one focused session.',
    whatItIs:
      'In a project clinic, the “case owner” presents a real, unfinished project and one precise question. Peers who have faced similar situations ask clarifying questions, then give advice while the case owner listens, then discuss it together.\n\nThe structure keeps advice concrete and protects the case owner from a flood of general opinions.',
    whenToUse:
      'Use it when a member has a live project and a specific difficulty, and when peers with relevant experience can be found.\n\nIt does not work for finished projects (use a peer review) or vague questions.',
    steps: [
      'The case owner writes a two-page brief with one clear question.',
      'Invite four to eight peers and, if useful, one expert; send them the brief a week ahead.',
      'Presentation by the case owner (15 minutes).',
      'Clarifying questions only, no advice yet (15 minutes).',
      'Advice round: each peer gives advice while the case owner listens silently (30 minutes).',
      'Open discussion and the case owner’s reaction (20 minutes).',
      'The case owner writes down the next steps and shares them with the panel.',
    ],
    outcomes:
      'Practical, tailored advice on a live project, new contacts for the case owner, and lessons for the panel too.',
    pitfalls:
      'A vague question gets vague advice. Panels that debate among themselves forget the case owner. Case owners who defend their project instead of listening learn little.',
    effort: 'medium',
    duration: 'Ninety minutes to half a day',
    groupMin: 5,
    groupMax: 12,
    format: 'hybrid',
    activityKinds: ['project-clinic'],
    resources: [
      {
        kind: 'template',
        title: 'Project clinic brief',
        description: 'The two-page brief the case owner fills in before the clinic.',
        file: {
          name: 'project-clinic-brief.pdf',
          paragraphs: [
            '1. The project in five lines. 2. Where it stands today. 3. What has been tried. 4. The one question you want advice on. 5. Constraints the panel should know (budget, politics, timing). 6. What a useful answer would look like.',
          ],
        },
      },
      {
        kind: 'example',
        title: 'Clinic on the sustainable reuse of old premises for culture',
        description: 'Brief, advice summary and next steps of a clinic held online.',
        file: {
          name: 'example-project-clinic.pdf',
          paragraphs: [
            'Question: how can a mid-sized city keep a former tobacco factory open for culture when the temporary-use contract ends?',
            'Advice: secure a long lease before investing; form a tenants association; bring the regional development fund in early.',
            'Next steps: the case owner will present a lease proposal to the council within six months.',
          ],
        },
      },
      team,
    ],
  },
  {
    slug: 'community-of-practice',
    name: 'Community of practice',
    summary:
      'A lasting group of practitioners who meet regularly over months or years to learn from each other on one theme.',
    whatItIs:
      'A community of practice gathers people who share a professional concern – running municipal museums, managing heritage sites, cultural planning – and meet regularly, online and sometimes on site, to exchange experience and build common knowledge.\n\nIts value grows with time: trust lets members share problems, not only successes.',
    whenToUse:
      'Use it when a theme needs continuous exchange rather than one event, and when a core of members is ready to commit time.\n\nDo not start one without a coordinator who has time to animate it.',
    steps: [
      'Define the domain, the intended members and what the community will produce.',
      'Recruit a core group of committed members and a coordinator.',
      'Agree on a rhythm – for instance a monthly online meeting and one meeting on site a year.',
      'Set up a shared space for documents and discussion.',
      'Rotate who hosts and presents so members own the community.',
      'Review every year what the community delivered and whether to continue.',
    ],
    outcomes:
      'Trusted relationships, shared knowledge products, faster help when a member meets a problem, and a voice for the theme in the network.',
    pitfalls:
      'Communities die when the coordinator leaves or meetings become routine. Growing too fast dilutes trust. Without outputs, members drift away.',
    effort: 'high',
    duration: 'Months to years; about a day a month per member',
    groupMin: 8,
    groupMax: 40,
    format: 'hybrid',
    activityKinds: ['online-workshop', 'conference'],
    resources: [
      {
        kind: 'template',
        title: 'Community charter',
        description: 'A one-page charter: purpose, membership, rhythm, roles, and how decisions are made.',
        file: {
          name: 'community-charter.pdf',
          paragraphs: [
            'Purpose: what we learn together and for whom. Members: who can join and how. Rhythm: when and how we meet. Roles: coordinator, hosts, note-takers. Sharing: what stays in the group and what we publish. Review: once a year.',
          ],
        },
      },
      {
        kind: 'example',
        title: 'First-year review of a community on municipal museums',
        description: 'What a community delivered in its first year and what it changed.',
        file: {
          name: 'example-community-review.pdf',
          paragraphs: [
            'Eleven online meetings, one meeting on site, twenty-three active members from sixteen cities.',
            'Outputs: a guide on youth participation in museums; two joint project applications.',
            'Changes for year two: rotating hosts, shorter meetings, a shared calendar.',
          ],
        },
      },
      team,
    ],
  },
  {
    slug: 'mentoring',
    name: 'Mentoring',
    summary: 'An experienced practitioner from one city accompanies a peer from another over several months.',
    whatItIs:
      'Mentoring pairs a mentee who is starting a project with a mentor who has done something similar. They meet regularly, mostly online, and the mentor helps the mentee think through decisions rather than giving ready-made answers.\n\nPairs may include a visit to the mentor’s city.',
    whenToUse:
      'Use it when one city wants sustained support on a project and another has the experience, or to help newcomers to the network.\n\nIt needs mentors with time: check their availability before promising a match.',
    steps: [
      'Collect mentees’ needs and mentors’ experience.',
      'Match pairs and introduce them with a short call.',
      'Agree on goals, rhythm and confidentiality in a mentoring agreement.',
      'Meet every two to four weeks for three to six months.',
      'Hold a mid-term check with the programme team.',
      'Close with a final conversation and a short written reflection.',
    ],
    outcomes:
      'Steady, personal support for the mentee, learning for the mentor, and a lasting link between two cities.',
    pitfalls:
      'Poor matches waste everyone’s time: match on the problem, not on seniority. Without an agreement, meetings become irregular. Mentors who simply tell mentees what to do create dependence.',
    effort: 'medium',
    duration: 'Three to six months, about two hours a month',
    groupMin: 2,
    groupMax: 2,
    format: 'hybrid',
    activityKinds: [],
    resources: [
      {
        kind: 'template',
        title: 'Mentoring agreement',
        description: 'Goals, rhythm, confidentiality and how to end the mentoring early.',
        file: {
          name: 'mentoring-agreement.pdf',
          paragraphs: [
            'Mentee goals (three at most). Meeting rhythm and channel. What stays confidential. How either side can end the mentoring. Dates of the mid-term check and final conversation. Signatures of mentor and mentee.',
          ],
        },
      },
      team,
    ],
  },
  {
    slug: 'peer-review',
    name: 'Peer review',
    summary:
      'A team of peers examines a city’s policy or practice against agreed criteria and gives a written assessment with recommendations.',
    whatItIs:
      'In a peer review, a city asks two to four peers from other cities to assess a policy or a finished practice. The reviewers read documents, interview the people involved, often visit, and write a report with strengths, weaknesses and recommendations.\n\nIt is more formal than a clinic: the criteria are agreed beforehand and the report is a reference document.',
    whenToUse:
      'Use it before renewing or scaling a policy, after a pilot, or when a city wants an independent, informed view to convince decision-makers.\n\nIt needs openness from the reviewed city: the report will say what does not work.',
    steps: [
      'The reviewed city states the scope and the questions.',
      'Agree on assessment criteria with the reviewers.',
      'Send documents to reviewers four weeks ahead.',
      'Run interviews and, if possible, a one- or two-day visit.',
      'Reviewers present preliminary findings orally at the end of the visit.',
      'Reviewers write the report; the reviewed city may correct facts but not conclusions.',
      'The reviewed city responds with an action plan.',
    ],
    outcomes:
      'An independent assessment with recommendations, an action plan, and insights for the reviewers’ own cities.',
    pitfalls:
      'Reviews without agreed criteria become opinions. Cities that only want praise resist the report. Reviewers who lack time produce thin reports.',
    effort: 'high',
    duration: 'Two to three months, including a visit of one or two days',
    groupMin: 3,
    groupMax: 6,
    format: 'hybrid',
    activityKinds: ['peer-learning-visit'],
    resources: [
      {
        kind: 'template',
        title: 'Peer review report outline',
        description: 'The outline of a review report, with the standard assessment criteria.',
        file: {
          name: 'peer-review-report-outline.pdf',
          paragraphs: [
            '1. Scope and questions. 2. Method: documents read, people interviewed, sites visited. 3. Findings by criterion: relevance, effectiveness, efficiency, participation, sustainability. 4. Strengths. 5. Weaknesses. 6. Recommendations, ranked. 7. Response of the reviewed city.',
          ],
        },
      },
      {
        kind: 'example',
        title: 'Peer review of a heritage-led regeneration plan',
        description: 'An anonymised review report with the city’s response.',
        file: {
          name: 'example-peer-review.pdf',
          paragraphs: [
            'Three reviewers from three countries assessed a regeneration plan for a historic district.',
            'Strength: strong resident participation. Weakness: no measures against rising rents. First recommendation: link the plan to the housing strategy.',
            'The city adopted four of six recommendations.',
          ],
        },
      },
    ],
  },
  {
    slug: 'job-shadowing',
    name: 'Job shadowing',
    summary: 'A practitioner spends one to two weeks working alongside a counterpart in another city.',
    whatItIs:
      'Job shadowing places one person in a host team for a week or two. The visitor follows their counterpart through meetings, site work and daily routines, and learns how things really get done – the tacit knowledge no presentation conveys.\n\nOften the visitor also brings a fresh look the host team values.',
    whenToUse:
      'Use it for deep learning on how a service is run day to day, for staff development, or to build a lasting bond between two teams.\n\nIt needs a host who can spare attention for a guest during their normal work.',
    steps: [
      'Agree on learning goals with the visitor and the host.',
      'Plan a week that mixes shadowing, meetings with other staff and time to reflect.',
      'Settle practicalities: access badges, language, insurance, accommodation.',
      'The visitor keeps a learning diary.',
      'Hold a debrief with the host at the end of the stay.',
      'The visitor presents what they learned to their own team on return.',
    ],
    outcomes: 'Deep, practical know-how for the visitor, a strong link between two teams, and feedback for the host.',
    pitfalls:
      'Visitors left alone at a desk learn little: the host must plan their week. Language barriers need planning. Without a presentation at home, the learning stays with one person.',
    effort: 'medium',
    duration: 'One to two weeks',
    groupMin: 1,
    groupMax: 3,
    format: 'on-site',
    activityKinds: [],
    resources: [
      {
        kind: 'template',
        title: 'Learning diary for job shadowing',
        description: 'Daily pages with prompts for what was seen, learned and could be transferred.',
        file: {
          name: 'job-shadowing-learning-diary.pdf',
          paragraphs: [
            'Each day: What did I see today? What surprised me? What did I learn about how things are done here? What could I try at home, and with whom? Questions to ask tomorrow.',
          ],
        },
      },
      team,
    ],
  },
  {
    slug: 'masterclass',
    name: 'Masterclass',
    summary:
      'A leading practitioner or expert teaches a small group in depth, with exercises on participants’ own cases.',
    whatItIs:
      'A masterclass is an intensive learning session led by someone with recognised expertise. Unlike a lecture, it works on participants’ own material: each brings a case, and the expert uses them to teach method and judgement.\n\nIt can be a day on site or a series of online sessions.',
    whenToUse:
      'Use it when a group needs to build a skill quickly – participatory budgeting, heritage impact assessment, audience development – and an expert is available.\n\nIt is costly per participant: keep it for skills the group will use soon.',
    steps: [
      'Choose the skill and the expert, and agree on learning goals.',
      'Select participants who have a live case to work on.',
      'Collect the cases two weeks before and share them with the expert.',
      'Alternate short teaching inputs with work on the cases.',
      'End with each participant’s plan for applying the skill.',
      'Share the expert’s materials and a list of further reading.',
    ],
    outcomes:
      'New skills applied to real cases, a group of peers who learned together, and reusable teaching material.',
    pitfalls:
      'Experts who lecture for hours waste the format. Groups with very different levels are hard to teach together. Cases sent late cannot be prepared.',
    effort: 'medium',
    duration: 'One day, or four online sessions of two hours',
    groupMin: 8,
    groupMax: 20,
    format: 'hybrid',
    activityKinds: ['academy-camp', 'online-workshop'],
    resources: [
      {
        kind: 'template',
        title: 'Masterclass case form',
        description: 'The form participants fill in to bring their case to the masterclass.',
        file: {
          name: 'masterclass-case-form.pdf',
          paragraphs: [
            'Your case in 300 words. The decision you face. What you already know. What you want the expert to help with. Documents you can share (plans, data, photos).',
          ],
        },
      },
      {
        kind: 'example',
        title: 'Masterclass on audience development: materials',
        description: 'Slides summary and exercises used in a past masterclass.',
        file: {
          name: 'example-masterclass-materials.pdf',
          paragraphs: [
            'Exercise 1: map your current audiences and the ones you miss. Exercise 2: choose one missing audience and design a first contact. Exercise 3: define how you will know it worked.',
          ],
        },
      },
      team,
    ],
  },
]

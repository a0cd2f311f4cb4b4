/**
 * The English catalog. It defines the message keys: every other catalog must provide the same keys
 * (a missing one is a type error), with plural messages where this one has them.
 */
import type { PrincipleId } from '../core/principles.ts';
import { mechanicsEn } from './mechanics/en.ts';
import { progressEn } from './progress/en.ts';

const principles = {
  'principle.greet-fast': 'Greet the customer at once',
  'principle.clarify-needs': 'Find out what they need',
  'principle.confirm-understanding': 'Check you understood',
  'principle.meet-needs': 'Meet the need',
  'principle.check-satisfaction': 'Ask if they are satisfied',
  'principle.agree-next-steps': 'Agree on the next steps',
  'principle.thank': 'Thank the customer',
  'principle.nurture-self-esteem': 'Show the customer they matter',
  'principle.empathy': 'Show empathy',
  'principle.propose-options': 'Propose options, let them decide',
  'principle.prepare-mind': 'Come to work ready',
  'principle.prepare-workplace': 'Keep the workplace ready',
  'principle.acknowledge-waiting': 'Acknowledge waiting customers',
  'principle.recognize-regulars': 'Recognise regular customers',
  'principle.match-register': 'Match the customer’s register',
  'principle.active-offer': 'Make an active offer',
  'principle.mirror-social-proof': 'Mention what others choose',
  'principle.praise-choice': 'Compliment their choice',
  'principle.offer-alternatives': 'Offer an alternative',
  'principle.drop-limiting-beliefs': 'Drop limiting assumptions',
  'principle.close-warmly': 'Close the contact warmly',
  'principle.paraphrase': 'Paraphrase the problem',
  'principle.own-the-problem': 'Own the problem',
  'principle.difficult-attitude': 'Stay on goal with difficult customers',
  'principle.patient-explaining': 'Explain patiently',
  'principle.own-mood': 'Keep your mood in check',
  'principle.admit-mistakes': 'Admit mistakes',
  'principle.honesty': 'Be honest',
  'principle.reliability': 'Be reliable',
  'principle.timeliness': 'Serve quickly and well',
  'principle.personalize': 'Make it personal',
  'principle.approachable': 'Be approachable',
  'principle.flexibility': 'Be flexible',
  'principle.above-and-beyond': 'Go above and beyond',
  'principle.no-hard-sell': 'No hard selling',
  'principle.sin-true-lies': 'Avoid: dishonest selling',
  'principle.sin-red-alert': 'Avoid: rudeness',
  'principle.sin-broken-promises': 'Avoid: broken promises',
  'principle.sin-i-just-work-here': 'Avoid: “I just work here”',
  'principle.sin-big-queue': 'Avoid: long queues',
  'principle.sin-autopilot': 'Avoid: autopilot service',
  'principle.sin-suffering-in-silence': 'Avoid: leaving people uninformed',
  'principle.sin-dont-ask-me': 'Avoid: “Don’t ask me”',
  'principle.sin-lights-on-nobody-home': 'Avoid: not knowing the answers',
  'principle.sin-priorities-askew': 'Avoid: own business first',
} as const satisfies Record<`principle.${PrincipleId}`, string>;

/** Every UI string in English. */
export const en = {
  'app.title': 'Front Desk',
  'app.tagline': 'A service-desk simulator for customer-service training',
  'boot.loading': 'Loading…',

  'menu.label': 'Main menu',
  'menu.play': 'Play',
  'menu.levels': 'Choose a level',
  'menu.language': 'Language',
  'menu.feedbackMode': 'Feedback: {mode}',
  'menu.quit': 'Quit',
  'menu.keysHint': 'Use Tab or the arrow keys to move, Enter to select.',

  'feedbackMode.training': 'after every answer',
  'feedbackMode.challenge': 'at the end of the shift',

  'levels.heading': 'Choose a level',
  'levels.invalid': 'Contains errors',
  'levels.difficulty.intro': 'Introduction',
  'levels.difficulty.easy': 'Easy',
  'levels.difficulty.medium': 'Medium',
  'levels.difficulty.hard': 'Hard',
  'levels.customers': { one: '{count} customer', other: '{count} customers' },
  'levels.openFile': 'Open a level file…',
  'levels.openFileHint':
    'Writing a level of your own? Open the file to try it; any problems are listed with line numbers.',
  'levels.none': 'No levels were found.',

  'language.heading': 'Language',
  'language.current': 'Current language',

  'quit.heading': 'See you on the next shift',
  'quit.body': 'You can close this tab now.',

  'common.back': 'Back',

  'desk.label': 'Service desk',
  'desk.score': 'Score',
  'desk.time': 'Shift time',
  'desk.speed': 'Speed ×{speed}',
  'desk.queueCount': {
    one: '{count} customer waiting',
    other: '{count} customers waiting',
  },
  'desk.deskFree': 'The desk is free.',
  'desk.callNextHint': 'Call the next customer when you are ready.',
  'desk.nobodyWaiting': 'Nobody is waiting right now.',
  'desk.callNext': 'Call next customer',
  'desk.queueHeading': 'Waiting customers',
  'desk.eventsLog': 'What just happened',
  'desk.acknowledge': 'Acknowledge {name}',
  'desk.acknowledged': '{name} (acknowledged)',
  'desk.customerSays': '{name} says:',
  'desk.quote': '“{text}”',
  'desk.choicesLabel': 'Your answer',
  'desk.traits': 'Traits: {traits}',
  'desk.pause': 'Pause',

  'meter.satisfaction': 'Satisfaction',
  'meter.selfEsteem': 'Self-esteem',
  'meter.patience': 'Patience',
  'meter.patienceOf': 'Patience of {name}',

  'keys.label': 'Keys',
  'keys.choose': 'answer',
  'keys.callNext': 'call next',
  'keys.acknowledge': 'acknowledge',
  'keys.pause': 'pause',

  'pause.heading': 'Paused',
  'pause.body': 'The clock is stopped. Nobody loses patience while you take a break.',
  'pause.resume': 'Resume',
  'pause.menu': 'Back to menu',

  'feedback.heading': 'Feedback',
  'feedback.honoured': 'Applied',
  'feedback.broken': 'Missed',

  'event.arrived': '{name} joined the queue.',
  'event.acknowledged': '{name} knows you will be with them soon.',
  'event.feltIgnored': '{name}: “Has anyone even noticed me?”',
  'event.walkedOut': '{name} ran out of patience and left.',
  'event.served.delighted': '{name} leaves delighted.',
  'event.served.satisfied': '{name} leaves satisfied.',
  'event.served.neutral': '{name} leaves without much feeling either way.',
  'event.served.upset': '{name} leaves upset.',

  'trait.calm': 'calm',
  'trait.hurried': 'in a hurry',
  'trait.distrustful': 'distrustful',
  'trait.struggling': 'finds it hard to explain',
  'trait.complaint': 'has a complaint',
  'trait.regular': 'regular customer',
  'trait.talkative': 'talkative',

  'end.heading': 'Shift complete',
  'end.score': 'Score: {score}',
  'end.stars': { one: '{count} star out of 3', other: '{count} stars out of 3' },
  'end.outcomesHeading': 'How customers left',
  'end.outcome.delighted': 'Delighted',
  'end.outcome.satisfied': 'Satisfied',
  'end.outcome.neutral': 'Neutral',
  'end.outcome.upset': 'Upset',
  'end.walkOuts': {
    one: '{count} customer walked out',
    other: '{count} customers walked out',
  },
  'end.noWalkOuts': 'Nobody walked out.',
  'end.principlesHeading': 'Principles in your answers',
  'end.playAgain': 'Play again',
  'end.menu': 'Menu',
  'end.continueHint': 'Press Enter to play again.',

  // Debrief and trainer reports (issue 5)
  'debrief.heading': 'Debrief',
  'debrief.challengeNote':
    'You played without feedback, so every answer is listed below with the feedback you did not see.',
  'debrief.chartHeading': 'Mood through the shift',
  'debrief.chartCaption':
    'Average satisfaction and self-esteem of the customers so far; markers show when each customer left.',
  'debrief.chart.satisfaction': 'Satisfaction',
  'debrief.chart.selfEsteem': 'Self-esteem',
  'debrief.chart.left': 'Customer left (colour: mood)',
  'debrief.chart.walkedOut': 'Walked out',
  'debrief.chart.time': 'Time (min:s)',
  'debrief.chart.summary':
    'Chart of average satisfaction and self-esteem over a {duration} shift. At the end, satisfaction was {satisfaction} and self-esteem {selfEsteem}.',
  'debrief.chart.summaryEmpty': 'Chart of the shift: no customer mood was recorded.',
  'debrief.chart.departures': {
    one: '{count} customer left; walk-outs: {walkedOut}.',
    other: '{count} customers left; walk-outs: {walkedOut}.',
  },
  'debrief.chart.marker': '{name}: {outcome} at {time}',
  'debrief.outcome.walkedOut': 'Walked out',
  'debrief.customersHeading': 'Customers',
  'debrief.customer.points': { one: '{count} point', other: '{count} points' },
  'debrief.customer.ignored': 'Waited without a nod',
  'debrief.customer.walkedOutEarly': 'Left before being served.',
  'debrief.customer.keyAnswers': {
    one: 'Key answers (of {count} given)',
    other: 'Key answers (of {count} given)',
  },
  'debrief.customer.allAnswers': { one: '{count} answer', other: '{count} answers' },
  'debrief.customer.noKeyAnswers': 'No answer stood out.',
  'debrief.choice.mostConsequential': 'Biggest effect',
  'debrief.choice.broke': 'Broke a principle',
  'debrief.choice.missing': 'This answer is no longer in the level ({id}).',
  'debrief.choice.delta': 'Satisfaction {satisfaction}, self-esteem {selfEsteem}',
  'debrief.principlesHeading': 'Principles',
  'debrief.principles.none': 'None of the answers touched a service principle.',
  'debrief.principle.source': 'Source: {title}',
  'debrief.tipsHeading': 'What to work on',
  'debrief.strengthsHeading': 'What went well',
  'debrief.tip.walkOuts': {
    one: '{names} walked out. Call the next customer as soon as the desk is free and nod to everyone who joins the queue: an acknowledged customer waits longer.',
    other:
      '{count} customers walked out ({names}). Call the next customer as soon as the desk is free and nod to everyone who joins the queue: an acknowledged customer waits longer.',
  },
  'debrief.tip.brokenPrinciple': {
    one: '“{principle}” was missed once ({names}). {explanation}',
    other: '“{principle}” was missed {count} times ({names}). {explanation}',
  },
  'debrief.tip.ignored': {
    one: '{names} waited over {seconds} s without a nod and lost satisfaction. Acknowledge each newcomer (key A), even while serving someone else.',
    other:
      '{count} customers ({names}) waited over {seconds} s without a nod and lost satisfaction. Acknowledge each newcomer (key A), even while serving someone else.',
  },
  'debrief.tip.upset': {
    one: '{names} left upset. Look at the answers below and find the one that cost the most.',
    other:
      '{count} customers left upset ({names}). Look at their answers below and find the ones that cost the most.',
  },
  'debrief.tip.aimHigher':
    'For more stars, choose answers that raise both satisfaction and self-esteem, and close every conversation warmly.',
  'debrief.tip.tryChallenge':
    'Ready for more? In the menu, set Feedback to “{mode}” and play the shift without hints.',
  'debrief.strength.delighted': {
    one: '{names} left delighted.',
    other: '{count} customers left delighted: {names}.',
  },
  'debrief.strength.noWalkOuts': {
    one: 'Nobody walked out: your {count} customer was served.',
    other: 'Nobody walked out: all {count} customers were served.',
  },
  'debrief.strength.noPrincipleBroken': 'None of your answers broke a service principle.',
  'debrief.strength.honoured': {
    one: '“{principle}”: applied once and never missed.',
    other: '“{principle}”: applied {count} times and never missed.',
  },
  'menu.reports': 'Trainer reports',
  'reports.heading': 'Trainer reports',
  'reports.loading': 'Reading the stored results…',
  'reports.results': { one: '{count} result', other: '{count} results' },
  'reports.players': { one: '{count} player', other: '{count} players' },
  'reports.summary': 'Stored on this computer: {results} from {players}.',
  'reports.scopeLabel': 'Whose results',
  'reports.scope.active': 'Active player: {name}',
  'reports.scope.noActive': 'Active player (none chosen)',
  'reports.scope.room': 'Whole room',
  'reports.exportHeading': 'Export results',
  'reports.exportCsv': 'CSV (spreadsheet)',
  'reports.exportJson': 'JSON',
  'reports.exportXapi': 'xAPI statements',
  'reports.homePage': 'Account home page (xAPI)',
  'reports.homePageHint':
    'The web address of the system that knows your trainees, such as your learning platform.',
  'reports.homePageInvalid': 'Enter a full web address that starts with https:// or http://.',
  'reports.exported': {
    one: 'Saved {file} with {count} result.',
    other: 'Saved {file} with {count} results.',
  },
  'reports.nothingToExport': 'There are no results to export yet.',
  'reports.backupHeading': 'Backup and restore',
  'reports.backupHint':
    'A backup holds every player and result. Restoring merges it in: nothing already stored is changed or lost.',
  'reports.backup': 'Save a backup',
  'reports.restore': 'Restore from a backup…',
  'reports.backupSaved': 'Saved {file}.',
  'reports.restored':
    'Restored. New results: {added}; already stored: {skipped}; new players: {players}.',
  'reports.badFile': 'Nothing was changed: this file is not a valid Front Desk scores backup.',
  'reports.failed': 'Something went wrong, and nothing was changed.',
  'reports.details': 'Details: {reason}',

  ...progressEn,
  ...mechanicsEn,

  'error.heading': 'This level cannot be played',
  'error.intro': 'The level file has problems. Fix them and open it again:',
  'error.back': 'Back to menu',

  ...principles,
} as const;

/** A message: plain text, or plural forms chosen by `{count}` (CLDR categories; `other` always). */
export type Message = string | PluralForms;

/** Plural forms of one message, keyed by CLDR plural category. */
export type PluralForms = Partial<Record<Intl.LDMLPluralRule, string>> & { readonly other: string };

/** A key of the UI catalog. */
export type MessageKey = keyof typeof en;

/** A complete catalog: every key, plain where English is plain, plural where English is plural. */
export type Catalog = {
  readonly [K in MessageKey]: (typeof en)[K] extends string ? string : PluralForms;
};

/** The English catalog, checked against the catalog shape. */
export const enCatalog: Catalog = en;

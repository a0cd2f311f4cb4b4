/**
 * English strings of the service mechanics at the desk (form of address, ...). They define
 * these keys: every other language must provide the same ones.
 */
export const mechanicsEn = {
  'desk.address.formal': 'Speaks formally',
  'desk.address.informal': 'Speaks informally, on first-name terms',
  'traitHint.hurried': 'loses patience fast; speed weighs more',
  'traitHint.distrustful': 'honesty and owning up weigh more',
  'traitHint.struggling': 'patient, clear explaining and checking understanding weigh more',
  'traitHint.complaint': 'admitting the mistake and fixing it weigh more',
  'traitHint.regular': 'being recognised weighs more',
  'traitHint.talkative': 'friendliness and staying on goal weigh more',
  'backup.call': 'Call a colleague',
  'backup.callsLeft': 'calls left: {count}',
  'backup.active': 'Colleague at the second desk: {time}',
  'backup.hint': 'Opens a second desk for a while when the queue grows.',
  'event.backupStarted': 'A colleague opens the second desk.',
  'event.backupEnded': 'The second desk is closed again.',
  'event.servedByColleague': '{name} was served at the second desk.',
  'keys.backup': 'colleague',
  'distraction.kind.phone': 'The phone',
  'distraction.kind.colleague': 'A colleague',
  'distraction.kind.paperwork': 'Paperwork',
  'distraction.urgent': 'urgent',
  'distraction.attend': 'Attend to it',
  'distraction.hint': 'or let it wait while customers do',
  'event.distraction.ignored': 'It waited: customers first.',
  'event.distraction.attended': 'Customers waited while you attended to it.',
  'event.distraction.attendedFree': 'Done, in a quiet moment.',
  'event.distraction.urgentAttended': 'The urgent matter was handled in time.',
  'event.distraction.missed': 'An urgent matter went unanswered: −{points} points.',
  'keys.attend': 'attend',
} as const;

/** Estonian strings of the service mechanics at the desk. */
import type { MechanicsCatalog } from './types.ts';

/** Mechanics strings in Estonian. */
export const mechanicsEt: MechanicsCatalog = {
  'desk.address.formal': 'Pöördub teietades',
  'desk.address.informal': 'Pöördub sinatades',
  'traitHint.hurried': 'kaotab kiiresti kannatuse; kiirus on eriti oluline',
  'traitHint.distrustful': 'ausus ja vea tunnistamine on eriti olulised',
  'traitHint.struggling': 'kannatlik, selge selgitus ja mõistmise kontrollimine on eriti olulised',
  'traitHint.complaint': 'vea tunnistamine ja parandamine on eriti olulised',
  'traitHint.regular': 'äratundmine on eriti oluline',
  'traitHint.talkative': 'sõbralikkus ja eesmärgi juures püsimine on eriti olulised',
  'backup.call': 'Kutsu kolleeg',
  'backup.callsLeft': 'kutseid alles: {count}',
  'backup.active': 'Kolleeg teise leti taga: {time}',
  'backup.hint': 'Kui järjekord kasvab, avab kolleeg mõneks ajaks teise leti.',
  'event.backupStarted': 'Kolleeg avab teise leti.',
  'event.backupEnded': 'Teine lett on jälle suletud.',
  'event.servedByColleague': '{name} teenindati teise leti taga.',
  'keys.backup': 'kolleeg',
  'distraction.kind.phone': 'Telefon',
  'distraction.kind.colleague': 'Kolleeg',
  'distraction.kind.paperwork': 'Paberid',
  'distraction.urgent': 'kiire',
  'distraction.attend': 'Tegele sellega',
  'distraction.hint': 'või las ootab, nagu kliendidki',
  'event.distraction.ignored': 'See ootas: kliendid on esikohal.',
  'event.distraction.attended': 'Kliendid ootasid, kuni te muu asjaga tegelesite.',
  'event.distraction.attendedFree': 'Tehtud vaiksel hetkel.',
  'event.distraction.urgentAttended': 'Kiire asi sai õigel ajal aetud.',
  'event.distraction.missed': 'Kiire asi jäi vastamata: −{points} punkti.',
  'keys.attend': 'tegele',
};

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
};

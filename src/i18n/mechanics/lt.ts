/** Lithuanian strings of the service mechanics at the desk. */
import type { MechanicsCatalog } from './types.ts';

/** Mechanics strings in Lithuanian. */
export const mechanicsLt: MechanicsCatalog = {
  'desk.address.formal': 'Kreipiasi mandagiai, „Jūs“',
  'desk.address.informal': 'Kreipiasi draugiškai, „tu“',
  'traitHint.hurried': 'greitai netenka kantrybės; sparta ypač svarbi',
  'traitHint.distrustful': 'sąžiningumas ir klaidų pripažinimas ypač svarbūs',
  'traitHint.struggling':
    'kantrus, aiškus paaiškinimas ir pasitikrinimas, ar suprato, ypač svarbūs',
  'traitHint.complaint': 'klaidos pripažinimas ir ištaisymas ypač svarbūs',
  'traitHint.regular': 'ypač svarbu, kad jį atpažintų',
  'traitHint.talkative': 'draugiškumas ir tikslo laikymasis ypač svarbūs',
  'backup.call': 'Pakviesti kolegą',
  'backup.callsLeft': 'liko kvietimų: {count}',
  'backup.active': 'Kolega prie antrojo langelio: {time}',
  'backup.hint': 'Kai eilė auga, kolega kuriam laikui atidaro antrąjį langelį.',
  'event.backupStarted': 'Kolega atidaro antrąjį langelį.',
  'event.backupEnded': 'Antrasis langelis vėl uždarytas.',
  'event.servedByColleague': 'Kolega prie antrojo langelio aptarnavo: {name}.',
  'keys.backup': 'kolega',
  'distraction.kind.phone': 'Telefonas',
  'distraction.kind.colleague': 'Kolega',
  'distraction.kind.paperwork': 'Dokumentai',
  'distraction.urgent': 'skubu',
  'distraction.attend': 'Imtis to',
  'distraction.hint': 'arba palikti, kol laukia klientai',
  'event.distraction.ignored': 'Palaukė: klientai svarbiau.',
  'event.distraction.attended': 'Klientai laukė, kol tvarkėtės su kitu reikalu.',
  'event.distraction.attendedFree': 'Padaryta ramią minutę.',
  'event.distraction.urgentAttended': 'Skubus reikalas sutvarkytas laiku.',
  'event.distraction.missed': 'Skubus reikalas liko neatsakytas: −{points} taškų.',
  'keys.attend': 'imtis',
};

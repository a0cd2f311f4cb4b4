/** Polish strings of the service mechanics at the desk. */
import type { MechanicsCatalog } from './types.ts';

/** Mechanics strings in Polish. */
export const mechanicsPl: MechanicsCatalog = {
  'desk.address.formal': 'Zwraca się per Pan/Pani',
  'desk.address.informal': 'Mówi na „ty”',
  'traitHint.hurried': 'szybko traci cierpliwość; tempo liczy się szczególnie',
  'traitHint.distrustful': 'uczciwość i przyznanie się do błędu liczą się szczególnie',
  'traitHint.struggling':
    'cierpliwe, jasne wyjaśnianie i sprawdzanie zrozumienia liczą się szczególnie',
  'traitHint.complaint': 'przyznanie się do błędu i jego naprawienie liczą się szczególnie',
  'traitHint.regular': 'rozpoznanie stałego klienta liczy się szczególnie',
  'traitHint.talkative': 'życzliwość i trzymanie się celu rozmowy liczą się szczególnie',
  'backup.call': 'Wezwij współpracownika',
  'backup.callsLeft': 'pozostałe wezwania: {count}',
  'backup.active': 'Współpracownik przy drugim stanowisku: {time}',
  'backup.hint': 'Gdy kolejka rośnie, współpracownik na jakiś czas otwiera drugie stanowisko.',
  'event.backupStarted': 'Współpracownik otwiera drugie stanowisko.',
  'event.backupEnded': 'Drugie stanowisko jest znów zamknięte.',
  'event.servedByColleague': 'Obsłużono przy drugim stanowisku: {name}.',
  'keys.backup': 'współpracownik',
  'distraction.kind.phone': 'Telefon',
  'distraction.kind.colleague': 'Współpracownik',
  'distraction.kind.paperwork': 'Papiery',
  'distraction.urgent': 'pilne',
  'distraction.attend': 'Zajmij się tym',
  'distraction.hint': 'albo niech poczeka, jak klienci',
  'event.distraction.ignored': 'Poczekało: najpierw klienci.',
  'event.distraction.attended': 'Klienci czekali, gdy trwało zajmowanie się czymś innym.',
  'event.distraction.attendedFree': 'Załatwione w spokojnej chwili.',
  'event.distraction.urgentAttended': 'Pilna sprawa załatwiona na czas.',
  'event.distraction.missed': 'Pilna sprawa została bez odpowiedzi: −{points} pkt.',
  'keys.attend': 'zajmij się',
};

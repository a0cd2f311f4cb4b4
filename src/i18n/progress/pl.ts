/** Polish strings of players, high scores and progress (neutral, impersonal register). */
import type { ProgressCatalog } from './types.ts';

/** Players, high scores and progress in Polish. */
export const progressPl: ProgressCatalog = {
  'menu.players': 'Gracze',
  'menu.highScores': 'Najlepsze wyniki',
  'menu.activePlayer': 'Gra: {name}',
  'menu.noScores': 'Wyniki nie są zapisywane na tym komputerze.',

  'players.heading': 'Gracze',
  'players.intro':
    'Każda osoba szkoląca się na tym komputerze ma własne wyniki i postępy. Proszę wybrać, kto teraz gra.',
  'players.defaultName': 'Gracz 1',
  'players.active': 'Gra teraz',
  'players.choose': 'Wybierz gracza: {name}',
  'players.rename': 'Zmień nazwę',
  'players.renameLabel': 'Nowa nazwa dla: {name}',
  'players.save': 'Zapisz',
  'players.cancel': 'Anuluj',
  'players.delete': 'Usuń',
  'players.deleteLabel': 'Usuń: {name}',
  'players.confirmDelete':
    'Usunąć profil „{name}” i wszystkie jego wyniki ({count})? Tej operacji nie można cofnąć.',
  'players.onlyOne':
    'Jedynego gracza nie można usunąć. Najpierw należy dodać innego gracza albo zmienić nazwę tego.',
  'players.newHeading': 'Nowy gracz',
  'players.nameLabel': 'Nazwa',
  'players.create': 'Dodaj gracza',
  'players.created': 'Teraz gra: {name}.',
  'players.deleted': 'Usunięto profil „{name}”.',
  'players.unavailable':
    'Na tym komputerze nie można teraz zapisywać wyników ({reason}). Grać można nadal.',
  'players.error': 'Nie udało się: {reason}',

  'scores.heading': 'Najlepsze wyniki',
  'scores.levelLabel': 'Poziom',
  'scores.none': 'Na tym poziomie nie ma jeszcze wyników.',
  'scores.caption': 'Najlepsze {count} na poziomie „{level}”',
  'scores.col.rank': 'Miejsce',
  'scores.col.player': 'Gracz',
  'scores.col.score': 'Wynik',
  'scores.col.stars': 'Gwiazdki',
  'scores.col.mode': 'Tryb',
  'scores.col.date': 'Data',
  'scores.col.debrief': 'Podsumowanie',
  'scores.showDebrief': 'Pokaż',
  'scores.showDebriefLabel': 'Pokaż podsumowanie zmiany: {name} ({score} pkt)',
  'scores.mode.training': 'Trening',
  'scores.mode.challenge': 'Wyzwanie',
  'scores.deletedPlayer': '(usunięty gracz)',
  'scores.newEntry': 'nowy',
  'scores.personalBest': 'rekord osobisty',

  'end.newBest': 'Nowy rekord osobisty!',
  'end.saving': 'Zapisywanie wyniku…',
  'end.saved': 'Wynik zapisano dla: {name}.',
  'end.saveFailed': 'Nie udało się zapisać wyniku: {reason}',
  'end.retrySave': 'Ponów zapis',
  'end.notSaved':
    'Wyniki nie są zapisywane na tym komputerze, więc ten wynik nie został zachowany.',
  'end.nextLevel': 'Następny poziom',
  'end.nextLocked': 'Następny poziom otworzy się po zdobyciu co najmniej jednej gwiazdki.',
  'end.nextHint': 'Enter przechodzi do następnego poziomu.',
  'end.leaderboardHeading': 'Najlepsze wyniki na tym poziomie',

  'levels.locked': 'Zablokowany',
  'levels.lockedHint': 'Ten poziom otworzy się po zdobyciu gwiazdki na poziomie „{level}”.',
  'levels.bestStars': {
    one: 'Najlepiej: {count} gwiazdka',
    few: 'Najlepiej: {count} gwiazdki',
    many: 'Najlepiej: {count} gwiazdek',
    other: 'Najlepiej: {count} gwiazdki',
  },
  'levels.notPlayed': 'Jeszcze nierozegrany',

  'levels.import': 'Importuj poziom…',
  'levels.openFolder': 'Otwórz folder poziomów',
  'levels.folderHint':
    'Poziomy z folderu poziomów są widoczne tutaj i wczytują się ponownie zaraz po zapisaniu. Import najpierw sprawdza plik i kopiuje go tylko wtedy, gdy nie ma w nim błędów.',
  'levels.importing': 'Importowanie…',
  'levels.imported': 'Plik „{file}” został zaimportowany i jest już na liście.',
  'levels.importReplaced': 'Plik „{file}” został zaktualizowany do nowej wersji.',
  'levels.importRefused':
    'Pliku nie zaimportowano. Należy poprawić te problemy i zaimportować go ponownie:',
  'levels.fromFolder': 'Folder poziomów',

  'startup.restored':
    'Zapisane wyniki były uszkodzone, dlatego przywrócono je z najnowszej kopii zapasowej ({when}). Uszkodzony plik zachowano.',
  'startup.salvaged': {
    one: 'Z uszkodzonego pliku odzyskano {count} nowszy wynik.',
    few: 'Z uszkodzonego pliku odzyskano {count} nowsze wyniki.',
    many: 'Z uszkodzonego pliku odzyskano {count} nowszych wyników.',
    other: 'Z uszkodzonego pliku odzyskano {count} nowszego wyniku.',
  },
  'startup.reset':
    'Zapisane wyniki były uszkodzone, a kopii zapasowej nie udało się odczytać, dlatego utworzono nowy, pusty magazyn wyników. Uszkodzony plik zachowano.',
  'startup.dismiss': 'OK',
};

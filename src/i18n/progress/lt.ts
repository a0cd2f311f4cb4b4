/** Lithuanian strings of players, high scores and progress (formal register: Jūs). */
import type { ProgressCatalog } from './types.ts';

/** Players, high scores and progress in Lithuanian. */
export const progressLt: ProgressCatalog = {
  'menu.players': 'Žaidėjai',
  'menu.highScores': 'Geriausi rezultatai',
  'menu.activePlayer': 'Žaidžia: {name}',
  'menu.noScores': 'Rezultatai šiame kompiuteryje nesaugomi.',

  'players.heading': 'Žaidėjai',
  'players.intro':
    'Kiekvienas, kuris mokosi šiame kompiuteryje, turi savo rezultatus ir pažangą. Pasirinkite, kas žaidžia dabar.',
  'players.defaultName': 'Žaidėjas 1',
  'players.active': 'Žaidžia dabar',
  'players.choose': 'Žaisti kaip {name}',
  'players.rename': 'Pervadinti',
  'players.renameLabel': 'Naujas vardas vietoj „{name}“',
  'players.save': 'Išsaugoti',
  'players.cancel': 'Atšaukti',
  'players.delete': 'Ištrinti',
  'players.deleteLabel': 'Ištrinti: {name}',
  'players.confirmDelete':
    'Ištrinti „{name}“ ir visus išsaugotus rezultatus ({count})? Šio veiksmo atšaukti negalėsite.',
  'players.onlyOne':
    'Vienintelio žaidėjo ištrinti negalima. Pirmiausia pridėkite kitą žaidėją arba pervadinkite šį.',
  'players.newHeading': 'Naujas žaidėjas',
  'players.nameLabel': 'Vardas',
  'players.create': 'Pridėti žaidėją',
  'players.created': 'Dabar žaidžia {name}.',
  'players.deleted': 'Žaidėjo „{name}“ profilis ištrintas.',
  'players.unavailable':
    'Šiuo metu rezultatų šiame kompiuteryje išsaugoti negalima ({reason}). Žaisti vis tiek galite.',
  'players.error': 'Nepavyko: {reason}',

  'scores.heading': 'Geriausi rezultatai',
  'scores.levelLabel': 'Lygis',
  'scores.none': 'Šiame lygyje rezultatų dar nėra.',
  'scores.caption': '{count} geriausių rezultatų lygyje „{level}“',
  'scores.col.rank': 'Vieta',
  'scores.col.player': 'Žaidėjas',
  'scores.col.score': 'Taškai',
  'scores.col.stars': 'Žvaigždutės',
  'scores.col.mode': 'Režimas',
  'scores.col.date': 'Data',
  'scores.col.debrief': 'Aptarimas',
  'scores.showDebrief': 'Rodyti',
  'scores.showDebriefLabel': 'Rodyti žaidėjo {name} pamainos aptarimą (taškai: {score})',
  'scores.mode.training': 'Mokymasis',
  'scores.mode.challenge': 'Iššūkis',
  'scores.deletedPlayer': '(ištrintas žaidėjas)',
  'scores.newEntry': 'naujas',
  'scores.personalBest': 'asmeninis rekordas',

  'end.newBest': 'Naujas asmeninis rekordas!',
  'end.saving': 'Jūsų rezultatas išsaugomas…',
  'end.saved': 'Rezultatas išsaugotas žaidėjui {name}.',
  'end.saveFailed': 'Jūsų rezultato išsaugoti nepavyko: {reason}',
  'end.retrySave': 'Bandyti išsaugoti dar kartą',
  'end.notSaved': 'Rezultatai šiame kompiuteryje nesaugomi, todėl šis rezultatas neišsaugotas.',
  'end.nextLevel': 'Kitas lygis',
  'end.nextLocked': 'Kad atsivertų kitas lygis, surinkite bent vieną žvaigždutę.',
  'end.nextHint': 'Paspauskite Enter – pereisite į kitą lygį.',
  'end.leaderboardHeading': 'Geriausi šio lygio rezultatai',

  'levels.locked': 'Užrakinta',
  'levels.lockedHint': 'Surinkite žvaigždutę lygyje „{level}“, ir šis lygis atsivers.',
  'levels.bestStars': {
    one: 'Geriausias: {count} žvaigždutė',
    few: 'Geriausias: {count} žvaigždutės',
    many: 'Geriausias: {count} žvaigždutės',
    other: 'Geriausias: {count} žvaigždučių',
  },
  'levels.notPlayed': 'Dar nežaista',

  'levels.import': 'Importuoti lygį…',
  'levels.openFolder': 'Atverti lygių aplanką',
  'levels.folderHint':
    'Jūsų lygių aplanko lygiai rodomi čia ir iškart įkeliami iš naujo, kai juos išsaugote. Importuojant failas pirmiausia patikrinamas ir nukopijuojamas tik tada, jei jame nėra klaidų.',
  'levels.importing': 'Importuojama…',
  'levels.imported': '„{file}“ importuotas ir jau yra sąraše.',
  'levels.importReplaced': '„{file}“ atnaujintas į naują versiją.',
  'levels.importRefused':
    'Failas neimportuotas. Ištaisykite šias problemas ir importuokite dar kartą:',
  'levels.fromFolder': 'Lygių aplankas',

  'startup.restored':
    'Išsaugoti rezultatai buvo sugadinti, todėl atkurti iš naujausios atsarginės kopijos ({when}). Sugadintas failas išsaugotas.',
  'startup.salvaged': {
    one: 'Iš sugadinto failo pavyko atgauti {count} naujesnį rezultatą.',
    few: 'Iš sugadinto failo pavyko atgauti {count} naujesnius rezultatus.',
    many: 'Iš sugadinto failo pavyko atgauti {count} naujesnio rezultato.',
    other: 'Iš sugadinto failo pavyko atgauti {count} naujesnių rezultatų.',
  },
  'startup.reset':
    'Išsaugoti rezultatai buvo sugadinti, o atsarginės kopijos nuskaityti nepavyko, todėl pradėta nauja, tuščia rezultatų saugykla. Sugadintas failas išsaugotas.',
  'startup.dismiss': 'Gerai',
};

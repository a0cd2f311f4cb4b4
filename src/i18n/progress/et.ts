/** Estonian strings of players, high scores and progress (formal register: teie). */
import type { ProgressCatalog } from './types.ts';

/** Players, high scores and progress in Estonian. */
export const progressEt: ProgressCatalog = {
  'menu.players': 'Mängijad',
  'menu.highScores': 'Parimad tulemused',
  'menu.activePlayer': 'Mängib: {name}',
  'menu.noScores': 'Selles arvutis tulemusi ei salvestata.',

  'players.heading': 'Mängijad',
  'players.intro':
    'Igal selles arvutis õppijal on oma tulemused ja edenemine. Valige, kes praegu mängib.',
  'players.defaultName': 'Mängija 1',
  'players.active': 'Mängib praegu',
  'players.choose': 'Mängi kui {name}',
  'players.rename': 'Nimeta ümber',
  'players.renameLabel': 'Uus nimi mängijale {name}',
  'players.save': 'Salvesta',
  'players.cancel': 'Loobu',
  'players.delete': 'Kustuta',
  'players.deleteLabel': 'Kustuta {name}',
  'players.confirmDelete':
    'Kas kustutada {name} ja kõik tema tulemused ({count})? Seda ei saa tagasi võtta.',
  'players.onlyOne':
    'Ainsat mängijat ei saa kustutada. Lisage enne uus mängija või nimetage see ümber.',
  'players.newHeading': 'Uus mängija',
  'players.nameLabel': 'Nimi',
  'players.create': 'Lisa mängija',
  'players.created': 'Nüüd mängib {name}.',
  'players.deleted': '{name} on kustutatud.',
  'players.unavailable':
    'Selles arvutis ei saa praegu tulemusi salvestada ({reason}). Mängida saate siiski.',
  'players.error': 'See ei õnnestunud: {reason}',

  'scores.heading': 'Parimad tulemused',
  'scores.levelLabel': 'Tase',
  'scores.none': 'Sellel tasemel pole veel tulemusi.',
  'scores.caption': '{count} parimat tasemel „{level}“',
  'scores.col.rank': 'Koht',
  'scores.col.player': 'Mängija',
  'scores.col.score': 'Punktid',
  'scores.col.stars': 'Tähed',
  'scores.col.mode': 'Režiim',
  'scores.col.date': 'Kuupäev',
  'scores.col.debrief': 'Kokkuvõte',
  'scores.showDebrief': 'Näita',
  'scores.showDebriefLabel': 'Näita mängija {name} vahetuse kokkuvõtet (punkte: {score})',
  'scores.mode.training': 'Harjutus',
  'scores.mode.challenge': 'Väljakutse',
  'scores.deletedPlayer': '(kustutatud mängija)',
  'scores.newEntry': 'uus',
  'scores.personalBest': 'isiklik rekord',

  'end.newBest': 'Uus isiklik rekord!',
  'end.saving': 'Teie tulemust salvestatakse…',
  'end.saved': 'Tulemus on salvestatud mängijale {name}.',
  'end.saveFailed': 'Teie tulemust ei õnnestunud salvestada: {reason}',
  'end.retrySave': 'Proovi uuesti salvestada',
  'end.notSaved': 'Selles arvutis tulemusi ei salvestata, seega seda tulemust ei säilitatud.',
  'end.nextLevel': 'Järgmine tase',
  'end.nextLocked': 'Järgmise taseme avamiseks koguge vähemalt üks täht.',
  'end.nextHint': 'Vajutage Enter, et minna järgmisele tasemele.',
  'end.leaderboardHeading': 'Selle taseme parimad tulemused',

  'levels.locked': 'Lukus',
  'levels.lockedHint': 'Selle taseme avamiseks koguge tasemel „{level}“ vähemalt üks täht.',
  'levels.bestStars': { one: 'Parim: {count} täht', other: 'Parim: {count} tähte' },
  'levels.notPlayed': 'Veel mängimata',

  'levels.import': 'Impordi tase…',
  'levels.openFolder': 'Ava tasemete kaust',
  'levels.folderHint':
    'Teie tasemete kausta tasemed on siin loendis ja laaditakse uuesti kohe, kui need salvestate. Importimisel kontrollitakse faili kõigepealt ja see kopeeritakse ainult siis, kui selles pole vigu.',
  'levels.importing': 'Importimine…',
  'levels.imported': '„{file}“ on imporditud ja on nüüd loendis.',
  'levels.importReplaced': '„{file}“ on uuendatud uuele versioonile.',
  'levels.importRefused': 'Faili ei imporditud. Parandage need probleemid ja importige uuesti:',
  'levels.fromFolder': 'Tasemete kaust',

  'startup.restored':
    'Salvestatud tulemused olid vigased, seepärast taastati need viimasest varukoopiast ({when}). Vigane fail jäeti alles.',
  'startup.salvaged': {
    one: 'Vigasest failist õnnestus päästa {count} uuem tulemus.',
    other: 'Vigasest failist õnnestus päästa {count} uuemat tulemust.',
  },
  'startup.reset':
    'Salvestatud tulemused olid vigased ja varukoopiat ei õnnestunud lugeda, seepärast alustati uue, tühja tulemuste hoidlaga. Vigane fail jäeti alles.',
  'startup.dismiss': 'Selge',
};

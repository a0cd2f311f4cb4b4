/**
 * English strings of players, high scores and progress (menus, level list, level-end table),
 * and of the desktop app's levels folder.
 * They define these keys: every other language must provide the same ones.
 */
export const progressEn = {
  'menu.players': 'Players',
  'menu.highScores': 'High scores',
  'menu.activePlayer': 'Playing as {name}',
  'menu.noScores': 'Scores are not being kept on this computer.',

  'players.heading': 'Players',
  'players.intro':
    'Everyone who trains on this computer keeps their own scores and progress. Choose who is playing now.',
  'players.defaultName': 'Player 1',
  'players.active': 'Playing now',
  'players.choose': 'Play as {name}',
  'players.rename': 'Rename',
  'players.renameLabel': 'New name for {name}',
  'players.save': 'Save',
  'players.cancel': 'Cancel',
  'players.delete': 'Delete',
  'players.deleteLabel': 'Delete {name}',
  'players.confirmDelete':
    'Delete {name} and all of their results ({count})? This cannot be undone.',
  'players.onlyOne':
    'The only player cannot be deleted. Add another player first, or rename this one.',
  'players.newHeading': 'New player',
  'players.nameLabel': 'Name',
  'players.create': 'Add player',
  'players.created': '{name} is playing now.',
  'players.deleted': '{name} was deleted.',
  'players.unavailable':
    'Scores cannot be stored on this computer right now ({reason}). You can still play.',
  'players.error': 'That did not work: {reason}',

  'scores.heading': 'High scores',
  'scores.levelLabel': 'Level',
  'scores.none': 'No scores on this level yet.',
  'scores.caption': 'Top {count} on “{level}”',
  'scores.col.rank': 'Rank',
  'scores.col.player': 'Player',
  'scores.col.score': 'Score',
  'scores.col.stars': 'Stars',
  'scores.col.mode': 'Mode',
  'scores.col.date': 'Date',
  'scores.col.debrief': 'Debrief',
  'scores.showDebrief': 'Show',
  'scores.showDebriefLabel': 'Show the debrief of the play by {name} ({score} points)',
  'scores.mode.training': 'Training',
  'scores.mode.challenge': 'Challenge',
  'scores.deletedPlayer': '(deleted player)',
  'scores.newEntry': 'new',
  'scores.personalBest': 'personal best',

  'end.newBest': 'New personal best!',
  'end.saving': 'Saving your score…',
  'end.saved': 'Score saved for {name}.',
  'end.saveFailed': 'Your score could not be saved: {reason}',
  'end.retrySave': 'Try saving again',
  'end.notSaved': 'Scores are not being kept on this computer, so this result was not saved.',
  'end.nextLevel': 'Next level',
  'end.nextLocked': 'Earn at least one star to open the next level.',
  'end.nextHint': 'Press Enter for the next level.',
  'end.leaderboardHeading': 'High scores on this level',

  'levels.locked': 'Locked',
  'levels.lockedHint': 'Earn a star on “{level}” to open this level.',
  'levels.bestStars': { one: 'Best: {count} star', other: 'Best: {count} stars' },
  'levels.notPlayed': 'Not played yet',

  'levels.import': 'Import level…',
  'levels.openFolder': 'Open levels folder',
  'levels.folderHint':
    'Levels in your levels folder are listed here and reload as soon as you save them. Import checks a file first and copies it in only if it has no errors.',
  'levels.importing': 'Importing…',
  'levels.imported': '“{file}” was imported and is now in the list.',
  'levels.importReplaced': '“{file}” was updated to the new version.',
  'levels.importRefused': 'The file was not imported. Fix these problems and import it again:',
  'levels.fromFolder': 'Levels folder',

  'startup.restored':
    'Your saved scores were damaged, so they were restored from the latest backup ({when}). The damaged file was kept.',
  'startup.salvaged': {
    one: '{count} newer result was recovered from the damaged file.',
    other: '{count} newer results were recovered from the damaged file.',
  },
  'startup.reset':
    'Your saved scores were damaged and no backup could be read, so a new, empty score store was started. The damaged file was kept.',
  'startup.dismiss': 'OK',
} as const;

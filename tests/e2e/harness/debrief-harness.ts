/// <reference types="vite/client" />
/**
 * A page for testing the debrief view on its own: `window.showDebrief(level, attempt, locale)`
 * mounts it in a level-end card the way the level-end screen does.
 */
import '../../../src/game/ui/styles.css';
import type { Level, Locale } from '../../../src/core/level.ts';
import { renderDebrief } from '../../../src/game/ui/debrief/index.ts';
import { translator } from '../../../src/i18n/index.ts';
import type { Attempt } from '../../../src/storage/scores/model.ts';

declare global {
  interface Window {
    showDebrief: (level: Level, attempt: Attempt, locale: Locale) => void;
  }
}

window.showDebrief = (level, attempt, locale) => {
  const card = document.createElement('section');
  card.className = 'card end-card';
  card.append(renderDebrief({ level, attempt, locale, tr: translator(locale) }));
  document.querySelector('#ui .layer')?.replaceChildren(card);
};

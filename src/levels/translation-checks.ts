/**
 * Every player-visible text must exist in each language the level declares; text in a language
 * the level does not declare is probably a slip (a warning, since it does no harm).
 */
import { LOCALES, type Level, type Locale, type LocalizedText } from '../core/level.ts';
import type { PathSegment } from './json-path.ts';
import type { LevelIssue } from './problem.ts';

/** Every localized text in the level with its path. */
export function localizedTexts(level: Level): { text: LocalizedText; path: PathSegment[] }[] {
  const found = [
    { text: level.title, path: ['title'] },
    { text: level.description, path: ['description'] },
    ...level.objectives.map((text, index) => ({ text, path: ['objectives', index] })),
  ];
  level.dialogues.forEach((dialogue, dialogueIndex) => {
    dialogue.nodes.forEach((node, nodeIndex) => {
      const nodePath = ['dialogues', dialogueIndex, 'nodes', nodeIndex];
      found.push({ text: node.line, path: [...nodePath, 'line'] });
      node.choices.forEach((choice, choiceIndex) => {
        const choicePath = [...nodePath, 'choices', choiceIndex];
        found.push({ text: choice.text, path: [...choicePath, 'text'] });
        found.push({ text: choice.feedback, path: [...choicePath, 'feedback'] });
        if (choice.promise) {
          found.push({ text: choice.promise.text, path: [...choicePath, 'promise', 'text'] });
        }
      });
    });
  });
  level.customers.forEach((customer, index) => {
    if (customer.regular) {
      found.push({
        text: customer.regular.history,
        path: ['customers', index, 'regular', 'history'],
      });
    }
  });
  (level.preparation?.tasks ?? []).forEach((task, index) => {
    found.push({ text: task.text, path: ['preparation', 'tasks', index, 'text'] });
  });
  (level.distractions ?? []).forEach((distraction, index) => {
    found.push({ text: distraction.text, path: ['distractions', index, 'text'] });
  });
  return found;
}

function quotedList(locales: readonly Locale[]): string {
  const quoted = locales.map((locale) => `"${locale}"`);
  return quoted.length === 1
    ? (quoted[0] ?? '')
    : `${quoted.slice(0, -1).join(', ')} and ${quoted.at(-1)}`;
}

/** Missing and undeclared translations, one issue per text. */
export function checkTranslations(level: Level): LevelIssue[] {
  const declared = new Set<Locale>(level.locales);
  const issues: LevelIssue[] = [];
  for (const { text, path } of localizedTexts(level)) {
    const missing = LOCALES.filter((locale) => declared.has(locale) && text[locale] === undefined);
    if (missing.length > 0) {
      const noun = missing.length === 1 ? 'translation' : 'translations';
      issues.push({ severity: 'error', message: `missing ${quotedList(missing)} ${noun}`, path });
    }
    for (const locale of LOCALES) {
      if (declared.has(locale) || text[locale] === undefined) continue;
      const message = `has "${locale}" text, but "${locale}" is not in "locales", so players never see it`;
      issues.push({ severity: 'warning', message, path: [...path, locale] });
    }
  }
  return issues;
}

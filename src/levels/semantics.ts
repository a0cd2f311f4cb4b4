/**
 * Checks a schema-valid level for what a schema cannot see: ids that clash or point nowhere,
 * conversations that cannot end, unknown principles, missing translations, a schedule that
 * does not fit the shift and star thresholds nobody can reach. Every problem is reported at once.
 */
import { bestAchievableScore } from '../core/best-score.ts';
import type { Level } from '../core/level.ts';
import { PRINCIPLE_IDS, SOURCE_DOCUMENTS, isPrincipleId } from '../core/principles.ts';
import { checkDialogue, duplicateIds } from './dialogue-checks.ts';
import type { LevelIssue } from './problem.ts';
import { didYouMean } from './suggest.ts';
import { checkTranslations } from './translation-checks.ts';

function checkMetadata(level: Level): LevelIssue[] {
  const issues: LevelIssue[] = [];
  level.locales.forEach((locale, index) => {
    if (level.locales.indexOf(locale) !== index) {
      const message = `"${locale}" is listed twice in "locales"`;
      issues.push({ severity: 'error', message, path: ['locales', index] });
    }
  });
  if (!level.locales.includes(level.defaultLocale)) {
    const message = `default locale "${level.defaultLocale}" is not one of the level's "locales"`;
    issues.push({ severity: 'error', message, path: ['defaultLocale'] });
  }
  level.sources.forEach((source, index) => {
    const title = SOURCE_DOCUMENTS[source.file as keyof typeof SOURCE_DOCUMENTS];
    if (source.title !== title) {
      const message = `the title of "${source.file}" is "${title}", not "${source.title}"`;
      issues.push({ severity: 'error', message, path: ['sources', index, 'title'] });
    }
  });
  return issues;
}

function checkCast(level: Level): LevelIssue[] {
  const issues = [
    ...duplicateIds(level.customers, ['customers'], 'customer'),
    ...duplicateIds(level.dialogues, ['dialogues'], 'dialogue'),
  ];
  const customerIds = level.customers.map((customer) => customer.id);
  const dialogueIds = level.dialogues.map((dialogue) => dialogue.id);
  if (level.customers.length === 0) {
    const message = 'the level has no customers: add at least one customer profile';
    issues.push({ severity: 'error', message, path: ['customers'] });
  }
  if (level.shift.arrivals.length === 0) {
    const message = 'nobody arrives: add at least one arrival to the shift';
    issues.push({ severity: 'error', message, path: ['shift', 'arrivals'] });
  }
  const { durationSeconds } = level.shift;
  level.shift.arrivals.forEach((arrival, index) => {
    const path = ['shift', 'arrivals', index];
    if (arrival.at < 0 || arrival.at > durationSeconds) {
      const message = `arrival at ${arrival.at} s is outside the shift (0 to ${durationSeconds} s)`;
      issues.push({ severity: 'error', message, path: [...path, 'at'] });
    }
    if (!customerIds.includes(arrival.customer)) {
      const message = `arrival at ${arrival.at} s names customer "${arrival.customer}", which does not exist${didYouMean(arrival.customer, customerIds)}`;
      issues.push({ severity: 'error', message, path: [...path, 'customer'] });
    }
  });
  const distractionIds = new Set<string>();
  (level.distractions ?? []).forEach((distraction, index) => {
    const path = ['distractions', index];
    if (distraction.at > durationSeconds) {
      const message = `distraction "${distraction.id}" at ${distraction.at} s is after the shift ends (${durationSeconds} s)`;
      issues.push({ severity: 'error', message, path: [...path, 'at'] });
    }
    if (distractionIds.has(distraction.id)) {
      const message = `distraction id "${distraction.id}" is used twice; each needs its own id`;
      issues.push({ severity: 'error', message, path: [...path, 'id'] });
    }
    distractionIds.add(distraction.id);
  });
  level.dialogues.forEach((dialogue, d) =>
    dialogue.nodes.forEach((node, n) => {
      if (node.choices.length > 0 && node.choices.every((choice) => choice.usesCard === true)) {
        const message = `node "${node.id}" offers nothing until the customer's card is opened: give it at least one answer without "usesCard"`;
        issues.push({ severity: 'error', message, path: ['dialogues', d, 'nodes', n, 'choices'] });
      }
    }),
  );
  const promiseIds = new Set<string>();
  level.dialogues.forEach((dialogue, d) =>
    dialogue.nodes.forEach((node, n) =>
      node.choices.forEach((choice, c) => {
        const id = choice.promise?.id;
        if (id === undefined) return;
        if (promiseIds.has(id)) {
          const message = `promise id "${id}" is used twice; each promise needs its own id`;
          const path = ['dialogues', d, 'nodes', n, 'choices', c, 'promise', 'id'];
          issues.push({ severity: 'error', message, path });
        }
        promiseIds.add(id);
      }),
    ),
  );
  const scheduled = new Set(level.shift.arrivals.map((arrival) => arrival.customer));
  const usedDialogues = new Set(level.customers.map((customer) => customer.dialogue));
  level.customers.forEach((customer, index) => {
    if (!dialogueIds.includes(customer.dialogue)) {
      const message = `customer "${customer.id}" uses dialogue "${customer.dialogue}", which does not exist${didYouMean(customer.dialogue, dialogueIds)}`;
      issues.push({ severity: 'error', message, path: ['customers', index, 'dialogue'] });
    }
    if (!scheduled.has(customer.id)) {
      const message = `customer "${customer.id}" never arrives: add an arrival or remove the profile`;
      issues.push({ severity: 'warning', message, path: ['customers', index, 'id'] });
    }
  });
  level.dialogues.forEach((dialogue, index) => {
    if (!usedDialogues.has(dialogue.id)) {
      const message = `dialogue "${dialogue.id}" is not used by any customer`;
      issues.push({ severity: 'warning', message, path: ['dialogues', index, 'id'] });
    }
  });
  return issues;
}

function checkPrinciples(level: Level): LevelIssue[] {
  const issues: LevelIssue[] = [];
  level.dialogues.forEach((dialogue, dialogueIndex) => {
    dialogue.nodes.forEach((node, nodeIndex) => {
      node.choices.forEach((choice, choiceIndex) => {
        const path = ['dialogues', dialogueIndex, 'nodes', nodeIndex, 'choices', choiceIndex];
        for (const list of ['honours', 'breaks'] as const) {
          choice[list].forEach((id, index) => {
            const where = [...path, list, index];
            if (!isPrincipleId(id)) {
              const message = `unknown principle "${id}"${didYouMean(id, PRINCIPLE_IDS)}`;
              issues.push({ severity: 'error', message, path: where });
            } else if (choice[list].indexOf(id) !== index) {
              const message = `"${id}" is listed twice in "${list}"`;
              issues.push({ severity: 'warning', message, path: where });
            } else if (list === 'breaks' && choice.honours.includes(id)) {
              const message = `choice "${choice.id}" both honours and breaks "${id}"`;
              issues.push({ severity: 'error', message, path: where });
            }
          });
        }
      });
    });
  });
  return issues;
}

const starNames = ['1-star', '2-star', '3-star'] as const;

/** Thresholds must go up and be reachable; `best` is only known for a sound level. */
function checkStars(level: Level, best: number | undefined): LevelIssue[] {
  const { stars } = level.scoring;
  const issues: LevelIssue[] = [];
  if (!(stars[0] < stars[1] && stars[1] < stars[2])) {
    const message = `star thresholds must go up: ${stars.join(', ')}`;
    issues.push({ severity: 'error', message, path: ['scoring', 'stars'] });
  }
  if (best !== undefined) {
    stars.forEach((threshold, index) => {
      if (threshold <= best) return;
      const message = `${starNames[index]} threshold ${threshold} is above the best achievable score ${best}`;
      issues.push({ severity: 'error', message, path: ['scoring', 'stars', index] });
    });
  }
  return issues;
}

/** Every semantic problem of a schema-valid level, with paths into the file as written. */
export function checkLevelSemantics(level: Level): LevelIssue[] {
  const structural = [
    ...checkCast(level),
    ...level.dialogues.flatMap((dialogue, index) => checkDialogue(dialogue, ['dialogues', index])),
  ];
  // The best score means something only when every reference resolves and every talk can end.
  const sound = structural.every((issue) => issue.severity !== 'error');
  return [
    ...checkMetadata(level),
    ...structural,
    ...checkPrinciples(level),
    ...checkTranslations(level),
    ...checkStars(level, sound ? bestAchievableScore(level) : undefined),
  ];
}

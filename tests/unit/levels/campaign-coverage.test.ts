/**
 * The campaign as a whole: every level in CAMPAIGN_ORDER ships under its own id, loads through
 * the real loader without errors or warnings, comes no easier than the one before it, and
 * together the levels teach every principle of the source documents: each principle is put
 * into practice by some answer, and each "sin" is committed by some tempting answer.
 */
import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import type { Level } from '../../../src/core/level.ts';
import { PRINCIPLE_IDS } from '../../../src/core/principles.ts';
import { CAMPAIGN_ORDER } from '../../../src/levels/catalog.ts';
import { loadLevelFromText } from '../../../src/levels/load.ts';
import { formatProblem } from '../../../src/levels/problem.ts';

const levelsDir = new URL('../../../levels/', import.meta.url);

function loadCampaignLevel(id: string) {
  const text = readFileSync(new URL(`${id}.json`, levelsDir), 'utf8');
  return loadLevelFromText(text, `levels/${id}.json`);
}

function campaignLevels(): Level[] {
  return CAMPAIGN_ORDER.flatMap((id) => {
    const result = loadCampaignLevel(id);
    return result.ok ? [result.level] : [];
  });
}

for (const id of CAMPAIGN_ORDER) {
  it(`campaign level "${id}" loads without errors or warnings`, () => {
    const result = loadCampaignLevel(id);
    expect(result.problems.map(formatProblem)).toEqual([]);
    expect(result.ok && result.level.id).toBe(id);
  });
}

it('campaign levels come in order of difficulty', () => {
  const rank: readonly Level['difficulty'][] = ['intro', 'easy', 'medium', 'hard'];
  const difficulties = campaignLevels().map((level) => level.difficulty);
  const sorted = [...difficulties].sort((a, b) => rank.indexOf(a) - rank.indexOf(b));
  expect(difficulties).toEqual(sorted);
});

it('the campaign honours every principle and commits every sin in some answer', () => {
  const honoured = new Set<string>();
  const broken = new Set<string>();
  for (const level of campaignLevels()) {
    for (const choice of level.dialogues.flatMap((d) => d.nodes.flatMap((n) => n.choices))) {
      choice.honours.forEach((id) => honoured.add(id));
      choice.breaks.forEach((id) => broken.add(id));
    }
  }
  // A sin is taught by a tempting answer that commits it; any other principle by one that follows it.
  const untaught = PRINCIPLE_IDS.flatMap((id) => {
    const taught = id.startsWith('sin-') ? broken.has(id) : honoured.has(id);
    if (taught) return [];
    const tagged = honoured.has(id) || broken.has(id);
    return [`${id} (${tagged ? 'tagged, but never the right way round' : 'never tagged'})`];
  });
  expect(untaught).toEqual([]);
});

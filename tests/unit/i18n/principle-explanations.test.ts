import { expect, it } from 'vitest';
import { LOCALES } from '../../../src/core/level.ts';
import { PRINCIPLE_IDS } from '../../../src/core/principles.ts';
import { t } from '../../../src/i18n/index.ts';
import {
  PRINCIPLE_EXPLANATIONS,
  principleExplanation,
} from '../../../src/i18n/principle-explanations/index.ts';

for (const locale of LOCALES) {
  it(`${locale} explains every principle in a full sentence`, () => {
    expect(Object.keys(PRINCIPLE_EXPLANATIONS[locale]).sort()).toEqual([...PRINCIPLE_IDS].sort());
    for (const id of PRINCIPLE_IDS) {
      const text = principleExplanation(locale, id) ?? '';
      expect(text.length, `${locale} ${id}`).toBeGreaterThan(30);
      expect(text, `${locale} ${id}`).toMatch(/[.!?]$/);
      expect(text, `${locale} ${id}`).not.toContain('{');
      expect(text).not.toBe(t(locale, `principle.${id}`));
    }
  });
}

it('has a translation, not an English copy, in every other language', () => {
  for (const locale of LOCALES.filter((l) => l !== 'en')) {
    for (const id of PRINCIPLE_IDS) {
      expect(principleExplanation(locale, id), `${locale} ${id}`).not.toBe(
        principleExplanation('en', id),
      );
    }
  }
});

it('addresses the player formally in Lithuanian and Estonian', () => {
  // Informal second person (LT "tu/tavo/tau", ET "sina/sinu/sa"), except where quoted as a form.
  const unquoted = (text: string | null) => (text ?? '').replace(/„[^“]*“/g, '');
  for (const id of PRINCIPLE_IDS) {
    expect(unquoted(principleExplanation('lt', id)), id).not.toMatch(/(^|\s)(tu|tavo|tau|tave)\s/i);
    expect(unquoted(principleExplanation('et', id)), id).not.toMatch(/(^|\s)(sina|sinu|sul|sa)\s/i);
    expect(unquoted(principleExplanation('lt', id)), id).not.toMatch(/\b(daryk|pasakyk|klausk)\b/);
  }
});

it('returns null for an id the game does not know', () => {
  expect(principleExplanation('en', 'made-up')).toBeNull();
});

import { expect, it } from 'vitest';
import { LOCALES } from '../../../src/core/level.ts';
import { PRINCIPLE_IDS } from '../../../src/core/principles.ts';
import { CATALOGS, localize, t } from '../../../src/i18n/index.ts';
import { en, type MessageKey } from '../../../src/i18n/en.ts';

const keys = Object.keys(en) as MessageKey[];

/** Plural categories each language uses for whole numbers. */
const integerCategories = {
  en: ['one', 'other'],
  lt: ['one', 'few', 'other'],
  et: ['one', 'other'],
  pl: ['one', 'few', 'many'],
} as const;

for (const locale of LOCALES) {
  it(`${locale} has every key with non-empty text`, () => {
    const catalog = CATALOGS[locale];
    expect(Object.keys(catalog).sort()).toEqual([...keys].sort());
    for (const key of keys) {
      const message = catalog[key];
      const forms = typeof message === 'string' ? [message] : Object.values(message);
      for (const form of forms) expect(form?.trim(), `${locale} ${key}`).toBeTruthy();
    }
  });

  it(`${locale} plural messages cover the language's whole-number categories`, () => {
    const catalog = CATALOGS[locale];
    for (const key of keys) {
      const message = catalog[key];
      if (typeof message === 'string') continue;
      for (const category of integerCategories[locale]) {
        expect(message[category], `${locale} ${key} ${category}`).toBeTruthy();
      }
    }
  });

  it(`${locale} keeps every placeholder of the English message`, () => {
    const placeholders = (m: unknown) =>
      [...JSON.stringify(m).matchAll(/\{(\w+)\}/g)].map((match) => match[1]).sort();
    for (const key of keys) {
      expect(new Set(placeholders(CATALOGS[locale][key])), `${locale} ${key}`).toEqual(
        new Set(placeholders(en[key])),
      );
    }
  });
}

it('labels every principle in every language', () => {
  for (const locale of LOCALES) {
    for (const id of PRINCIPLE_IDS) {
      expect(t(locale, `principle.${id}`)).not.toBe(`principle.${id}`);
    }
  }
});

it('fills named placeholders', () => {
  expect(t('en', 'desk.customerSays', { name: 'Rasa' })).toBe('Rasa says:');
  expect(t('lt', 'end.score', { score: 240 })).toBe('Taškai: 240');
});

it('leaves an unknown placeholder visible', () => {
  expect(t('en', 'desk.customerSays')).toBe('{name} says:');
});

it('picks English plural forms', () => {
  expect(t('en', 'end.walkOuts', { count: 1 })).toBe('1 customer walked out');
  expect(t('en', 'end.walkOuts', { count: 3 })).toBe('3 customers walked out');
});

it('picks Lithuanian one, few and other forms', () => {
  expect(t('lt', 'levels.customers', { count: 1 })).toBe('1 klientas');
  expect(t('lt', 'levels.customers', { count: 21 })).toBe('21 klientas');
  expect(t('lt', 'levels.customers', { count: 3 })).toBe('3 klientai');
  expect(t('lt', 'levels.customers', { count: 10 })).toBe('10 klientų');
  expect(t('lt', 'end.stars', { count: 0 })).toBe('0 žvaigždučių iš 3');
});

it('picks Polish one, few and many forms', () => {
  expect(t('pl', 'end.stars', { count: 1 })).toBe('1 gwiazdka na 3');
  expect(t('pl', 'end.stars', { count: 2 })).toBe('2 gwiazdki na 3');
  expect(t('pl', 'end.stars', { count: 0 })).toBe('0 gwiazdek na 3');
  expect(t('pl', 'levels.customers', { count: 22 })).toBe('22 osoby');
  expect(t('pl', 'levels.customers', { count: 12 })).toBe('12 osób');
});

it('picks Estonian one and other forms', () => {
  expect(t('et', 'desk.queueCount', { count: 1 })).toBe('1 klient ootab');
  expect(t('et', 'desk.queueCount', { count: 4 })).toBe('4 klienti ootab');
});

it('uses the requested locale when present', () => {
  expect(localize({ en: 'Hello', lt: 'Labas' }, 'lt', 'en')).toBe('Labas');
});

it("falls back to the level's default locale", () => {
  expect(localize({ en: 'Hello', lt: 'Labas' }, 'pl', 'lt')).toBe('Labas');
});

it('falls back to any translation when even the default is missing', () => {
  expect(localize({ et: 'Tere' }, 'pl', 'en')).toBe('Tere');
});

import { expect, it } from 'vitest';
import { createAppStore } from '../../../src/state/app-store.ts';
import type { Settings, SettingsPort } from '../../../src/storage/settings.ts';

/** A settings port in memory that records every save. */
function memoryPort(initial: Settings) {
  const saved: Settings[] = [];
  const port: SettingsPort = {
    load: () => Promise.resolve(initial),
    save: (settings) => {
      saved.push(settings);
      return Promise.resolve();
    },
  };
  return { port, saved };
}

it('loads the stored language and feedback mode', async () => {
  const { port } = memoryPort({ schemaVersion: 1, locale: 'et', feedbackMode: 'challenge' });
  const app = createAppStore(port);
  await app.getState().loadSettings();
  expect(app.getState().locale).toBe('et');
  expect(app.getState().feedbackMode).toBe('challenge');
});

it('remembers a language change through the settings port', () => {
  const { port, saved } = memoryPort({ schemaVersion: 1, locale: 'en', feedbackMode: 'training' });
  const app = createAppStore(port);
  app.getState().setLocale('pl');
  expect(app.getState().locale).toBe('pl');
  expect(saved).toEqual([{ schemaVersion: 1, locale: 'pl', feedbackMode: 'training' }]);
});

it('does not save when nothing changed', () => {
  const { port, saved } = memoryPort({ schemaVersion: 1, locale: 'en', feedbackMode: 'training' });
  const app = createAppStore(port);
  app.getState().setLocale('en');
  app.getState().setFeedbackMode('training');
  expect(saved).toEqual([]);
});

it('remembers the feedback mode', () => {
  const { port, saved } = memoryPort({ schemaVersion: 1, locale: 'en', feedbackMode: 'training' });
  const app = createAppStore(port);
  app.getState().setFeedbackMode('challenge');
  expect(saved.at(-1)?.feedbackMode).toBe('challenge');
});

it('show() replaces the screen, even with an equal one', () => {
  const { port } = memoryPort({ schemaVersion: 1, locale: 'en', feedbackMode: 'training' });
  const app = createAppStore(port);
  const first = { name: 'desk', levelKey: 'levels/a.json' } as const;
  app.getState().show(first);
  const second = { name: 'desk', levelKey: 'levels/a.json' } as const;
  app.getState().show(second);
  expect(app.getState().screen).toBe(second);
});

/** A tiny level for store tests: two customers, one two-step dialogue. */
import { DEFAULT_RULES, type Level } from '../../../src/core/level.ts';

const look = {
  skin: '#e0b89a',
  hair: '#3a2a1a',
  outfit: '#3366aa',
  hairStyle: 'short',
  accessory: 'none',
} as const;

const zero = { satisfaction: 0, selfEsteem: 0, patience: 0 };

/** Builds a fresh small level (a new object each call, so tests never share one). */
export function smallLevel(): Level {
  return {
    schemaVersion: 1,
    id: 'small',
    version: '1.0.0',
    title: { en: 'Small' },
    description: { en: 'A small test level.' },
    objectives: [],
    locales: ['en'],
    defaultLocale: 'en',
    sources: [],
    difficulty: 'intro',
    author: 'tests',
    shift: {
      durationSeconds: 60,
      seed: 7,
      arrivals: [
        { at: 0, customer: 'ana' },
        { at: 1, customer: 'ben' },
      ],
    },
    rules: DEFAULT_RULES,
    customers: [
      {
        id: 'ana',
        name: 'Ana',
        look,
        patience: 80,
        drainPerSecond: 2,
        address: 'formal',
        traits: ['calm'],
        satisfaction: 50,
        selfEsteem: 50,
        dialogue: 'talk',
      },
      {
        id: 'ben',
        name: 'Ben',
        look,
        patience: 60,
        drainPerSecond: 3,
        address: 'informal',
        traits: ['hurried'],
        satisfaction: 50,
        selfEsteem: 50,
        dialogue: 'talk',
      },
    ],
    dialogues: [
      {
        id: 'talk',
        start: 'hello',
        nodes: [
          {
            id: 'hello',
            line: { en: 'Hello.' },
            choices: [
              {
                id: 'warm',
                text: { en: 'Good morning!' },
                effects: { ...zero, satisfaction: 20 },
                honours: ['greet-fast'],
                breaks: [],
                feedback: { en: 'Warm.' },
                next: 'bye',
              },
              {
                id: 'cold',
                text: { en: 'What?' },
                effects: { ...zero, satisfaction: -20 },
                honours: [],
                breaks: ['sin-red-alert'],
                feedback: { en: 'Cold.' },
                next: 'bye',
              },
              {
                id: 'busy',
                text: { en: 'One moment.' },
                effects: zero,
                honours: [],
                breaks: ['sin-priorities-askew'],
                feedback: { en: 'Busy.' },
                next: 'bye',
              },
            ],
          },
          {
            id: 'bye',
            line: { en: 'Thanks.' },
            choices: [
              {
                id: 'thanks',
                text: { en: 'Thank you!' },
                effects: { ...zero, selfEsteem: 10 },
                honours: ['thank'],
                breaks: [],
                feedback: { en: 'Good.' },
                next: null,
              },
              {
                id: 'nothing',
                text: { en: '...' },
                effects: zero,
                honours: [],
                breaks: ['sin-autopilot'],
                feedback: { en: 'Flat.' },
                next: null,
              },
            ],
          },
        ],
      },
    ],
    scoring: { stars: [100, 200, 300] },
  };
}

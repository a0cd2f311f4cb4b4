/**
 * One fixture per kind of problem: each must produce exactly these problems (line:column, severity,
 * message and path), and only the warning-only fixtures may load.
 */
import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { loadLevelFromText } from '../../../src/levels/load.ts';
import { formatProblem } from '../../../src/levels/problem.ts';

const cases: [file: string, loads: boolean, problems: string[]][] = [
  [
    'arrival-outside-shift.json',
    false,
    [
      'arrival-outside-shift.json:36:15: error: arrival at 90 s is outside the shift (0 to 60 s) ($.shift.arrivals[1].at)',
    ],
  ],
  [
    'bad-next.json',
    false,
    [
      'bad-next.json:89:23: error: choice "ask-more" goes to node "clarify-2", which does not exist (did you mean "clarify"?) ($.dialogues[0].nodes[0].choices[1].next)',
    ],
  ],
  [
    'bad-reference.json',
    false,
    [
      'bad-reference.json:33:21: error: arrival at 2 s names customer "rassa", which does not exist (did you mean "rasa"?) ($.shift.arrivals[0].customer)',
      'bad-reference.json:39:13: warning: customer "rasa" never arrives: add an arrival or remove the profile ($.customers[0].id)',
      'bad-reference.json:48:19: error: customer "rasa" uses dialogue "parcels", which does not exist (did you mean "parcel"?) ($.customers[0].dialogue)',
      'bad-reference.json:53:13: warning: dialogue "parcel" is not used by any customer ($.dialogues[0].id)',
    ],
  ],
  [
    'comment.txt',
    false,
    ['comment.txt:2:3: error: comments are not allowed: level files are plain JSON ($)'],
  ],
  [
    'dead-end.json',
    false,
    [
      'dead-end.json:94:17: error: from node "small-talk" the conversation can never end: no chain of choices leads to one with "next": null ($.dialogues[0].nodes[1].id)',
    ],
  ],
  [
    'duplicate-key.json',
    false,
    [
      'duplicate-key.json:5:3: error: "title" appears twice in this object; keep only one ($.title)',
    ],
  ],
  [
    'duplicate-node-id.json',
    false,
    [
      'duplicate-node-id.json:126:17: error: node id "thanks" is already used by an earlier node; ids must be unique ($.dialogues[0].nodes[2].id)',
    ],
  ],
  [
    'honours-and-breaks.json',
    false,
    [
      'honours-and-breaks.json:85:40: error: choice "ignore" both honours and breaks "empathy" ($.dialogues[0].nodes[0].choices[1].breaks[1])',
    ],
  ],
  [
    'missing-field.json',
    false,
    [
      'missing-field.json:38:5: error: missing required field "drainPerSecond" ($.customers[0].drainPerSecond)',
    ],
  ],
  [
    'missing-schema-version.json',
    false,
    [
      'missing-schema-version.json:1:1: error: missing "schemaVersion": start the level with "schemaVersion": 1 ($.schemaVersion)',
    ],
  ],
  [
    'missing-translation.json',
    false,
    [
      'missing-translation.json:93:27: error: missing "lt" translation ($.dialogues[0].nodes[0].choices[1].feedback)',
    ],
  ],
  [
    'misspelt-key.json',
    false,
    [
      'misspelt-key.json:1:1: error: missing required field "title" ($.title)',
      'misspelt-key.json:6:3: error: unknown field "titel" (did you mean "title"?) ($.titel)',
    ],
  ],
  [
    'no-customers.json',
    false,
    [
      'no-customers.json:30:17: error: nobody arrives: add at least one arrival to the shift ($.shift.arrivals)',
      'no-customers.json:32:16: error: the level has no customers: add at least one customer profile ($.customers)',
      'no-customers.json:35:13: warning: dialogue "parcel" is not used by any customer ($.dialogues[0].id)',
    ],
  ],
  [
    'proto-key.json',
    false,
    [
      'proto-key.json:4:3: error: the key "__proto__" is not allowed in a level file ($.__proto__)',
      'proto-key.json:5:30: error: the key "constructor" is not allowed in a level file ($.title.constructor)',
    ],
  ],
  [
    'stars-not-ascending.json',
    false,
    [
      'stars-not-ascending.json:97:14: error: star thresholds must go up: 120, 60, 170 ($.scoring.stars)',
    ],
  ],
  ['syntax-error.txt', false, ['syntax-error.txt:3:3: error: expected "," between items ($)']],
  [
    'too-deep.txt',
    false,
    ['too-deep.txt:1:99: error: objects and lists are nested more than 64 levels deep ($)'],
  ],
  [
    'trailing-comma.txt',
    false,
    [
      'trailing-comma.txt:3:25: error: trailing comma: remove the "," before "]" (JSON allows none) ($)',
    ],
  ],
  [
    'undeclared-locale.json',
    true,
    [
      'undeclared-locale.json:8:11: warning: has "pl" text, but "pl" is not in "locales", so players never see it ($.title.pl)',
    ],
  ],
  [
    'unknown-principle.json',
    false,
    [
      'unknown-principle.json:71:41: error: unknown principle "empaty" (did you mean "empathy"?) ($.dialogues[0].nodes[0].choices[0].honours[1])',
    ],
  ],
  [
    'unreachable-node.json',
    true,
    [
      'unreachable-node.json:94:17: warning: node "forgotten" can never be reached from the start node "hello" ($.dialogues[0].nodes[1].id)',
    ],
  ],
  [
    'unreachable-stars.json',
    false,
    [
      'unreachable-stars.json:97:25: error: 3-star threshold 900 is above the best achievable score 170 ($.scoring.stars[2])',
    ],
  ],
  ['valid-minimal.json', true, []],
  [
    'wrong-schema-version.json',
    false,
    [
      'wrong-schema-version.json:3:20: error: schemaVersion 2 is newer than this game understands (1); update the game to play this level ($.schemaVersion)',
    ],
  ],
  [
    'wrong-source-title.json',
    false,
    [
      'wrong-source-title.json:22:16: error: the title of "000_6bead14175b5c6f3.txt" is "Į klientą orientuoto aptarnavimo ABC", not "ABC of service" ($.sources[0].title)',
    ],
  ],
  [
    'wrong-type.json',
    false,
    [
      'wrong-type.json:49:19: error: "patience" must be a number, not the text "high" ($.customers[0].patience)',
    ],
  ],
];

for (const [file, loads, expected] of cases) {
  it(`reports exactly the expected problems for ${file}`, () => {
    const text = readFileSync(new URL(`../../fixtures/levels/${file}`, import.meta.url), 'utf8');
    const result = loadLevelFromText(text, file);
    expect(result.problems.map(formatProblem)).toEqual(expected);
    expect(result.ok).toBe(loads);
  });
}

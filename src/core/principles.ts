/**
 * The service principles the game teaches, one id per idea in the training documents
 * (see `shared/SOURCES.md`). Levels tag choices with these ids; the validator rejects others.
 */

/** Source documents, by file name. */
export const SOURCE_DOCUMENTS = {
  '000_6bead14175b5c6f3.txt': 'Į klientą orientuoto aptarnavimo ABC',
  '001_8afca4d5e33e49a8.txt': 'Edukas klienditeenindaja',
  '002_2a057a60f34a6f94.txt': 'Obsługa klienta - część 3',
  '003_5a29d61c0809196d.txt': 'Qualities of great service',
  '004_223c0e99a349c1fd.txt': 'Jakość obsługi klienta',
} as const;

/** A source document's file name. */
export type SourceFile = keyof typeof SOURCE_DOCUMENTS;

const byDocument = {
  '000_6bead14175b5c6f3.txt': [
    'greet-fast',
    'clarify-needs',
    'confirm-understanding',
    'meet-needs',
    'check-satisfaction',
    'agree-next-steps',
    'thank',
    'nurture-self-esteem',
    'empathy',
    'propose-options',
  ],
  '001_8afca4d5e33e49a8.txt': [
    'prepare-mind',
    'prepare-workplace',
    'acknowledge-waiting',
    'recognize-regulars',
    'match-register',
    'active-offer',
    'mirror-social-proof',
    'praise-choice',
    'offer-alternatives',
    'drop-limiting-beliefs',
    'close-warmly',
  ],
  '002_2a057a60f34a6f94.txt': [
    'paraphrase',
    'own-the-problem',
    'difficult-attitude',
    'patient-explaining',
    'own-mood',
    'admit-mistakes',
    'honesty',
  ],
  '003_5a29d61c0809196d.txt': [
    'reliability',
    'timeliness',
    'personalize',
    'approachable',
    'flexibility',
    'above-and-beyond',
  ],
  '004_223c0e99a349c1fd.txt': [
    'no-hard-sell',
    'sin-true-lies',
    'sin-red-alert',
    'sin-broken-promises',
    'sin-i-just-work-here',
    'sin-big-queue',
    'sin-autopilot',
    'sin-suffering-in-silence',
    'sin-dont-ask-me',
    'sin-lights-on-nobody-home',
    'sin-priorities-askew',
  ],
} as const satisfies Record<SourceFile, readonly string[]>;

/** A principle id. */
export type PrincipleId = (typeof byDocument)[SourceFile][number];

/** Every principle id, in document order. */
export const PRINCIPLE_IDS: readonly PrincipleId[] = Object.values(byDocument).flat();

const sourceOf = new Map<string, SourceFile>(
  Object.entries(byDocument).flatMap(([file, ids]) =>
    ids.map((id): [string, SourceFile] => [id, file as SourceFile]),
  ),
);

/** True when `id` names a known principle. */
export function isPrincipleId(id: string): id is PrincipleId {
  return sourceOf.has(id);
}

/** The document a principle comes from, or `undefined` for an unknown id. */
export function sourceOfPrinciple(id: string): SourceFile | undefined {
  return sourceOf.get(id);
}

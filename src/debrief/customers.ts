/**
 * Per-customer debrief: each visit's outcome, the answers that mattered (or every answer in
 * challenge mode), when the customer came and went, and whether they felt ignored.
 */
import type { Choice, CustomerProfile, Level } from '../core/level.ts';
import { clampMeter } from '../core/scoring.ts';
import type {
  Attempt,
  ChoiceRecord,
  CustomerRecord,
  MeterSample,
} from '../storage/scores/model.ts';
import type { ChoiceDebrief, CustomerDebrief, MeterDelta } from './types.ts';

/** How far a delta moves the mood: the size of both meter changes together. */
export function deltaSize(delta: MeterDelta | null): number {
  return delta === null ? 0 : Math.abs(delta.satisfaction) + Math.abs(delta.selfEsteem);
}

/** The profile behind a visit id (`profileId#arrivalIndex`), if the level still has it. */
function profileOfVisit(level: Level, visitId: string): CustomerProfile | undefined {
  const cut = visitId.lastIndexOf('#');
  const profileId = cut < 0 ? visitId : visitId.slice(0, cut);
  return level.customers.find((profile) => profile.id === profileId);
}

/** When the visit's arrival was scheduled: the index in the visit id is the schedule index. */
function scheduledArrival(level: Level, visitId: string): number | null {
  const index = Number(visitId.slice(visitId.lastIndexOf('#') + 1));
  if (!Number.isInteger(index) || index < 0) return null;
  const sorted = [...level.shift.arrivals].sort((a, b) => a.at - b.at);
  return sorted[index]?.at ?? null;
}

/** The level's answer for a record; the dialogue id narrows the search when it was recorded. */
export function findChoice(
  level: Level,
  record: ChoiceRecord,
  fallbackDialogueId: string | undefined,
): Choice | undefined {
  const dialogueId = record.dialogueId ?? fallbackDialogueId;
  const dialogues =
    dialogueId === undefined ? level.dialogues : level.dialogues.filter((d) => d.id === dialogueId);
  for (const dialogue of dialogues) {
    const node = dialogue.nodes.find((candidate) => candidate.id === record.nodeId);
    const choice = node?.choices.find((candidate) => candidate.id === record.choiceId);
    if (choice !== undefined) return choice;
  }
  return undefined;
}

/**
 * True when the first answer left the customer less satisfied than the answer explains: the
 * difference is the penalty for waiting unacknowledged (the trace has no sample for it).
 */
function showsIgnoredPenalty(samples: readonly MeterSample[], first: MeterDelta | null): boolean {
  const [arrival, afterFirst] = samples;
  if (arrival === undefined || afterFirst === undefined || first === null) return false;
  const expected = clampMeter(arrival.satisfaction + first.satisfaction);
  return afterFirst.satisfaction < expected - 1e-6;
}

function leaveTime(
  level: Level,
  customer: CustomerRecord,
  arrivedAt: number | null,
  lastSeen: number | null,
  duration: number,
): number | null {
  if (customer.outcome !== 'walked-out') return lastSeen;
  const profile = profileOfVisit(level, customer.visitId);
  if (arrivedAt === null || profile === undefined) return lastSeen;
  // The earliest a customer can run out of patience: waiting without a nod the whole time.
  const rate = profile.drainPerSecond;
  const estimate = rate > 0 ? arrivedAt + profile.patience / rate : duration;
  return Math.min(Math.max(estimate, lastSeen ?? arrivedAt), Math.max(duration, arrivedAt));
}

/** Builds every customer's debrief, in the order the attempt recorded them. */
export function debriefCustomers(level: Level, attempt: Attempt): CustomerDebrief[] {
  const everyChoice = attempt.mode === 'challenge';
  return attempt.customers.map((customer) => {
    const profile = profileOfVisit(level, customer.visitId);
    const samples = attempt.meterTrace.filter((sample) => sample.visitId === customer.visitId);
    const answers = customer.choices.map((record) => {
      const choice = findChoice(level, record, profile?.dialogue);
      const delta: MeterDelta | null = choice
        ? { satisfaction: choice.effects.satisfaction, selfEsteem: choice.effects.selfEsteem }
        : null;
      return { record, choice, delta };
    });
    let biggest = -1;
    answers.forEach((answer, index) => {
      const size = deltaSize(answer.delta);
      if (size > 0 && (biggest < 0 || size > deltaSize(answers[biggest]?.delta ?? null))) {
        biggest = index;
      }
    });
    const choices: ChoiceDebrief[] = answers.map(({ record, choice, delta }, index) => ({
      nodeId: record.nodeId,
      choiceId: record.choiceId,
      t: record.t ?? null,
      text: choice?.text ?? null,
      feedback: choice?.feedback ?? null,
      delta,
      honours: record.honours,
      breaks: record.breaks,
      mostConsequential: index === biggest,
      brokePrinciple: record.breaks.length > 0,
    }));
    const arrivedAt = scheduledArrival(level, customer.visitId) ?? samples[0]?.t ?? null;
    const times = [...customer.choices.map((c) => c.t ?? 0), ...samples.map((s) => s.t)];
    const lastSeen = times.length > 0 ? Math.max(...times) : arrivedAt;
    return {
      visitId: customer.visitId,
      name: customer.name,
      outcome: customer.outcome,
      points: customer.points,
      arrivedAt,
      leftAt: leaveTime(level, customer, arrivedAt, lastSeen, attempt.durationSeconds),
      feltIgnored: showsIgnoredPenalty(samples, answers[0]?.delta ?? null),
      choices: everyChoice
        ? choices
        : choices.filter((choice) => choice.mostConsequential || choice.brokePrinciple),
      choiceCount: choices.length,
    };
  });
}

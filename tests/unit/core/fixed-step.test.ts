import { expect, it } from 'vitest';
import { advanceClock, createFixedStepper, runSteps } from '../../../src/core/fixed-step.ts';
import { createSimulation, step } from '../../../src/core/simulation.ts';
import { FIXED_DT } from '../../../src/core/types.ts';
import { makeLevel } from './fixtures.ts';

it('turns two 60 Hz frames into one step', () => {
  const first = advanceClock(0, 1 / 60);
  expect(first.steps).toBe(0);
  const second = advanceClock(first.accumulator, 1 / 60);
  expect(second.steps).toBe(1);
  expect(second.accumulator).toBeLessThan(1e-9);
});

it('carries the remainder between frames', () => {
  const result = advanceClock(0, 0.1);
  expect(result.steps).toBe(3);
  expect(result.accumulator).toBeGreaterThanOrEqual(0);
  expect(result.accumulator).toBeLessThan(FIXED_DT);
  expect(result.remainder).toBe(result.accumulator);
  const later = advanceClock(0.02, 0.02);
  expect(later.steps).toBe(1);
  expect(later.accumulator).toBeCloseTo(0.04 - FIXED_DT, 12);
});

it('keeps whole-second totals over many frames', () => {
  let accumulator = 0;
  let steps = 0;
  for (let frame = 0; frame < 600; frame += 1) {
    const result = advanceClock(accumulator, 1 / 60);
    steps += result.steps;
    accumulator = result.accumulator;
  }
  expect(steps).toBe(300);
});

it('caps steps per frame and drops the excess time', () => {
  const stalled = advanceClock(0, 5);
  expect(stalled.steps).toBe(8);
  expect(stalled.accumulator).toBeLessThan(FIXED_DT);
  expect(advanceClock(0, 5, 3).steps).toBe(3);
});

it('treats negative and non-finite frames as zero', () => {
  expect(advanceClock(0.01, -1)).toEqual({ steps: 0, accumulator: 0.01, remainder: 0.01 });
  expect(advanceClock(0, Number.NaN).steps).toBe(0);
  expect(advanceClock(0, Number.POSITIVE_INFINITY).steps).toBe(0);
});

it('gives a stateful stepper with reset', () => {
  const stepper = createFixedStepper(4);
  expect(stepper.advance(1 / 60)).toBe(0);
  expect(stepper.accumulator).toBeCloseTo(1 / 60, 12);
  expect(stepper.advance(1 / 60)).toBe(1);
  expect(stepper.advance(1)).toBe(4);
  stepper.advance(0.02);
  stepper.reset();
  expect(stepper.accumulator).toBe(0);
});

it('runs several steps, applying intents on the first and concatenating events', () => {
  const level = makeLevel();
  const arrived = step(level, createSimulation(level), []).state;
  const result = runSteps(level, arrived, [{ type: 'call-next' }], 3);
  expect(result.state.tick).toBe(4);
  expect(result.state.desk).toBe('anna#0');
  expect(result.events.map((event) => event.type)).toEqual(['called_to_desk', 'node_entered']);

  let manual = arrived;
  manual = step(level, manual, [{ type: 'call-next' }]).state;
  manual = step(level, manual, []).state;
  manual = step(level, manual, []).state;
  expect(result.state).toEqual(manual);
});

it('does nothing for zero steps and stops at the end of the shift', () => {
  const level = makeLevel({ arrivals: [] });
  const start = createSimulation(level);
  expect(runSteps(level, start, [{ type: 'call-next' }], 0)).toEqual({ state: start, events: [] });
  const ended = runSteps(level, start, [], 10);
  expect(ended.state.tick).toBe(1);
  expect(ended.events.map((event) => event.type)).toEqual(['shift_ended']);
});

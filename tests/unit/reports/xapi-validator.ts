/**
 * A test-side checker for the parts of xAPI 1.0.3 (Data section 2.4) our statements use:
 * required properties, their types and formats. Returns the problems found (empty = valid).
 */

const UUID_V4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/i;
const ISO_TIMESTAMP = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;
const ISO_DURATION = /^P(?!$)(\d+Y)?(\d+M)?(\d+W)?(\d+D)?(T(?=\d)(\d+H)?(\d+M)?(\d+(\.\d+)?S)?)?$/;
const LANGUAGE_TAG = /^[a-zA-Z]{2,3}(-[a-zA-Z0-9]{2,8})*$/;

type Json = Record<string, unknown>;

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isIri(value: unknown): boolean {
  if (typeof value !== 'string') return false;
  try {
    return new URL(value).protocol.length > 1;
  } catch {
    return false;
  }
}

function checkLanguageMap(value: unknown, at: string, problems: string[]): void {
  if (!isObject(value) || Object.keys(value).length === 0) {
    problems.push(`${at}: not a language map`);
    return;
  }
  for (const [tag, text] of Object.entries(value)) {
    if (!LANGUAGE_TAG.test(tag) || typeof text !== 'string')
      problems.push(`${at}.${tag}: bad entry`);
  }
}

function checkExtensions(value: unknown, at: string, problems: string[]): void {
  if (value === undefined) return;
  if (!isObject(value)) problems.push(`${at}: not an object`);
  else
    for (const key of Object.keys(value))
      if (!isIri(key)) problems.push(`${at}: key ${key} is not an IRI`);
}

function checkActivity(value: unknown, at: string, problems: string[]): void {
  if (!isObject(value)) return void problems.push(`${at}: missing`);
  if (value.objectType !== 'Activity') problems.push(`${at}.objectType: not Activity`);
  if (!isIri(value.id)) problems.push(`${at}.id: not an IRI`);
  const definition = value.definition;
  if (!isObject(definition)) return void problems.push(`${at}.definition: missing`);
  checkLanguageMap(definition.name, `${at}.definition.name`, problems);
  if (!isIri(definition.type)) problems.push(`${at}.definition.type: not an IRI`);
}

function checkResult(value: unknown, problems: string[]): void {
  if (value === undefined) return;
  if (!isObject(value)) return void problems.push('result: not an object');
  const score = value.score;
  if (score !== undefined) {
    if (!isObject(score)) return void problems.push('result.score: not an object');
    const { scaled, raw, min, max } = score;
    if (typeof scaled !== 'number' || scaled < -1 || scaled > 1)
      problems.push('result.score.scaled: not in [-1, 1]');
    if (typeof min !== 'number' || typeof max !== 'number' || !(min < max))
      problems.push('result.score: min must be below max');
    if (typeof raw !== 'number' || raw < (min as number) || raw > (max as number))
      problems.push('result.score.raw: outside min..max');
  }
  for (const flag of ['success', 'completion'] as const) {
    if (value[flag] !== undefined && typeof value[flag] !== 'boolean')
      problems.push(`result.${flag}: not a boolean`);
  }
  if (value.response !== undefined && typeof value.response !== 'string')
    problems.push('result.response: not a string');
  if (
    value.duration !== undefined &&
    !(typeof value.duration === 'string' && ISO_DURATION.test(value.duration))
  ) {
    problems.push(`result.duration: ${String(value.duration)} is not an ISO 8601 duration`);
  }
  checkExtensions(value.extensions, 'result.extensions', problems);
}

function checkContext(value: unknown, problems: string[]): void {
  if (!isObject(value)) return void problems.push('context: missing');
  if (typeof value.registration !== 'string' || !UUID_V4.test(value.registration))
    problems.push('context.registration: not a UUID');
  if (typeof value.platform !== 'string') problems.push('context.platform: not a string');
  if (typeof value.language !== 'string' || !LANGUAGE_TAG.test(value.language))
    problems.push('context.language: not a language tag');
  const activities = value.contextActivities;
  if (activities !== undefined) {
    if (!isObject(activities)) problems.push('context.contextActivities: not an object');
    else
      for (const [kind, list] of Object.entries(activities)) {
        if (!['parent', 'grouping', 'category', 'other'].includes(kind))
          problems.push(`context.contextActivities.${kind}: unknown`);
        if (!Array.isArray(list)) problems.push(`context.contextActivities.${kind}: not an array`);
        else
          list.forEach((activity, i) =>
            checkActivity(activity, `context.contextActivities.${kind}.${i}`, problems),
          );
      }
  }
  checkExtensions(value.extensions, 'context.extensions', problems);
}

/** Every problem with `statement` as an xAPI 1.0.3 statement of the kind Front Desk writes. */
export function xapiProblems(statement: unknown): string[] {
  const problems: string[] = [];
  if (!isObject(statement)) return ['statement: not an object'];
  if (typeof statement.id !== 'string' || !UUID_V4.test(statement.id))
    problems.push('id: not a UUID v4');
  if (statement.version !== '1.0.3') problems.push('version: not 1.0.3');
  const timestamp = statement.timestamp;
  if (
    typeof timestamp !== 'string' ||
    !ISO_TIMESTAMP.test(timestamp) ||
    Number.isNaN(Date.parse(timestamp))
  ) {
    problems.push('timestamp: not ISO 8601');
  }
  const actor = statement.actor;
  if (!isObject(actor) || actor.objectType !== 'Agent') problems.push('actor: not an Agent');
  else {
    const account = actor.account;
    if (
      !isObject(account) ||
      !isIri(account.homePage) ||
      typeof account.name !== 'string' ||
      account.name === ''
    ) {
      problems.push('actor.account: needs homePage (IRL) and name');
    }
    for (const other of ['mbox', 'mbox_sha1sum', 'openid'])
      if (other in actor) problems.push(`actor: second identifier ${other}`);
    if (actor.name !== undefined && typeof actor.name !== 'string')
      problems.push('actor.name: not a string');
  }
  const verb = statement.verb;
  if (!isObject(verb) || !isIri(verb.id)) problems.push('verb.id: not an IRI');
  else checkLanguageMap(verb.display, 'verb.display', problems);
  checkActivity(statement.object, 'object', problems);
  checkResult(statement.result, problems);
  checkContext(statement.context, problems);
  return problems;
}

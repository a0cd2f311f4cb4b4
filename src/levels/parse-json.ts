/**
 * Parsing untrusted level text into a jsonc-parser tree, safely: bounded nesting and size are
 * checked by a flat token scan before the (recursive) parser runs, and syntax errors are
 * reported in plain words with their offsets.
 */
import {
  createScanner,
  parseTree,
  printParseErrorCode,
  type Node,
  type ParseError,
} from 'jsonc-parser';
import type { OffsetProblem } from './problem.ts';

/** Deepest nesting of objects and lists a level file may have. */
export const MAX_DEPTH = 64;
/** Most values (keys included) a level file may have. */
export const MAX_VALUES = 200_000;
/** Most tokens (values, brackets, commas, colons, stray characters) before the parser runs. */
const MAX_TOKENS = 3 * MAX_VALUES;
/** Syntax errors listed before the rest are summed up in one line. */
const MAX_SYNTAX_ERRORS = 20;

// jsonc-parser's SyntaxKind is an ambient const enum, which isolated modules cannot read.
const OPEN_BRACE = 1;
const CLOSE_BRACE = 2;
const OPEN_BRACKET = 3;
const CLOSE_BRACKET = 4;
const FIRST_VALUE_TOKEN = 7; // null, true, false, string, number: 7-11
const LAST_VALUE_TOKEN = 11;
const UNKNOWN = 16;
const EOF = 17;
/** Stray characters tolerated before the text is judged not to be JSON at all. */
const MAX_STRAY = 1000;

/** Either the tree, or the problems that stopped the parse. */
export type ParsedJson =
  | { readonly ok: true; readonly root: Node }
  | { readonly ok: false; readonly problems: OffsetProblem[] };

function fail(offset: number, message: string): ParsedJson {
  return { ok: false, problems: [{ offset, severity: 'error', message, path: '$' }] };
}

/**
 * Scans tokens without recursion and stops at the first place the text nests too deeply or
 * holds too much. The parser only recurses into brackets it does not skip, and a close
 * only pops a matching open here, so this depth is never below the parser's.
 */
function checkLimits(text: string): ParsedJson | undefined {
  const scanner = createScanner(text, true);
  const open: number[] = [];
  let values = 0;
  let tokens = 0;
  let stray = 0;
  let firstStray = 0;
  for (let token: number = scanner.scan(); token !== EOF; token = scanner.scan()) {
    tokens++;
    const offset = scanner.getTokenOffset();
    if (token === OPEN_BRACE || token === OPEN_BRACKET) {
      open.push(token);
      values++;
      if (open.length > MAX_DEPTH) {
        return fail(offset, `objects and lists are nested more than ${MAX_DEPTH} levels deep`);
      }
    } else if (token === CLOSE_BRACE || token === CLOSE_BRACKET) {
      if (open.at(-1) === token - 1) open.pop();
    } else if (token >= FIRST_VALUE_TOKEN && token <= LAST_VALUE_TOKEN) {
      values++;
    } else if (token === UNKNOWN) {
      if (stray === 0) firstStray = offset;
      // The parser would collect an error for every one of them.
      if (++stray > MAX_STRAY)
        return fail(firstStray, 'this is not JSON: it is full of unexpected characters');
    }
    if (values > MAX_VALUES) {
      return fail(offset, `the file holds more than ${MAX_VALUES} values; a level needs far fewer`);
    }
    if (tokens > MAX_TOKENS) {
      return fail(offset, 'the file has too many commas, brackets and values to be a level');
    }
  }
  return undefined;
}

const syntaxMessages: Record<string, string> = {
  InvalidSymbol: 'unexpected character; text must be in "double quotes"',
  InvalidNumberFormat: 'this number is written wrongly',
  PropertyNameExpected: 'expected a key in "double quotes"',
  ValueExpected:
    'expected a value (text in "double quotes", a number, true, false, null, { } or [ ])',
  ColonExpected: 'expected ":" after the key',
  CommaExpected: 'expected "," between items',
  CloseBraceExpected: 'expected "}" to close the object',
  CloseBracketExpected: 'expected "]" to close the list',
  EndOfFileExpected: 'unexpected text after the end of the level',
  InvalidCommentToken: 'comments are not allowed: level files are plain JSON',
  UnexpectedEndOfComment: 'comment is never closed (and comments are not allowed)',
  UnexpectedEndOfString: 'text is missing its closing double quote',
  UnexpectedEndOfNumber: 'number ends too early',
  InvalidUnicode: 'invalid \\u escape: it needs four hex digits',
  InvalidEscapeCharacter: 'invalid escape after a backslash (use \\\\ for a backslash)',
  InvalidCharacter: 'control character inside text (write a line break as \\n)',
};

/** Offset of a comma that directly precedes `offset` (whitespace aside), if any. */
function trailingCommaBefore(text: string, offset: number): number | undefined {
  let index = offset - 1;
  while (index >= 0 && ' \t\r\n'.includes(text.charAt(index))) index--;
  return text.charAt(index) === ',' ? index : undefined;
}

function describeSyntaxError(text: string, code: string, offset: number): OffsetProblem {
  const closer = text.charAt(offset);
  if ((code === 'PropertyNameExpected' || code === 'ValueExpected') && '}]'.includes(closer)) {
    const comma = closer === '' ? undefined : trailingCommaBefore(text, offset);
    if (comma !== undefined) {
      const message = `trailing comma: remove the "," before "${closer}" (JSON allows none)`;
      return { offset: comma, severity: 'error', message, path: '$' };
    }
  }
  const message = syntaxMessages[code] ?? `syntax error (${code})`;
  return { offset, severity: 'error', message, path: '$' };
}

/** Parses `text` as strict JSON (no comments, no trailing commas) into a position-aware tree. */
export function parseJsonTree(text: string): ParsedJson {
  if (text.trim() === '') return fail(0, 'the file is empty: a level is a JSON object, { ... }');
  const overLimit = checkLimits(text);
  if (overLimit) return overLimit;
  const errors: ParseError[] = [];
  let root: Node | undefined;
  try {
    root = parseTree(text, errors, { disallowComments: true, allowTrailingComma: false });
  } catch (error) {
    // The limits above should make this unreachable; a stack overflow still must not escape.
    if (error instanceof RangeError) return fail(0, 'the file is nested too deeply to read');
    throw error;
  }
  if (errors.length > 0 || root === undefined) {
    const problems: OffsetProblem[] = [];
    const seenOffsets = new Set<number>();
    for (const { error, offset } of errors) {
      if (seenOffsets.has(offset)) continue; // one error per place is enough
      seenOffsets.add(offset);
      problems.push(describeSyntaxError(text, printParseErrorCode(error), offset));
    }
    if (problems.length === 0) problems.push(describeSyntaxError(text, 'ValueExpected', 0));
    if (problems.length > MAX_SYNTAX_ERRORS) {
      const rest = problems.length - MAX_SYNTAX_ERRORS;
      const cut = problems.slice(0, MAX_SYNTAX_ERRORS);
      const offset = problems[MAX_SYNTAX_ERRORS]?.offset ?? 0;
      cut.push({ offset, severity: 'error', message: `${rest} more syntax errors`, path: '$' });
      return { ok: false, problems: cut };
    }
    return { ok: false, problems };
  }
  return { ok: true, root };
}

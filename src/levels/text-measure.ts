/**
 * Measuring untrusted text cheaply: its UTF-8 size and the line/column of an offset.
 */

/**
 * True when `text` encoded as UTF-8 takes more than `maxBytes`, counted without building the
 * encoded copy (a hostile file should not cost a second allocation of its own size).
 */
export function utf8LengthExceeds(text: string, maxBytes: number): boolean {
  // Every UTF-16 unit takes 1-3 bytes in UTF-8 (a surrogate pair: 4 for two units).
  if (text.length > maxBytes) return true;
  if (text.length * 3 <= maxBytes) return false;
  let bytes = 0;
  for (let index = 0; index < text.length; index++) {
    const unit = text.charCodeAt(index);
    if (unit < 0x80) bytes += 1;
    else if (unit < 0x800) bytes += 2;
    else if (unit >= 0xd800 && unit <= 0xdbff && isLowSurrogate(text.charCodeAt(index + 1))) {
      bytes += 4;
      index++;
    } else bytes += 3;
    if (bytes > maxBytes) return true;
  }
  return false;
}

function isLowSurrogate(unit: number): boolean {
  return unit >= 0xdc00 && unit <= 0xdfff;
}

/** A 1-based line and column (columns count UTF-16 units, as editors do). */
export interface TextPosition {
  readonly line: number;
  readonly column: number;
}

/** Builds a lookup from offsets to line/column for one text (lines end at \n, \r\n or \r). */
export function createPositionLookup(text: string): (offset: number) => TextPosition {
  const lineStarts = [0];
  for (let index = 0; index < text.length; index++) {
    const unit = text.charCodeAt(index);
    if (unit === 0x0d && text.charCodeAt(index + 1) === 0x0a) index++;
    if (unit === 0x0a || unit === 0x0d) lineStarts.push(index + 1);
  }
  return (offset) => {
    const clamped = Math.max(0, Math.min(offset, text.length));
    let low = 0;
    let high = lineStarts.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if ((lineStarts[middle] ?? 0) <= clamped) low = middle;
      else high = middle - 1;
    }
    return { line: low + 1, column: clamped - (lineStarts[low] ?? 0) + 1 };
  };
}

/**
 * Helpers for formats that are JSON answers of a service (Scholar dumps, ORCID, OpenAlex, Semantic
 * Scholar): parsing with an error that names the line, and finding the line a record starts on.
 */
import type { Diagnostic, SourceDocument } from '../model.ts';
import { lineLocator } from './text.ts';

export type JsonRead = { ok: true; value: unknown } | { ok: false; diagnostic: Diagnostic };

export function readJson(document: SourceDocument, label: string): JsonRead {
  try {
    return { ok: true, value: JSON.parse(document.text) };
  } catch (error) {
    const message = (error as Error).message;
    // V8 says "… in JSON at position 123 (line 4 column 5)"; older versions give only the position.
    const line = /line (\d+)/.exec(message)?.[1] ?? positionLine(document.text, message);
    return {
      ok: false,
      diagnostic: {
        level: 'error',
        file: document.name,
        ...(line ? { line: Number(line) } : {}),
        message: `looks like ${label} but is not valid JSON (${message}), so it was skipped.`,
      },
    };
  }
}

function positionLine(text: string, message: string): number | undefined {
  const position = /position (\d+)/.exec(message)?.[1];
  return position === undefined ? undefined : lineLocator(text)(Number(position));
}

/**
 * Line numbers of records in order: each call finds `needle` (a JSON-encoded value the record holds)
 * after the previous hit, so records with the same title still get their own lines.
 */
export function recordLineFinder(text: string): (value: string | undefined) => number {
  const lineOf = lineLocator(text);
  let cursor = 0;
  return (value) => {
    if (value === undefined) return lineOf(cursor);
    const at = text.indexOf(JSON.stringify(value).slice(1, -1), cursor);
    if (at === -1) return lineOf(cursor);
    cursor = at + 1;
    return lineOf(at);
  };
}

/** A plain object's field, or undefined for anything else. */
export function field(value: unknown, key: string): unknown {
  return value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>)[key] : undefined;
}

/** A non-empty string (trimmed), or undefined. */
export function text(value: unknown): string | undefined {
  if (typeof value === 'number') return String(value);
  return typeof value === 'string' && value.trim() ? value.trim() : undefined;
}

/** A non-negative integer, or undefined. */
export function count(value: unknown): number | undefined {
  const number = typeof value === 'string' && /^\d+$/.test(value.trim()) ? Number(value) : value;
  return typeof number === 'number' && Number.isInteger(number) && number >= 0 ? number : undefined;
}

/** `YYYY-MM-DD` from a timestamp such as `2024-05-01 12:00:00.123` or `2024-05-01T12:00:00Z`. */
export function dayOf(value: unknown): string | undefined {
  const match = typeof value === 'string' ? /^(\d{4}-\d{2}-\d{2})/.exec(value.trim()) : null;
  return match?.[1];
}

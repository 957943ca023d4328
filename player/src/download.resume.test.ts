import { describe, expect, it } from 'vitest';
import { parseContentRange, planResume, resumeHeaders, validatorOf } from './download.resume.ts';

const size = 1_000;
const plan = (have: number, status: number, contentRange: string | null = null) =>
  planResume({ have, size, status, contentRange }).action;

describe('parseContentRange', () => {
  it('reads a byte range with a known or unknown length', () => {
    expect(parseContentRange('bytes 400-999/1000')).toEqual({ start: 400, end: 999, total: 1000 });
    expect(parseContentRange('bytes 0-0/*')).toEqual({ start: 0, end: 0, total: null });
  });

  it('refuses what is not a satisfied byte range', () => {
    for (const header of [null, '', 'bytes */1000', 'items 0-9/10', 'bytes 10-5/100', 'bytes 0-1000/1000']) {
      expect(parseContentRange(header), String(header)).toBeNull();
    }
  });
});

describe('planResume', () => {
  it('appends a 206 that starts exactly where the kept bytes stop', () => {
    expect(plan(400, 206, 'bytes 400-999/1000')).toBe('append');
    expect(plan(400, 206, 'bytes 400-999/*')).toBe('append');
  });

  it('starts again, never appends, when a 206 does not line up with what was kept', () => {
    expect(plan(400, 206, 'bytes 0-999/1000')).toBe('refetch');
    expect(plan(400, 206, 'bytes 401-999/1000')).toBe('refetch');
    expect(plan(400, 206, 'bytes 400-1499/1500')).toBe('refetch'); // another file
    expect(plan(400, 206, null)).toBe('refetch');
  });

  it('takes a 200 as the whole file, dropping what was kept (If-Range did not match)', () => {
    expect(plan(400, 200)).toBe('whole');
    expect(plan(0, 200)).toBe('whole');
  });

  it('drops the kept bytes on a 416, and fails a 416 it did not ask for', () => {
    expect(plan(400, 416)).toBe('refetch');
    expect(plan(0, 416)).toBe('fail');
  });

  it('fails other answers, keeping the bytes for the next try', () => {
    expect(planResume({ have: 400, size, status: 503, contentRange: null })).toEqual({
      action: 'fail',
      reason: 'HTTP 503',
    });
    expect(plan(400, 403)).toBe('fail');
  });
});

describe('resumeHeaders', () => {
  it('asks for the rest, conditional on the validator of the first answer', () => {
    expect(resumeHeaders({ bytes: 0, validator: '"abc"' })).toEqual({});
    expect(resumeHeaders({ bytes: 400, validator: '"abc"' })).toEqual({
      Range: 'bytes=400-',
      'If-Range': '"abc"',
    });
    expect(resumeHeaders({ bytes: 400, validator: null })).toEqual({ Range: 'bytes=400-' });
  });

  it('uses a strong ETag, else Last-Modified, as the validator', () => {
    expect(validatorOf('"abc"', 'Tue, 01 Jul 2025 00:00:00 GMT')).toBe('"abc"');
    expect(validatorOf('W/"abc"', 'Tue, 01 Jul 2025 00:00:00 GMT')).toBe('Tue, 01 Jul 2025 00:00:00 GMT');
    expect(validatorOf(null, null)).toBeNull();
  });
});

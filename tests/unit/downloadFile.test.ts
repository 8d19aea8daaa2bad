// A made file's blob URL must outlive the click: browsers may start reading it only later.
// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { downloadBlob } from '../../src/ui/downloadFile';

describe('downloadBlob', () => {
  const revoked: string[] = [];
  beforeEach(() => {
    vi.useFakeTimers();
    URL.createObjectURL = () => 'blob:made-file';
    URL.revokeObjectURL = (url: string) => void revoked.push(url);
    HTMLAnchorElement.prototype.click = () => undefined;
  });
  afterEach(() => {
    vi.useRealTimers();
    revoked.length = 0;
  });

  it('keeps the URL for a long while after the click, then releases it', () => {
    downloadBlob(new Blob(['a,b']), 'projects.csv');
    vi.advanceTimersByTime(10_000);
    expect(revoked).toEqual([]);
    vi.advanceTimersByTime(60_000);
    expect(revoked).toEqual(['blob:made-file']);
  });
});

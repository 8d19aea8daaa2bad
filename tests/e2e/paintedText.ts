// What a visitor could read on each painted frame, recorded from before the first script runs:
// an element's text counts when the element is rendered, visible and not in a transparent colour.
import type { Page } from '@playwright/test';

declare global {
  interface Window {
    paintedTexts?: string[][];
  }
}

/** Starts recording, on every frame, the readable text of the elements matching `selector`. */
export async function recordPaintedText(page: Page, selector: string) {
  await page.addInitScript((watched) => {
    const frames: string[][] = [];
    window.paintedTexts = frames;
    const readable = (element: Element) =>
      element.checkVisibility({ visibilityProperty: true, opacityProperty: true }) && !/rgba\(.*, 0\)$/.test(getComputedStyle(element).color);
    const record = () => {
      frames.push([...document.querySelectorAll(watched)].filter(readable).map((element) => element.textContent ?? ''));
      requestAnimationFrame(record);
    };
    requestAnimationFrame(record);
  }, selector);
}

/** The texts recorded so far, frame by frame. */
export async function paintedTexts(page: Page): Promise<string[][]> {
  return page.evaluate(() => window.paintedTexts ?? []);
}

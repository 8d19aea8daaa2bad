// The phone breakpoint, shared with the @media rule in styles.css (max-width: 760px).
export const PHONE_QUERY = '(max-width: 760px)';

export function matchesMedia(query: string): boolean {
  return typeof window !== 'undefined' && typeof window.matchMedia === 'function' && window.matchMedia(query).matches;
}

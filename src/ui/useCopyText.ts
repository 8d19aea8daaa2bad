// Copying to the clipboard, with the text shown to copy by hand where the clipboard is refused.
import { useState } from 'react';

export type CopyState = 'idle' | 'copied' | { manual: string };

export function useCopyText(): { state: CopyState; copy: (text: string) => Promise<void> } {
  const [state, setState] = useState<CopyState>('idle');
  const copy = async (text: string) => {
    try {
      await navigator.clipboard.writeText(text);
      setState('copied');
    } catch {
      setState({ manual: text });
    }
  };
  return { state, copy };
}

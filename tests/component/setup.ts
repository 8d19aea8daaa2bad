import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterEach } from 'vitest';

// findBy… waits up to 1 s by default; a loaded two-core machine can take longer to render.
configure({ asyncUtilTimeout: 5_000 });

afterEach(() => cleanup());

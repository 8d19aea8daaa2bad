// The app's zod: every schema is built from this import, so the setting below is in force before
// the first one. zod compiles fast object parsers with `new Function` when eval is allowed, and
// probes for it by trying: under our Content-Security-Policy (no 'unsafe-eval') each probe is a
// reported violation, and the compiled parsers would be refused anyway. A leaf: imports no app code.
import { z } from 'zod';

z.config({ jitless: true });

export { z };

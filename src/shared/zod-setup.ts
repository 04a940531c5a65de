import { z } from 'zod';

// Extension pages forbid eval: tell zod not to probe for it (the probe trips the page's CSP).
z.config({ jitless: true });

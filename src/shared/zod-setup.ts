import { z } from 'zod/mini';

// Extension pages forbid eval: tell zod not to probe for it (the probe trips the page's CSP).
// zod/mini (a fraction of full zod's size, which the popup loads on every opening) ships no
// messages of its own: the English ones name what is wrong in a stored or imported profile.
z.config({ jitless: true, ...z.locales.en() });

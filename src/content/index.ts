import type { ContentMessages } from '../shared/messages/content-messages';
import { isOwnPage, listen } from '../shared/messages/message-map';
import { fillForm } from './fill-form';
import { formStatus } from './form-status';
import { parseContentMessage } from './message-guards';

// Nothing runs on the page until this extension's popup or background asks.
listen<ContentMessages>(
  {
    'fill-form': ({ plan }) => fillForm(plan),
    'form-status': async ({ fields }) => formStatus(fields),
  },
  parseContentMessage,
  isOwnPage,
);

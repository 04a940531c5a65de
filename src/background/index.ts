import {
  type BackgroundMessages,
  backgroundMessageSchema,
} from '../shared/messages/background-messages';
import { isOwnPage, listen } from '../shared/messages/message-map';
import { registerFillCommand } from './fill-command';
import { registerFillMenus } from './fill-menus';
import { fillTab } from './fill-tab';

listen<BackgroundMessages>(
  { 'fill-tab': ({ tabId, profileId }) => fillTab(tabId, profileId) },
  (raw) => backgroundMessageSchema.safeParse(raw).data,
  isOwnPage,
);
registerFillCommand();
registerFillMenus();

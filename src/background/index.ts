import { registerFillCommand } from './fill-command';
import { registerFillMenus } from './fill-menus';

registerFillCommand();
registerFillMenus();

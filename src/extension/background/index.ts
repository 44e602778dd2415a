/** The service worker: every feature registers its listeners here, synchronously, as MV3 requires. */
import { registerCommands } from './commands';
import { registerMenus } from './menus';
import { registerIdleClose } from './offscreen-client';
import { registerRoutes } from './routes';

registerMenus();
registerCommands();
registerRoutes();
registerIdleClose();

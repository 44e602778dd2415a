/** The background (Chrome's service worker, Firefox's event page): every feature registers its listeners
 *  here, synchronously, as MV3 requires. */
import { registerCommands } from './commands';
import { registerMenus } from './menus';
import { platform } from '#platform';
import { registerRoutes } from './routes';
import { registerWelcome } from './welcome';

registerMenus();
registerCommands();
registerRoutes();
registerWelcome();
platform.registerEngineHost();

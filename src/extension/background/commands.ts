/** The keyboard shortcut (command `select-region`, suggested Alt+Shift+D). */
import { beginSelection } from './selection';

export function registerCommands(): void {
  chrome.commands.onCommand.addListener(async (command, tab) => {
    if (command !== 'select-region') return;
    const target = tab ?? (await chrome.tabs.query({ active: true, currentWindow: true }))[0];
    if (target) await beginSelection(target);
  });
}

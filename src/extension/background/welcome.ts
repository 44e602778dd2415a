/** The welcome page opens once, when the extension is installed (not on updates or browser restarts). */
export const WELCOME_PAGE = 'src/extension/welcome/index.html';

export function registerWelcome(): void {
  chrome.runtime.onInstalled.addListener(({ reason }) => {
    if (reason === 'install') void chrome.tabs.create({ url: chrome.runtime.getURL(WELCOME_PAGE) });
  });
}

/** What the extension's own pages share beyond their look: an image as a data URL, the shortcut as set. */

export function blobToDataUrl(blob: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(reader.result as string);
    reader.onerror = () => reject(reader.error);
    reader.readAsDataURL(blob);
  });
}

/** The keys of the select-region command, or undefined when the user removed them. */
export async function selectRegionShortcut(): Promise<string | undefined> {
  return (await chrome.commands.getAll()).find((c) => c.name === 'select-region')?.shortcut || undefined;
}

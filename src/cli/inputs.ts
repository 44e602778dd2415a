/** What `read` is given, as a list of images: files, folders (their images, or every level with --recursive), `-` for stdin, and lists of paths. */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

export class UsageError extends Error {}

/** One image to read: a path, or the bytes that came on stdin. */
export type Input = { name: string; path: string } | { name: string; stdin: true };

const IMAGE = /\.(png|jpe?g|webp|gif|bmp)$/i;

/**
 * @param args   the command line's operands
 * @param from   a file listing paths one a line, or '-' for stdin
 */
export function expandInputs(args: string[], { recursive = false, from }: { recursive?: boolean; from?: string }): Input[] {
  const listed = from === undefined ? [] : readList(from);
  if (args.filter((a) => a === '-').length + (from === '-' ? 1 : 0) > 1) throw new UsageError('stdin can be read only once: give "-" or "--from -", not both');
  const all = [...args, ...listed];
  if (all.length === 0) throw new UsageError('no images given: name files or folders, "-" for an image on stdin, or --from a list');
  return all.flatMap((arg): Input[] => {
    if (arg === '-') return [{ name: '-', stdin: true }];
    let isDir = false;
    try {
      isDir = statSync(arg).isDirectory();
    } catch {
      // a missing file is reported when it is read, with the others still read
    }
    return isDir ? folder(arg, recursive).map((path) => ({ name: path, path })) : [{ name: arg, path: arg }];
  });
}

/** A folder's images in name order; with `recursive`, its subfolders' too. */
function folder(dir: string, recursive: boolean): string[] {
  const entries = readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  return entries.flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return recursive ? folder(path, true) : [];
    return IMAGE.test(e.name) ? [path] : [];
  });
}

function readList(from: string): string[] {
  let text: string;
  try {
    text = readFileSync(from === '-' ? 0 : from, 'utf8');
  } catch (e) {
    throw new UsageError(`cannot read the list ${from} (${(e as NodeJS.ErrnoException).code ?? e})`);
  }
  return text
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l !== '');
}

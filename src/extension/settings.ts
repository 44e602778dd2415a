/**
 * The extension's settings: the engine's read options and its own, in the engine's schema form, so
 * the defaults, the checks on what storage holds and the settings form all come from one place.
 */
import { type BooleanSpec, type ChoiceSpec, NUMBER_FORMS, type NumberForm, READ_OPTIONS, type ReadOptions, salvageWith, defaultsOf, type Values } from '../engine';

export const SETTINGS = {
  ...READ_OPTIONS,
  autoCopy: { kind: 'boolean', default: false, label: 'Copy automatically after a read', help: 'puts the number on the clipboard as soon as it is read' } as BooleanSpec,
  copyFormat: {
    kind: 'choice',
    default: 'digits',
    choices: NUMBER_FORMS,
    label: 'Copy and fill the number as',
    help: 'its digits only, as written (1.299,00), or as a plain number (1299.00)',
  } as ChoiceSpec<NumberForm>,
  keepImages: {
    kind: 'boolean',
    default: true,
    label: 'Keep the image of the last reading',
    help: 'the popup shows the pixels that were read with their boxes; off, no image is stored at all',
  } as BooleanSpec,
};

export type Settings = Values<typeof SETTINGS>;
export const DEFAULT_SETTINGS: Settings = defaultsOf(SETTINGS);

/** What storage holds, each value checked: one that does not fit (an older version's) is its default. */
export const validSettings = (stored: unknown): Settings => salvageWith(SETTINGS, stored);

/** The engine's share of the settings. */
export function readOptions(settings: Settings): ReadOptions {
  return Object.fromEntries(Object.keys(READ_OPTIONS).map((k) => [k, settings[k as keyof ReadOptions]])) as ReadOptions;
}

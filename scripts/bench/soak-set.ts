/** The soak's images: printed, handwritten, page contexts and photographed strips in turn, from dev-set seeds. */
import { stripSet } from './handwriting-set';
import { handwrittenSet } from './handwritten-set';
import { pageSet } from './page-set';
import { printedSet, type Sample } from './printed-set';

/** Images of each kind: 200 different images, read over and over. */
export const EACH = 50;

export async function soakSamples(): Promise<Sample[]> {
  const sets = [await printedSet(EACH, 'soak-printed'), handwrittenSet(EACH, 'soak-handwritten'), await pageSet(EACH, 'dev', 'soak-pages'), stripSet(EACH, 'dev', 'soak-strips')];
  return Array.from({ length: EACH }, (_, i) => sets.map((set) => set[i])).flat();
}

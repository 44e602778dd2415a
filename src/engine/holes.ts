/** Holes of a shape in its box: the pixels that are not the shape and cannot be reached from the box's edge. */

/** Marks every 0 of `own` (w x h; the shape is non-zero) that the box's edge cannot reach, 4-connected, as 2. */
export function markHoles(own: Uint8Array, w: number, h: number): void {
  const reached = new Uint8Array(w * h);
  const queue = new Int32Array(w * h);
  let tail = 0;
  const push = (k: number) => {
    if (own[k] === 0 && reached[k] === 0) {
      reached[k] = 1;
      queue[tail++] = k;
    }
  };
  for (let x = 0; x < w; x++) {
    push(x);
    push((h - 1) * w + x);
  }
  for (let y = 0; y < h; y++) {
    push(y * w);
    push(y * w + w - 1);
  }
  for (let head = 0; head < tail; head++) {
    const k = queue[head];
    const x = k % w;
    if (x > 0) push(k - 1);
    if (x < w - 1) push(k + 1);
    if (k >= w) push(k - w);
    if (k < (h - 1) * w) push(k + w);
  }
  for (let k = 0; k < own.length; k++) if (own[k] === 0 && reached[k] === 0) own[k] = 2;
}

/** Each hole (4-connected) of the shape `mask` (1 = the shape): its area and centre as shares of the box. */
export function holesOf(mask: Uint8Array, w: number, h: number): { n: number; cx: number; cy: number }[] {
  const own = Uint8Array.from(mask);
  markHoles(own, w, h);
  const holes: { n: number; cx: number; cy: number }[] = [];
  const stack: number[] = [];
  for (let start = 0; start < own.length; start++) {
    if (own[start] !== 2) continue;
    own[start] = 3;
    stack.push(start);
    let n = 0;
    let sx = 0;
    let sy = 0;
    while (stack.length) {
      const k = stack.pop()!;
      const x = k % w;
      n++;
      sx += x;
      sy += (k - x) / w;
      for (const next of [x > 0 ? k - 1 : -1, x < w - 1 ? k + 1 : -1, k >= w ? k - w : -1, k < (h - 1) * w ? k + w : -1]) {
        if (next >= 0 && own[next] === 2) {
          own[next] = 3;
          stack.push(next);
        }
      }
    }
    holes.push({ n, cx: sx / n / w, cy: sy / n / h });
  }
  return holes;
}

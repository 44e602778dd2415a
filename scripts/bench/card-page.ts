/** The page both browsers' extension benchmarks read: a tracking number; the page notes when the mouse went up. */
export const PAGE = `<!doctype html><html><body style="margin:40px;font-family:'DejaVu Sans',sans-serif;color:#212529">
<h3 style="font-weight:500">Your parcel is on its way</h3>
<p style="font-size:15px">Tracking <span id="n" style="font-size:22px;padding:4px 6px;display:inline-block">PLZ 40719</span></p>
<p><label>Postcode <input id="field" style="font-size:15px"></label></p>
<script>
addEventListener('pointerup', () => { window.__up = performance.now(); }, true);
</script></body></html>`;

export const median = (v: number[]) => [...v].sort((a, b) => a - b)[Math.floor(v.length / 2)];

/** Run on the card (inside its shadow root): waits for it to show the reading, then gives the milliseconds
 *  since mouse-up, measured in the page. The card opens at mouse-up saying "Reading…". */
export const SHOWN_SINCE_MOUSE_UP =
  'async function () { while (this.querySelector(\'[data-testid="card-reading"]\')) await new Promise((r) => setTimeout(r, 1)); return performance.now() - window.__up; }';

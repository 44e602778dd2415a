/** The page both browsers' extension benchmarks read: a tracking number; the page itself times mouse-up to the card. */
export const PAGE = `<!doctype html><html><body style="margin:40px;font-family:'DejaVu Sans',sans-serif;color:#212529">
<h3 style="font-weight:500">Your parcel is on its way</h3>
<p style="font-size:15px">Tracking <span id="n" style="font-size:22px;padding:4px 6px;display:inline-block">PLZ 40719</span></p>
<p><label>Postcode <input id="field" style="font-size:15px"></label></p>
<script>
window.__marks = [];
addEventListener('mouseup', () => { window.__up = performance.now(); }, true);
new MutationObserver(() => {
  const card = document.getElementById('digit-reader-card');
  if (card && window.__up && !window.__seen) { window.__seen = true; window.__marks.push(performance.now() - window.__up); }
}).observe(document.documentElement, { childList: true });
</script></body></html>`;

export const median = (v: number[]) => [...v].sort((a, b) => a - b)[Math.floor(v.length / 2)];

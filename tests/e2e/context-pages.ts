/** The page-context pages both browsers' end-to-end tests read, and what each context holds. */
import { page as html } from './suite';

export const CONTEXTS = html(`<div style="padding:30px;font:18px 'DejaVu Sans';display:grid;gap:36px;justify-items:start">
<button id="button" style="font:600 18px 'DejaVu Sans';background:#0d6efd;color:#fff;border:0;border-radius:8px;padding:12px 26px;box-shadow:0 2px 6px rgba(0,0,0,.3)">38256</button>
<input id="field" value="61892" style="font:17px 'Liberation Sans';border:1px solid #ced4da;border-radius:6px;padding:8px 12px;width:180px;box-shadow:0 0 0 3px rgba(13,110,253,.3)">
<span id="pill" style="background:#e7f1ff;color:#0a58ca;border-radius:999px;padding:4px 14px;font:600 15px 'DejaVu Sans'">75480</span>
<div id="banner" style="background:linear-gradient(120deg,#6f42c1,#fd7e14);color:#fff;padding:18px 34px;border-radius:12px"><div style="font-size:12px;opacity:.85">Your code</div><b style="font-size:26px">52627</b></div>
<span id="emoji" style="font:20px 'Liberation Sans'">📦 40831</span>
</div>`);

export const SPARSE = html(`<div style="height:100vh;position:relative;font:16px 'Liberation Sans';color:#333">
<div style="position:absolute;left:8%;top:6%;font-size:13px;color:#888">Help · Contact</div>
<div style="position:absolute;left:58%;top:64%;font-size:22px">Ticket 26153</div>
</div>`);

export const CASES: [string, string, string][] = [
  ['a filled button', '#button', '38256'],
  ['an input field with a focus ring', '#field', '61892'],
  ['a pill', '#pill', '75480'],
  ['a gradient banner with a label', '#banner', '52627'],
  ['beside an emoji', '#emoji', '40831'],
];

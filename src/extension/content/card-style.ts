/** The card's look, light and dark (`.dark`), inside its shadow root: the page's CSS cannot reach it. */
export const CARD_STYLE = `
.card { --bg: #fff; --fg: #212529; --muted: #5c636a; --line: #ced4da; --chip: #f1f3f5; --accent: #1864ab; --accent-fg: #fff;
  --sure: #2b8a3e; --doubt: #b35c00; --doubt-bg: #fff4e6; --error: #c92a2a; --focus: #1c7ed6;
  position: absolute; pointer-events: auto; box-sizing: border-box; min-width: 240px; max-width: 380px; background: var(--bg); color: var(--fg);
  border: 1px solid var(--line); border-radius: 10px; box-shadow: 0 8px 28px rgba(0,0,0,0.25); padding: 8px 12px 12px;
  font: 13px/1.4 system-ui, -apple-system, "Segoe UI", sans-serif; text-align: left; }
.card.dark { --bg: #1f2328; --fg: #e9ecef; --muted: #adb5bd; --line: #495057; --chip: #2c3136; --accent: #4dabf7; --accent-fg: #0b1a2a;
  --sure: #69db7c; --doubt: #ffa94d; --doubt-bg: #3d2a12; --error: #ff8787; --focus: #74c0fc; }
.card.waiting { visibility: hidden; }
.card:focus { outline: none; }
.card :focus-visible { outline: 2px solid var(--focus); outline-offset: 2px; }
header { display: flex; align-items: center; gap: 6px; margin-bottom: 6px; color: var(--muted); font-size: 12px; font-weight: 600; }
header .name { flex: 1; }
button { font: inherit; color: inherit; cursor: pointer; }
.close { border: 0; background: none; font-size: 18px; line-height: 1; padding: 2px 6px; border-radius: 6px; color: var(--muted); }
.close:hover { background: var(--chip); }
.reading { color: var(--muted); font-size: 15px; padding: 6px 0; }
.number { font: 600 30px/1.2 ui-monospace, "DejaVu Sans Mono", monospace; display: flex; gap: 2px; flex-wrap: wrap; }
.digit { font: inherit; border: 0; background: none; border-radius: 4px; padding: 0 3px; border-bottom: 3px solid transparent; }
.digit.doubtful { border-bottom-color: var(--doubt); background: var(--doubt-bg); }
.digit:hover { background: var(--chip); }
.digit[aria-expanded="true"] { border-bottom-color: var(--accent); }
.conf { font-size: 12px; color: var(--doubt); margin-top: 4px; }
.alts { display: flex; gap: 6px; margin-top: 8px; flex-wrap: wrap; }
.alts button { border: 1px solid var(--line); background: var(--chip); border-radius: 999px; padding: 3px 12px; }
.actions { display: flex; gap: 8px; margin-top: 10px; align-items: center; flex-wrap: wrap; }
.actions button { border: 1px solid var(--line); background: var(--chip); border-radius: 6px; padding: 5px 12px; max-width: 220px;
  overflow: hidden; text-overflow: ellipsis; white-space: nowrap; }
.actions button.primary { background: var(--accent); border-color: var(--accent); color: var(--accent-fg); }
.actions button:disabled { opacity: 0.6; cursor: default; }
.written { color: var(--muted); font-size: 12px; margin-top: 2px; }
.others { display: flex; gap: 6px; margin-top: 8px; flex-wrap: wrap; align-items: center; }
.others .label { color: var(--muted); font-size: 12px; }
.others button { border: 1px solid var(--line); background: var(--chip); border-radius: 999px; padding: 2px 10px; font-variant-numeric: tabular-nums; }
.error { color: var(--error); font-size: 14px; }
.note { color: var(--muted); font-size: 12px; margin-top: 6px; }
.status { color: var(--sure); font-size: 12px; margin-left: auto; }
`;

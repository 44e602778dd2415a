import { useState } from 'preact/hooks';
import type { StoredReading } from '../../messages';

const pct = (v: number) => `${Math.round(v * 100)}%`;

export function LastReading({ reading }: { reading: StoredReading | null }) {
  const [copied, setCopied] = useState(false);
  if (!reading) return <p class="none">Nothing read yet. Select a region, right-click an image, or paste one here.</p>;
  const copy = async () => {
    if (!reading.number) return;
    await navigator.clipboard.writeText(reading.number);
    setCopied(true);
  };
  return (
    <section>
      <h2>Last reading</h2>
      <div class="row">
        <span class={reading.number ? 'number' : 'number none'} data-testid="number">
          {reading.number ?? 'no digits'}
        </span>
        <button type="button" class="primary" data-testid="copy" onClick={copy} disabled={!reading.number}>
          {copied ? 'Copied' : 'Copy'}
        </button>
      </div>
      <div class="digits" data-testid="confidences">
        {reading.digits.map((d) => (
          <span class={d.doubtful ? 'digit doubtful' : 'digit'} title={d.alternatives.map((a) => `${a.digit}: ${pct(a.confidence)}`).join(', ')}>
            {d.digit} · {pct(d.confidence)}
          </span>
        ))}
      </div>
      {reading.notes.map((n) => (
        <div class="note">{n}</div>
      ))}
      {reading.image && reading.width > 0 && <Annotated reading={reading} />}
    </section>
  );
}

/** The pixels that were read, with each digit's box and value drawn over them. */
function Annotated({ reading }: { reading: StoredReading }) {
  const { width, height } = reading;
  // As wide as the popup allows, but never taller than 160 px.
  const shown = Math.min(330, (160 * width) / height);
  return (
    <div class="annotated" data-testid="annotated" style={{ width: `${shown}px` }}>
      <img src={reading.image} alt="What was read" />
      <svg viewBox={`0 0 ${width} ${height}`} preserveAspectRatio="none" role="img">
        <title>{`Read as ${reading.number ?? 'nothing'}: each digit boxed`}</title>
        {reading.digits.map((d) => (
          <g>
            <rect x={d.box[0]} y={d.box[1]} width={d.box[2]} height={d.box[3]} fill="none" stroke={d.doubtful ? '#e67700' : '#2b8a3e'} stroke-width={Math.max(1, height / 60)} />
            <text x={d.box[0]} y={Math.max(d.box[1] - 2, height / 8)} fill="#c92a2a" font-size={Math.max(10, d.box[3] / 2)} font-weight="bold">
              {d.digit}
            </text>
          </g>
        ))}
      </svg>
    </div>
  );
}

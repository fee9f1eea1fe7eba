/** Horizontal bar chart as SVG (attributes, not inline styles: the CSP allows it). */
export function Bars({ data, label }: { data: { key: string; n: number; label?: string }[]; label: string }) {
  const max = Math.max(1, ...data.map((d) => d.n));
  const rowH = 22;
  return (
    <figure className="mb-3">
      <figcaption className="mb-1 text-sm font-semibold">{label}</figcaption>
      <svg
        role="img"
        aria-label={label}
        viewBox={`0 0 400 ${Math.max(rowH, data.length * rowH)}`}
        className="w-full max-w-xl"
      >
        {data.map((d, i) => (
          <g key={d.key} transform={`translate(0 ${i * rowH})`}>
            <text x="0" y="15" fontSize="11" fill="#334155">
              {(d.label ?? d.key).slice(0, 28)}
            </text>
            <rect x="170" y="4" height="14" width={Math.max(2, (d.n / max) * 190)} fill="#0a4b8c" rx="2" />
            <text x={176 + (d.n / max) * 190} y="15" fontSize="11" fill="#0f172a">
              {d.n}
            </text>
          </g>
        ))}
      </svg>
    </figure>
  );
}

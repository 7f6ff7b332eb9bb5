interface BrandMarkProps {
  size?: number;
  /** Tile colour; the stroke stays white and the waypoint amber. */
  tone?: 'navy' | 'light';
}

/** The Northroute mark: a route drawn as an N ending on a waypoint. */
export function BrandMark({ size = 28, tone = 'navy' }: BrandMarkProps) {
  const tile = tone === 'navy' ? '#13294b' : 'rgba(255,255,255,0.12)';
  return (
    <svg width={size} height={size} viewBox="0 0 32 32" aria-hidden="true" focusable="false">
      <rect width="32" height="32" rx="6" fill={tile} />
      <path
        d="M9 23V9l14 14V9"
        fill="none"
        stroke="#ffffff"
        strokeWidth="2.6"
        strokeLinecap="round"
        strokeLinejoin="round"
      />
      <circle cx="23" cy="9" r="2.6" fill="#e0a526" />
    </svg>
  );
}

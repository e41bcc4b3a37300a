import { create } from 'qrcode';

const QUIET_ZONE = 4;

interface QrCodeProps {
  readonly text: string;
  /** Rendered size in CSS pixels. */
  readonly size: number;
  readonly label: string;
  /** M (15 % recoverable) suits paper; a screen is clean enough for L and a sparser code. */
  readonly errorCorrection?: 'L' | 'M';
}

/** A QR code as crisp SVG: one path of dark modules on a white square (also in dark mode). */
export function QrCode({ text, size, label, errorCorrection = 'M' }: QrCodeProps) {
  const { modules } = create(text, { errorCorrectionLevel: errorCorrection });
  const extent = modules.size + QUIET_ZONE * 2;
  let path = '';
  for (let row = 0; row < modules.size; row += 1) {
    for (let column = 0; column < modules.size; column += 1) {
      if (modules.get(row, column)) path += `M${column + QUIET_ZONE} ${row + QUIET_ZONE}h1v1h-1z`;
    }
  }
  return (
    <svg
      class="qr"
      role="img"
      aria-label={label}
      width={size}
      height={size}
      viewBox={`0 0 ${extent} ${extent}`}
      shape-rendering="crispEdges"
    >
      <rect width={extent} height={extent} fill="#fff" />
      <path d={path} fill="#000" />
    </svg>
  );
}

// Reads back a QR code the opener drew in the terminal (qrcode's small renderer: half-block
// characters in ANSI black and white), as a phone's camera would, with jsQR.
import jsQR from 'jsqr';

const ESC = String.fromCharCode(27);
const SGR_PART = new RegExp(`(${ESC}\\[\\d+m)`);
const SGR = new RegExp(`^${ESC}\\[(\\d+)m$`);

const BLOCKS: Record<string, [top: 'fg' | 'bg', bottom: 'fg' | 'bg']> = {
  ' ': ['bg', 'bg'],
  '▀': ['fg', 'bg'],
  '▄': ['bg', 'fg'],
  '█': ['fg', 'fg'],
};

/** Dark (true) and light module rows, two per line of text; the terminal's default is light. */
function modules(text: string): boolean[][] {
  const rows: boolean[][] = [];
  for (const line of text.split('\n')) {
    let fg = false;
    let bg = false;
    const top: boolean[] = [];
    const bottom: boolean[] = [];
    for (const part of line.split(SGR_PART)) {
      const sgr = SGR.exec(part);
      if (sgr) {
        const code = Number(sgr[1]);
        if (code === 0) fg = bg = false;
        else if (code === 30 || code === 37) fg = code === 30;
        else if (code === 40 || code === 47) bg = code === 40;
        continue;
      }
      for (const char of part) {
        const [upper, lower] = BLOCKS[char] ?? ['bg', 'bg'];
        top.push(upper === 'fg' ? fg : bg);
        bottom.push(lower === 'fg' ? fg : bg);
      }
    }
    if (top.length) rows.push(top, bottom);
  }
  return rows;
}

/** The text a terminal QR code holds, or null. */
export function readTerminalQr(text: string): string | null {
  const grid = modules(text);
  const scale = 4;
  const quiet = 4;
  const width = (Math.max(...grid.map((row) => row.length)) + quiet * 2) * scale;
  const height = (grid.length + quiet * 2) * scale;
  const pixels = new Uint8ClampedArray(width * height * 4).fill(255);
  grid.forEach((row, y) =>
    row.forEach((dark, x) => {
      if (!dark) return;
      for (let dy = 0; dy < scale; dy += 1)
        for (let dx = 0; dx < scale; dx += 1) {
          const at = (((y + quiet) * scale + dy) * width + (x + quiet) * scale + dx) * 4;
          pixels.fill(0, at, at + 3);
        }
    }),
  );
  return jsQR(pixels, width, height)?.data ?? null;
}

import { readFileSync } from 'node:fs';
import QRCode from 'qrcode';
import { beforeAll, describe, expect, it } from 'vitest';
import { configureQrDecoder, decodeQrCodes } from '../decode';

beforeAll(() => {
  const wasm = readFileSync('node_modules/zxing-wasm/dist/reader/zxing_reader.wasm');
  configureQrDecoder({ wasmBinary: wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength) });
});

describe('decodeQrCodes', () => {
  it('reads a setup QR from PNG bytes', async () => {
    const uri = 'otpauth://totp/Zaif:hanako?secret=KRSXG5CTMVRXEZLUKRSXG5CT&issuer=Zaif';
    const png = await QRCode.toBuffer(uri, { scale: 6 });
    expect(await decodeQrCodes(new Uint8Array(png))).toEqual([uri]);
  });

  it('reads a light-on-dark (inverted) code', async () => {
    const png = await QRCode.toBuffer('otpauth://totp/a?secret=JBSWY3DPEHPK3PXP', {
      scale: 6,
      color: { dark: '#ffffffff', light: '#000000ff' },
    });
    expect(await decodeQrCodes(new Uint8Array(png))).toEqual(['otpauth://totp/a?secret=JBSWY3DPEHPK3PXP']);
  });

  it('finds nothing in an image without a code', async () => {
    const blank = await QRCode.toBuffer('x', {
      scale: 1,
      margin: 40,
      color: { dark: '#ffffffff', light: '#ffffffff' },
    });
    expect(await decodeQrCodes(new Uint8Array(blank))).toEqual([]);
  });

  it.each([0, 90, 180, 30, 45])('reads a code turned %i° (without rotating the image)', async (degrees) => {
    const uri = 'otpauth://totp/bitFlyer:taro?secret=JBSWY3DPEHPK3PXPJBSWY3DP&issuer=bitFlyer';
    expect(await decodeQrCodes(turnedCode(uri, degrees, 4))).toEqual([uri]);
  });

  it.each([2, 3, 24, 48])('reads a code at %i pixels a module (without downscaling the image)', async (scale) => {
    const uri = 'otpauth://totp/bitFlyer:taro?secret=JBSWY3DPEHPK3PXPJBSWY3DP&issuer=bitFlyer';
    expect(await decodeQrCodes(turnedCode(uri, 0, scale))).toEqual([uri]);
  });
});

/** The code of `text` at `scale` pixels a module, turned `degrees` about its centre, on white. */
function turnedCode(text: string, degrees: number, scale: number): ImageData {
  const { modules } = QRCode.create(text, { errorCorrectionLevel: 'M' });
  const side = Math.ceil(modules.size * scale * 1.5) + 8 * scale;
  const data = new Uint8ClampedArray(side * side * 4).fill(255);
  const [cos, sin] = [Math.cos((degrees * Math.PI) / 180), Math.sin((degrees * Math.PI) / 180)];
  for (let y = 0; y < side; y += 1) {
    for (let x = 0; x < side; x += 1) {
      const [dx, dy] = [x - side / 2, y - side / 2];
      const column = Math.floor((cos * dx + sin * dy) / scale + modules.size / 2);
      const row = Math.floor((-sin * dx + cos * dy) / scale + modules.size / 2);
      const inside = column >= 0 && row >= 0 && column < modules.size && row < modules.size;
      if (inside && modules.get(row, column)) data.fill(0, (y * side + x) * 4, (y * side + x) * 4 + 3);
    }
  }
  // Node has no ImageData: the reader takes any object of its shape.
  return { data, width: side, height: side, colorSpace: 'srgb' };
}

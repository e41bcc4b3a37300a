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
});

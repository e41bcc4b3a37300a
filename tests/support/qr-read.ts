import jsQR from 'jsqr';
import type { TestPage } from './browsers';

/**
 * Reads the QR codes a page shows as SVG: each is drawn by the browser onto a canvas, and
 * its pixels are decoded here by jsQR (a decoder independent of the extension's).
 */
export async function readShownQrCodes(page: TestPage, selector: string): Promise<string[]> {
  const images = await page.evaluate(async (target) => {
    // Whole pixels per module, as a screen shows a QR code to a phone.
    const read = async (svg: SVGSVGElement) => {
      const size = svg.viewBox.baseVal.width * 4;
      const image = new Image();
      image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(new XMLSerializer().serializeToString(svg))}`;
      await image.decode();
      const canvas = document.createElement('canvas');
      canvas.width = canvas.height = size;
      const context = canvas.getContext('2d')!;
      context.drawImage(image, 0, 0, size, size);
      const rgba = context.getImageData(0, 0, size, size).data;
      // One grey byte per pixel, as base64: a big number array is slow to hand to the test.
      let grey = '';
      for (let index = 0; index < rgba.length; index += 4) grey += String.fromCharCode(rgba[index]!);
      return { grey: btoa(grey), size };
    };
    return Promise.all([...document.querySelectorAll<SVGSVGElement>(target)].map(read));
  }, selector);
  return images.map(({ grey, size }) => {
    const pixels = Buffer.from(grey, 'base64');
    const rgba = new Uint8ClampedArray(pixels.length * 4);
    pixels.forEach((value, index) =>
      rgba.fill(value, index * 4, index * 4 + 3).fill(255, index * 4 + 3, index * 4 + 4),
    );
    const code = jsQR(rgba, size, size, { inversionAttempts: 'dontInvert' });
    if (!code) throw new Error(`a QR code under ${selector} does not read`);
    return code.data;
  });
}

// Renders public/icon/omamori.svg to the PNG sizes the manifests use. Run by hand after
// changing the drawing: `node tests/support/render-icons.mjs`.
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const iconDir = fileURLToPath(new URL('../../public/icon/', import.meta.url));
const svg = await readFile(`${iconDir}omamori.svg`, 'utf8');
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium' });
try {
  for (const size of [16, 32, 48, 96, 128]) {
    const page = await browser.newPage({ viewport: { width: size, height: size } });
    await page.setContent(`<style>*{margin:0}svg{display:block;width:${size}px;height:${size}px}</style>${svg}`);
    await page.screenshot({ path: `${iconDir}${size}.png`, omitBackground: true });
    await page.close();
  }
} finally {
  await browser.close();
}

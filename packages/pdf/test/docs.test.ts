import { existsSync, mkdirSync, readFileSync, renameSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { toPdf } from '../src/index.js';
import { example, pdfFile, run } from './helpers.js';

const PNG = fileURLToPath(new URL('../docs/example.png', import.meta.url));

describe('docs/example.png', () => {
  // The picture in the README is the client's example as this package renders it; UPDATE=1
  // re-renders it (pdftoppm at 80 dpi) after a design change, to be reviewed like code.
  it('is the example article rendered at 80 dpi', async () => {
    if (process.env['UPDATE'] === '1' || !existsSync(PNG)) {
      const path = pdfFile((await toPdf(example())).bytes);
      mkdirSync(fileURLToPath(new URL('../docs/', import.meta.url)), { recursive: true });
      const stem = path.replace(/\.pdf$/, '');
      run('pdftoppm', ['-png', '-r', '80', '-singlefile', path, stem]);
      renameSync(`${stem}.png`, PNG);
    }
    const png = readFileSync(PNG);
    expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
    // A4 at 80 dpi is 661.4 × 935.4 pixels; poppler versions round differently.
    expect(Math.abs(png.readUInt32BE(16) - 661.4)).toBeLessThan(2);
    expect(Math.abs(png.readUInt32BE(20) - 935.4)).toBeLessThan(2);
  });
});

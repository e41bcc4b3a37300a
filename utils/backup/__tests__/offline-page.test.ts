import { describe, expect, it } from 'vitest';
import { OFFLINE_PAGE_FILENAME, withOfflinePage } from '../offline-page';

function harness(pageText = '<!doctype html>v1') {
  const saved: { filename: string; text: string }[] = [];
  let page = pageText;
  let written: string | null = null;
  let failSave = false;
  const save = withOfflinePage(
    async (filename, text) => {
      saved.push({ filename, text });
      return saved.length;
    },
    {
      page: async () => page,
      save: async (filename, text) => {
        if (failSave) throw new Error('downloads refused');
        saved.push({ filename, text });
        return saved.length;
      },
      written: { getValue: async () => written, setValue: async (value) => void (written = value) },
    },
  );
  return {
    save,
    saved,
    update: (next: string) => void (page = next),
    failSaves: (on: boolean) => void (failSave = on),
  };
}

const names = (saved: readonly { filename: string }[]) => saved.map((file) => file.filename);

describe('the offline page beside the backups', () => {
  it('lands once, after the first backup, under Omamori/', async () => {
    const { save, saved } = harness();
    expect(await save('Omamori/omamori-backup-1.json', '{}')).toBe(1);
    expect(await save('Omamori/omamori-backup-2.json', '{}')).toBe(3);
    expect(names(saved)).toEqual([
      'Omamori/omamori-backup-1.json',
      OFFLINE_PAGE_FILENAME,
      'Omamori/omamori-backup-2.json',
    ]);
    expect(saved[1]!.text).toBe('<!doctype html>v1');
  });

  it('is written once for two backups at the same moment', async () => {
    const { save, saved } = harness();
    await Promise.all([save('Omamori/a.json', '{}'), save('Omamori/b.json', '{}')]);
    expect(names(saved).filter((name) => name === OFFLINE_PAGE_FILENAME)).toHaveLength(1);
  });

  it('is written again when an update changes it', async () => {
    const { save, saved, update } = harness();
    await save('Omamori/a.json', '{}');
    update('<!doctype html>v2');
    await save('Omamori/b.json', '{}');
    await save('Omamori/c.json', '{}');
    expect(saved.filter((file) => file.filename === OFFLINE_PAGE_FILENAME).map((file) => file.text)).toEqual([
      '<!doctype html>v1',
      '<!doctype html>v2',
    ]);
  });

  it('never fails the backup, and is tried again with the next one', async () => {
    const { save, saved, failSaves } = harness();
    failSaves(true);
    expect(await save('Omamori/a.json', '{}')).toBe(1);
    failSaves(false);
    await save('Omamori/b.json', '{}');
    expect(names(saved)).toEqual(['Omamori/a.json', 'Omamori/b.json', OFFLINE_PAGE_FILENAME]);
  });
});

import { t } from '@/utils/i18n';
import type { RecoveryGuide, RecoveryItem } from '@/utils/sites/recovery';
import { Field } from './Field';
import { KIT_ITEM_LABELS, SUPPORT_HOURS } from './recovery-kit';

interface RecoveryKitProps {
  site: string;
  guide: RecoveryGuide;
  kit: Readonly<Record<string, string>>;
  onChange: (kit: Record<string, string>) => void;
}

/** The facts an exchange asks before resetting 2FA, written down now (shown for the vault password only). */
export function RecoveryKit({ site, guide, kit, onChange }: RecoveryKitProps) {
  return (
    <fieldset class="stack kit" id="recovery-kit">
      <legend class="field__label">{t('kitTitle', site)}</legend>
      <p class="hint">{t('kitHint', site)}</p>
      {guide.offersMasterKey && <p class="form-ok">{t('kitMasterKeyHint', site)}</p>}
      {guide.items.map((item) => (
        <Field key={item} label={t(KIT_ITEM_LABELS[item])}>
          <input
            class="input"
            data-kit-item={item}
            value={kit[item] ?? ''}
            onInput={(event) => onChange({ ...kit, [item]: event.currentTarget.value })}
          />
        </Field>
      ))}
    </fieldset>
  );
}

/** "Lost access?": where to ask, how they answer, what to have ready. */
export function LostAccess({ site, guide }: { site: string; guide: RecoveryGuide }) {
  return (
    <section class="stack lost-access" data-testid="lost-access" aria-label={t('lostAccessTitle')}>
      <h3 class="subsection__title">{t('lostAccessTitle')}</h3>
      <p>
        <a href={guide.supportUrl} target="_blank" rel="noopener noreferrer">
          {t('lostAccessSupport', site)}
        </a>{' '}
        {t(SUPPORT_HOURS[guide.hours])}
      </p>
      <p class="hint">
        {t('lostAccessPrepare')} {guide.items.map((item: RecoveryItem) => t(KIT_ITEM_LABELS[item])).join(' · ')}
      </p>
    </section>
  );
}

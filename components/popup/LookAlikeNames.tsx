import { toUnicode } from 'punycode/';
import { t } from '@/utils/i18n';
import { markDifferences, type Segment } from '@/utils/sites/resemblance-diff';

/**
 * The page's name over the real site's, letter under letter, the letters that differ
 * marked, in a face where 1, l and I differ; and the page's address as the browser sends
 * it when that is not what is shown (an IDN). Below the red line, which stays one sentence.
 */
export function LookAlikeNames({ host, real }: { host: string; real: string }) {
  const shownHost = unicodeHost(host);
  const marks = markDifferences(shownHost, real);
  return (
    <div class="look-alike-names" data-testid="look-alike-names">
      <dl>
        <dt>{t('lookAlikeThisPage')}</dt>
        <dd class="look-alike-names__name" data-testid="look-alike-host">
          <Marked segments={marks.shown} />
        </dd>
        <dt>{t('lookAlikeRealSite')}</dt>
        <dd class="look-alike-names__name" data-testid="look-alike-real">
          <Marked segments={marks.real} />
        </dd>
      </dl>
      {shownHost !== host && (
        <p class="look-alike-names__punycode" data-testid="look-alike-punycode">
          {t('lookAlikePunycode', host)}
        </p>
      )}
      <p class="look-alike-names__hint">{t('lookAlikeMarked')}</p>
    </div>
  );
}

function Marked({ segments }: { segments: readonly Segment[] }) {
  return <>{segments.map(({ text, differs }, at) => (differs ? <mark key={at}>{text}</mark> : text))}</>;
}

/** The host's Unicode form, as a person would read it; the ASCII form if it does not decode. */
function unicodeHost(host: string): string {
  try {
    return toUnicode(host);
  } catch {
    return host;
  }
}

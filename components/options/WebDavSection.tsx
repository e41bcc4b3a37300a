import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { checkWebDavUrl, webDavHostPermission, type WebDavConfig, type WebDavFailure } from '@/utils/backup/webdav';
import type { WebDavBackup } from '@/utils/backup/webdav-destination';
import { t, uiLanguage } from '@/utils/i18n';
import { sendMessage, type BackupFileFailure, type Internal } from '@/utils/messaging/protocol';
import { failureMessage } from '../failures';
import { Field, PasswordField } from '../Field';
import { FormMessage, useFormOutcome } from '../FormOutcome';
import { isWebDavFailure, WEBDAV_FAILURES } from './webdav-failures';
import { connectedText } from './webdav-messages';
import { unboundSentence } from './restore-unbound';

type Settings = { url: string; user: string } | null | 'no-vault';

const failureText = (reason: WebDavFailure | BackupFileFailure | Internal) =>
  isWebDavFailure(reason) ? t(WEBDAV_FAILURES[reason]) : failureMessage(reason);

/**
 * Asked at the moment the person sets the server up: exactly that host, nothing at install.
 * An address Omamori would refuse anyway (http://, not a URL) says why, before any permission.
 */
async function mayReach(url: string): Promise<string | null> {
  const checked = checkWebDavUrl(url);
  if (!checked.ok) return failureText(checked.reason);
  const pattern = webDavHostPermission(url);
  return pattern.ok && (await browser.permissions.request({ origins: [pattern.value] }))
    ? null
    : t('webdavPermissionDenied');
}

/** The person's WebDAV storage: set it up, see its backups, restore from one (also on a new browser). */
export function WebDavSection({ onChanged }: { onChanged: () => void }) {
  const [settings, setSettings] = useState<Settings | undefined>(undefined);
  const [connection, setConnection] = useState<WebDavConfig>({ url: '', user: '', password: '' });
  const { outcome, fail, succeed, clear } = useFormOutcome();
  // A connect can take a slow server's 30 s: it shows, and cannot be sent a second time.
  const [connecting, setConnecting] = useState(false);
  const load = () =>
    void sendMessage('webdavSettings').then((result) => setSettings(result.ok ? result.value : 'no-vault'));
  useEffect(load, []);

  async function connect(event: Event) {
    event.preventDefault();
    if (connecting) return;
    clear();
    setConnecting(true);
    try {
      const refused = await mayReach(connection.url);
      if (refused) return fail(refused);
      const result = await sendMessage('connectWebdav', connection);
      if (!result.ok) return fail(failureText(result.reason));
      const said = connectedText(result.value);
      if (said.ok) succeed(said.message);
      else fail(said.message);
      setConnection({ url: '', user: '', password: '' });
      load();
      onChanged();
    } finally {
      setConnecting(false);
    }
  }

  if (settings === undefined) return null;
  return (
    <section class="stack webdav" aria-labelledby="webdav-title">
      <h3 id="webdav-title" class="subsection__title">
        {t('webdavTitle')}
      </h3>
      <p class="hint">{t('webdavHint')}</p>
      {settings !== null && settings !== 'no-vault' ? (
        <>
          <p id="webdav-connected">{t('webdavConnected', [settings.url, settings.user])}</p>
          <FormMessage outcome={outcome} />
          <button
            type="button"
            class="button button--small"
            id="webdav-disconnect"
            onClick={async () => {
              await sendMessage('disconnectWebdav');
              load();
              onChanged();
            }}
          >
            {t('webdavDisconnect')}
          </button>
          <WebDavBackups onRestored={onChanged} />
        </>
      ) : (
        <form class="stack" id="webdav-form" onSubmit={connect}>
          <ConnectionFields connection={connection} onChange={setConnection} />
          <FormMessage outcome={outcome} />
          {settings === null ? (
            <>
              <button
                type="submit"
                class="button"
                id="webdav-connect"
                aria-busy={connecting}
                disabled={connecting || !connection.url || !connection.user || !connection.password}
              >
                {t('webdavConnect')}
              </button>
              {connecting && (
                <p class="hint" role="status" id="webdav-connecting">
                  {t('webdavConnecting')}
                </p>
              )}
            </>
          ) : (
            <WebDavBackups connection={connection} onRestored={onChanged} />
          )}
        </form>
      )}
    </section>
  );
}

function ConnectionFields({
  connection,
  onChange,
}: {
  connection: WebDavConfig;
  onChange: (connection: WebDavConfig) => void;
}) {
  return (
    <>
      <Field label={t('webdavUrl')}>
        <input
          id="webdav-url"
          class="input"
          type="url"
          inputMode="url"
          spellcheck={false}
          value={connection.url}
          onInput={(e) => onChange({ ...connection, url: e.currentTarget.value })}
        />
      </Field>
      <Field label={t('webdavUser')}>
        <input
          id="webdav-user"
          class="input"
          autocomplete="username"
          value={connection.user}
          onInput={(e) => onChange({ ...connection, user: e.currentTarget.value })}
        />
      </Field>
      <PasswordField
        id="webdav-password"
        label={t('webdavPassword')}
        value={connection.password}
        onValue={(password) => onChange({ ...connection, password })}
        purpose="current-password"
      />
    </>
  );
}

/** Omamori's backups there, newest first, each restorable or checkable with its password. */
function WebDavBackups({ connection, onRestored }: { connection?: WebDavConfig; onRestored: () => void }) {
  const [backups, setBackups] = useState<readonly WebDavBackup[] | null>(null);
  const [password, setPassword] = useState('');
  const { outcome, fail, succeed, clear } = useFormOutcome();
  const date = new Intl.DateTimeFormat(uiLanguage(), { dateStyle: 'medium', timeStyle: 'short' });

  async function list() {
    clear();
    const refused = connection ? await mayReach(connection.url) : null;
    if (refused) return fail(refused);
    const result = await sendMessage('webdavBackups', { connection });
    if (result.ok) setBackups(result.value);
    else fail(failureText(result.reason));
  }

  async function restore(filename: string) {
    const result = await sendMessage('restoreFromWebdav', { filename, password, connection });
    if (!result.ok) return fail(failureText(result.reason));
    const { added, duplicates, unbound } = result.value;
    succeed(t('restoreDone', [String(added), String(duplicates)]) + unboundSentence(unbound));
    onRestored();
  }

  async function check(filename: string) {
    const result = await sendMessage('checkWebdavBackup', { filename, password });
    if (!result.ok) return fail(failureText(result.reason));
    const { createdAt, count, same, older } = result.value;
    const opened = t('checkOpened', [date.format(createdAt), String(count), String(same)]);
    if (older) fail(`${opened} ${t('backupOlder')}`);
    else succeed(opened);
  }

  return (
    <div class="stack webdav-backups">
      <button type="button" class="button button--small" id="webdav-list" onClick={() => void list()}>
        {t('webdavList')}
      </button>
      {backups && backups.length === 0 && <p class="hint">{t('webdavNoBackups')}</p>}
      {backups && backups.length > 0 && (
        <>
          <p class="field__label">{t('webdavBackupsTitle')}</p>
          <PasswordField
            id="webdav-restore-password"
            label={t('webdavRestorePassword')}
            value={password}
            onValue={setPassword}
            purpose="current-password"
          />
          <ul class="webdav-backups__list">
            {backups.map((backup) => (
              <li
                key={backup.filename}
                class="row"
                data-testid="webdav-backup"
                data-filename={backup.filename}
                data-older={backup.sealed?.older === true}
              >
                <BackupDate backup={backup} format={date} />
                {!connection && (
                  <button
                    type="button"
                    class="button button--small"
                    disabled={!password}
                    onClick={() => void check(backup.filename)}
                  >
                    {t('webdavCheck')}
                  </button>
                )}
                <button
                  type="button"
                  class="button button--small button--primary"
                  data-testid="webdav-restore"
                  disabled={!password}
                  onClick={() => void restore(backup.filename)}
                >
                  {t('webdavRestore')}
                </button>
              </li>
            ))}
          </ul>
        </>
      )}
      <FormMessage outcome={outcome} />
    </div>
  );
}

/** When a backup was written: its sealed time where this vault's key opened it, else its name's, said as such. */
function BackupDate({ backup, format }: { backup: WebDavBackup; format: Intl.DateTimeFormat }) {
  if (backup.sealed === undefined)
    return (
      <span>
        {format.format(backup.at)} <span class="hint">{t('webdavNameDate')}</span>
      </span>
    );
  if (backup.sealed === null)
    return (
      <span>
        {format.format(backup.at)} <span class="hint">{t('webdavOtherKey')}</span>
      </span>
    );
  return (
    <span>
      {format.format(backup.sealed.createdAt)}
      {backup.sealed.older && <span class="form-error"> ({t('webdavOlderTag')})</span>}
    </span>
  );
}

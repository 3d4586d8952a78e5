import { useEffect, useId, useState, type FormEvent } from 'react';
import { CheckCircle2, RefreshCw, TriangleAlert } from 'lucide-react';
import type { ConnectionCheck } from '../../../../shared/ipc/contract-sharing';
import { useApi } from '../../api/ApiContext';
import { Field } from '../../components/Field';
import { useActions, useCairn } from '../../store/StoreContext';
import { CONNECTION_HEADLINE } from './connection-answer';
import { overallSyncText } from './sync-text';
import './sync.css';

type Note = { tone: 'ok' | 'error'; text: string } | null;

/**
 * Settings ▸ Sync: the firm's CouchDB server, the consultant's user name and password
 * (stored encrypted by main; this panel never receives it back, only whether one is
 * stored), the on/off switch and "Test connection".
 */
export function SyncSettingsPanel() {
  const api = useApi();
  const settings = useCairn((state) => state.sync.settings);
  const status = useCairn((state) => state.sync.status);
  const checkedAt = useCairn((state) => state.sync.checkedAt);
  const { setSyncSettingsView, setSyncStatus, requestSyncRefresh } = useActions();
  const [serverUrl, setServerUrl] = useState(settings?.serverUrl ?? '');
  const [username, setUsername] = useState(settings?.username ?? '');
  const [password, setPassword] = useState('');
  const [enabled, setEnabled] = useState(settings?.enabled ?? false);
  const [check, setCheck] = useState<ConnectionCheck | null>(null);
  const [busy, setBusy] = useState<'test' | 'save' | 'sync' | null>(null);
  const [note, setNote] = useState<Note>(null);
  const [loaded, setLoaded] = useState(settings !== null);
  const switchHintId = useId();

  // The watch reads the settings when the workspace opens; read them here too in case it has not yet.
  useEffect(() => {
    if (loaded) return;
    let cancelled = false;
    void api.getSyncSettings({}).then((result) => {
      if (cancelled || !result.ok) return;
      setSyncSettingsView(result.value);
      setServerUrl(result.value.serverUrl);
      setUsername(result.value.username);
      setEnabled(result.value.enabled);
      setLoaded(true);
    });
    return () => {
      cancelled = true;
    };
  }, [api, loaded, setSyncSettingsView]);

  const typedPassword = password === '' ? null : password;

  const test = async () => {
    setBusy('test');
    setCheck(null);
    const result = await api.testSyncConnection({ serverUrl, username, password: typedPassword });
    setBusy(null);
    setCheck(result.ok ? result.value : { kind: 'unreachable', message: result.error.message, server: null });
  };

  const save = async (event: FormEvent, passwordChange: string | null = typedPassword) => {
    event.preventDefault();
    setBusy('save');
    setNote(null);
    const result = await api.setSyncSettings({ serverUrl, username, password: passwordChange, enabled });
    setBusy(null);
    if (!result.ok) return setNote({ tone: 'error', text: result.error.message });
    setSyncSettingsView(result.value);
    setPassword('');
    requestSyncRefresh();
    setNote({ tone: 'ok', text: result.value.enabled ? 'Saved. Sync is on.' : 'Saved. Sync is off; nothing leaves this computer.' });
  };

  const syncNow = async () => {
    setBusy('sync');
    setNote(null);
    const result = await api.syncNow({});
    setBusy(null);
    if (!result.ok) return setNote({ tone: 'error', text: result.error.message });
    setSyncStatus(result.value, new Date().toISOString());
  };

  const hasPassword = settings?.hasPassword === true;
  const canStore = settings?.canStorePassword !== false;
  const passwordHint = !canStore
    ? 'This computer offers no safe place for passwords: it is kept only until Cairn closes.'
    : hasPassword
      ? 'A password is stored, encrypted by your operating system. Type a new one to replace it.'
      : 'Stored encrypted by your operating system, never in plain text.';

  return (
    <form className="form sync-settings" onSubmit={(event) => void save(event)} noValidate>
      <Field label="Server URL" hint="For example https://couch.example.com. HTTPS is required, except for a server on this computer.">
        {({ id, describedBy }) => (
          <input id={id} className="input input--mono" type="url" inputMode="url" spellCheck={false} autoComplete="off" placeholder="https://" aria-describedby={describedBy} value={serverUrl} onChange={(event) => setServerUrl(event.target.value)} />
        )}
      </Field>
      <Field label="User name">
        {({ id }) => <input id={id} className="input" autoComplete="off" spellCheck={false} value={username} onChange={(event) => setUsername(event.target.value)} />}
      </Field>
      <Field label="Password" hint={passwordHint}>
        {({ id, describedBy }) => (
          <input
            id={id}
            className="input"
            type="password"
            autoComplete="off"
            aria-describedby={describedBy}
            value={password}
            onChange={(event) => setPassword(event.target.value)}
          />
        )}
      </Field>
      {hasPassword ? (
        <button type="button" className="link-btn sync-settings__forget" disabled={busy !== null} onClick={(event) => void save(event, '')}>
          Forget the stored password
        </button>
      ) : null}
      <div className="sync-settings__switch">
        <label className="check">
          <input type="checkbox" role="switch" aria-describedby={switchHintId} checked={enabled} onChange={(event) => setEnabled(event.target.checked)} />
          {"Sync with the firm's server"}
        </label>
        <p id={switchHintId} className="field__hint">
          Nothing leaves this computer until you turn sync on and share a client.
        </p>
      </div>
      <div className="button-row">
        <button type="button" className="btn" disabled={busy !== null} onClick={() => void test()}>
          {busy === 'test' ? <RefreshCw size={14} aria-hidden="true" className="sync-spin" /> : null}
          Test connection
        </button>
        <button type="submit" className="btn btn--primary" disabled={busy !== null}>
          Save
        </button>
        {note ? (
          <span className={note.tone === 'ok' ? 'muted' : 'field__error'} role={note.tone === 'ok' ? 'status' : 'alert'}>
            {note.text}
          </span>
        ) : null}
      </div>
      {busy === 'test' ? (
        <p className="muted" role="status">
          Trying the server…
        </p>
      ) : null}
      {check ? <ConnectionAnswer check={check} /> : null}
      {settings?.enabled && status && checkedAt ? (
        <div className="sync-settings__now">
          <p>
            <span className="field__label">Now</span> {overallSyncText(status, checkedAt)}
          </p>
          <button type="button" className="btn" disabled={busy !== null} onClick={() => void syncNow()}>
            <RefreshCw size={14} aria-hidden="true" className={busy === 'sync' ? 'sync-spin' : undefined} />
            Sync now
          </button>
        </div>
      ) : null}
    </form>
  );
}

function ConnectionAnswer({ check }: { check: ConnectionCheck }) {
  const good = check.kind === 'ok';
  const Icon = good ? CheckCircle2 : TriangleAlert;
  return (
    <div className={`sync-answer sync-answer--${good ? 'ok' : 'problem'}`} role={good ? 'status' : 'alert'}>
      <Icon size={16} aria-hidden="true" className="sync-answer__icon" />
      <div>
        <p className="sync-answer__title">
          {CONNECTION_HEADLINE[check.kind]}
          {good && check.server ? ` — ${check.server}` : ''}
        </p>
        <p className="sync-answer__message">{check.message}</p>
      </div>
    </div>
  );
}

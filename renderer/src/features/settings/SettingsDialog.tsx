import { useState, type FormEvent } from 'react';
import { BrandColourSchema, DEFAULT_PROFILE, type ConsultantProfile } from '../../../../shared/domain/preferences';
import { DELIVERABLE_LOCALES, type DeliverableLocale } from '../../../../shared/format/deliverable-locales';
import { formatDate, formatNumber, formatPercent } from '../../../../shared/format/format';
import { useApi } from '../../api/ApiContext';
import { useActions, useCairn } from '../../store/StoreContext';
import { Dialog } from '../../components/Dialog';
import { Field } from '../../components/Field';
import { CoverPreview } from './CoverPreview';
import { LogoPicker } from './LogoPicker';
import { BackupWorkspaceButton } from '../engagement-files/BackupWorkspaceButton';
import { RestoreBackupButton } from '../engagement-files/RestoreBackupButton';
import { Subnav } from '../../components/Subnav';
import { SyncSettingsPanel } from '../sync/SyncSettingsPanel';

const SETTINGS_SECTIONS = ['profile', 'sync'] as const;
type SettingsSection = (typeof SETTINGS_SECTIONS)[number];
const SECTION_LABELS: Record<SettingsSection, string> = { profile: 'Profile', sync: 'Sync' };
const SECTION_DESCRIPTIONS: Record<SettingsSection, string> = {
  profile: 'Your profile appears on the deliverables you hand to clients.',
  sync: 'Share engagements with your firm through its CouchDB 3 server. Everything keeps working offline; shared clients sync when the server is reachable.',
};

export function SettingsDialog() {
  const api = useApi();
  const preferences = useCairn((state) => state.preferences);
  const dataDir = useCairn((state) => state.dataDir);
  const { openDialog, setPreferences } = useActions();
  const [draft, setDraft] = useState<ConsultantProfile>(preferences?.profile ?? DEFAULT_PROFILE);
  const [hexText, setHexText] = useState(draft.brandColour);
  const [status, setStatus] = useState<{ tone: 'ok' | 'error'; text: string } | null>(null);
  const [section, setSection] = useState<SettingsSection>('profile');
  const tabId = (candidate: SettingsSection) => `settings-tab-${candidate}`;
  const hexValid = BrandColourSchema.safeParse(hexText).success;
  const close = () => openDialog(null);

  const setColour = (value: string) => {
    setHexText(value);
    if (BrandColourSchema.safeParse(value).success) setDraft((current) => ({ ...current, brandColour: value.toLowerCase() }));
  };

  const save = async (event: FormEvent) => {
    event.preventDefault();
    if (!hexValid) return;
    const result = await api.setProfile(draft);
    if (!result.ok) return setStatus({ tone: 'error', text: result.error.message });
    setPreferences(result.value);
    setStatus({ tone: 'ok', text: 'Profile saved.' });
  };

  const text = (key: 'name' | 'firm' | 'email') => ({
    value: draft[key],
    onChange: (event: { target: { value: string } }) => setDraft((current) => ({ ...current, [key]: event.target.value })),
  });

  return (
    <Dialog title="Settings" description={SECTION_DESCRIPTIONS[section]} onClose={close} size="large">
      <Subnav views={SETTINGS_SECTIONS} labels={SECTION_LABELS} view={section} onChange={setSection} label="Settings sections" tabId={tabId} panelId="settings-panel" />
      <div id="settings-panel" role="tabpanel" aria-labelledby={tabId(section)}>
        {section === 'sync' ? (
          <SyncSettingsPanel />
        ) : (
          <div className="settings">
            <form className="form" onSubmit={(event) => void save(event)} noValidate>
              <Field label="Your name">{({ id }) => <input id={id} className="input" autoComplete="name" {...text('name')} />}</Field>
              <Field label="Firm">{({ id }) => <input id={id} className="input" autoComplete="organization" {...text('firm')} />}</Field>
              <Field label="Email">{({ id }) => <input id={id} type="email" className="input" autoComplete="email" {...text('email')} />}</Field>
              <Field label="Numbers and dates" hint={`Used in the app and in deliverables. For example ${formatNumber(42000.5, draft.locale)} · ${formatPercent(0.235, draft.locale, 1)} · ${formatDate('2026-03-15', draft.locale)}`}>
                {({ id, describedBy }) => (
                  <select
                    id={id}
                    className="select"
                    aria-describedby={describedBy}
                    value={draft.locale}
                    onChange={(event) => setDraft((current) => ({ ...current, locale: event.target.value as DeliverableLocale }))}
                  >
                    {DELIVERABLE_LOCALES.map((locale) => (
                      <option key={locale.tag} value={locale.tag}>
                        {locale.label} ({formatNumber(1234.5, locale.tag)})
                      </option>
                    ))}
                  </select>
                )}
              </Field>
              <Field label="Brand colour (hex)" error={hexValid ? null : 'Use a colour like #1f6f5c.'}>
                {({ id, describedBy, invalid }) => (
                  <div className="colour-field">
                    <input type="color" className="colour-field__swatch" aria-label="Brand colour" value={draft.brandColour} onChange={(event) => setColour(event.target.value)} />
                    <input id={id} className="input input--mono" aria-invalid={invalid} aria-describedby={describedBy} value={hexText} onChange={(event) => setColour(event.target.value.trim())} />
                  </div>
                )}
              </Field>
              <LogoPicker />
              <div className="button-row">
                <button type="submit" className="btn btn--primary" disabled={!hexValid}>
                  Save profile
                </button>
                {status ? (
                  <span className={status.tone === 'ok' ? 'muted' : 'field__error'} role={status.tone === 'ok' ? 'status' : 'alert'}>
                    {status.text}
                  </span>
                ) : null}
              </div>
            </form>
            <div className="settings__aside">
              <CoverPreview profile={draft} logoDataUrl={preferences?.logoDataUrl ?? null} colour={draft.brandColour} />
              <div className="field">
                <span className="field__label">Data folder</span>
                <code className="path" aria-label="Data folder">{dataDir || 'Unknown'}</code>
                <p className="field__hint">One file per client, saved as you work. Back up this folder to keep everything safe.</p>
              </div>
              <BackupWorkspaceButton />
              <RestoreBackupButton />
            </div>
          </div>
        )}
      </div>
      <div className="dialog__footer dialog__footer--inline">
        <button type="button" className="btn" onClick={close}>
          Close
        </button>
      </div>
    </Dialog>
  );
}

import { useState } from 'react';
import { ArrowRight, FolderPlus, Sparkles } from 'lucide-react';
import { useApi } from '../../api/ApiContext';
import { useActions, useCairn } from '../../store/StoreContext';
import { CairnMark } from '../../components/CairnMark';

/** First launch: a working demo to look around in, or a clean start. */
export function WelcomeScreen() {
  const api = useApi();
  const preferences = useCairn((state) => state.preferences);
  const { addDemoClient, selectClient, setPreferences } = useActions();
  const [busy, setBusy] = useState(false);
  const [demoError, setDemoError] = useState<string | null>(null);

  const finish = async () => {
    setBusy(true);
    const result = await api.completeFirstRun({});
    // Even if the preference could not be written, let the consultant in; the welcome returns next time.
    if (result.ok) setPreferences(result.value);
    else if (preferences) setPreferences({ ...preferences, firstRunDone: true });
  };

  // The demo builder is a separate chunk, fetched when the consultant asks for the demo.
  const exploreDemo = async () => {
    setBusy(true);
    setDemoError(null);
    try {
      selectClient(await addDemoClient());
    } catch (error) {
      setBusy(false);
      setDemoError(`The demo client could not be loaded (${error instanceof Error ? error.message : String(error)}). Start with an empty workspace, or restart Cairn and try again.`);
      return;
    }
    await finish();
  };

  return (
    <main className="welcome">
      <div className="welcome__card">
        <CairnMark size={40} />
        <h1 className="welcome__title">Welcome to Cairn</h1>
        <p className="welcome__lead">
          Your workbench for guiding organizations through social business transformation: who is who, how mature they are, and the roadmap
          that gets them further. Everything stays on this computer.
        </p>
        <div className="welcome__choices">
          <button
            type="button"
            className="choice"
            disabled={busy}
            onClick={() => void exploreDemo()}
          >
            <Sparkles size={20} aria-hidden="true" className="choice__icon" />
            <span className="choice__text">
              <span className="choice__title">Explore the demo client</span>
              <span className="choice__hint">A realistic organization with departments, a sponsor and champions. Delete it whenever you like.</span>
            </span>
            <ArrowRight size={16} aria-hidden="true" />
          </button>
          <button type="button" className="choice" disabled={busy} onClick={() => void finish()}>
            <FolderPlus size={20} aria-hidden="true" className="choice__icon" />
            <span className="choice__text">
              <span className="choice__title">Start with an empty workspace</span>
              <span className="choice__hint">Begin with your first real client.</span>
            </span>
            <ArrowRight size={16} aria-hidden="true" />
          </button>
        </div>
        {demoError ? (
          <p className="field__error" role="alert">
            {demoError}
          </p>
        ) : null}
      </div>
    </main>
  );
}

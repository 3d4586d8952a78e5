import { useRef, useState, type ChangeEvent } from 'react';
import { Copy, Download, Lock, Pencil, Trash2, Upload } from 'lucide-react';
import { BUILT_IN_FRAMEWORKS } from '../../../../shared/frameworks/builtin';
import { duplicateFramework } from '../../../../shared/frameworks/framework-edits';
import { useApi } from '../../api/ApiContext';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { Dialog } from '../../components/Dialog';
import { useActions, useCairn } from '../../store/StoreContext';
import { FrameworkEditor } from './FrameworkEditor';
import { FrameworkView } from './FrameworkView';
import { downloadFramework, importFramework, readText } from './framework-files';
import { Button } from '../../components/Button';
import './frameworks.css';
import './framework-evidence.css';

type Mode = 'view' | 'edit';

/** Built-in frameworks (read-only) and the consultant's own: view, duplicate, edit, import, export, delete. */
export function FrameworkLibraryDialog({ onClose }: { onClose: () => void }) {
  const api = useApi();
  const library = useCairn((state) => state.frameworkLibrary);
  const { saveLibraryFramework, deleteLibraryFramework } = useActions();
  const [selectedId, setSelectedId] = useState<string>(BUILT_IN_FRAMEWORKS[0]!.id);
  const [mode, setMode] = useState<Mode>('view');
  const [notice, setNotice] = useState<{ tone: 'error' | 'ok'; text: string } | null>(null);
  const [confirmDelete, setConfirmDelete] = useState(false);
  const fileInput = useRef<HTMLInputElement>(null);
  const all = [...BUILT_IN_FRAMEWORKS, ...library];
  const selected = all.find((framework) => framework.id === selectedId) ?? BUILT_IN_FRAMEWORKS[0]!;

  const choose = (id: string) => {
    setSelectedId(id);
    setMode('view');
  };
  const duplicate = async () => {
    const copy = duplicateFramework(selected, { newId: crypto.randomUUID(), name: `${selected.name} (copy)` });
    const error = await saveLibraryFramework(api, copy);
    if (error) return setNotice({ tone: 'error', text: error });
    setNotice({ tone: 'ok', text: `Duplicated as “${copy.name}”. Rename it and adapt it to your practice.` });
    setSelectedId(copy.id);
    setMode('edit');
  };
  const importFile = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (!file) return;
    const result = importFramework(file.name, await readText(file), library);
    if (!result.ok) return setNotice({ tone: 'error', text: result.message });
    const error = await saveLibraryFramework(api, result.framework);
    if (error) return setNotice({ tone: 'error', text: error });
    setNotice({ tone: 'ok', text: `Imported “${result.framework.name}”.` });
    choose(result.framework.id);
  };

  return (
    <Dialog title="Framework library" description="Built-in frameworks are read-only; duplicate one to make it your own, or import a framework file." onClose={onClose} size="large">
      <div className="library">
        <nav className="library__list" aria-label="Frameworks">
          <p className="library__heading">Built in</p>
          <ul>
            {BUILT_IN_FRAMEWORKS.map((framework) => (
              <li key={framework.id}>
                <button type="button" className="library__item" aria-current={framework.id === selected.id ? 'true' : undefined} onClick={() => choose(framework.id)}>
                  <Lock size={13} aria-hidden="true" />
                  <span>{framework.name}</span>
                </button>
              </li>
            ))}
          </ul>
          <p className="library__heading">Your frameworks</p>
          {library.length === 0 ? <p className="library__empty">None yet. Duplicate a built-in one or import a file.</p> : null}
          <ul>
            {library.map((framework) => (
              <li key={framework.id}>
                <button type="button" className="library__item" aria-current={framework.id === selected.id ? 'true' : undefined} onClick={() => choose(framework.id)}>
                  <span>{framework.name}</span>
                  <span className="library__version">v{framework.version}</span>
                </button>
              </li>
            ))}
          </ul>
          <label className="btn library__import">
            <Upload size={14} aria-hidden="true" />
            Import from JSON…
            <input ref={fileInput} type="file" accept=".json,application/json" className="visually-hidden" onChange={(event) => void importFile(event)} />
          </label>
        </nav>

        <section className="library__detail" aria-labelledby="library-detail-title">
          <div className="library__detail-head">
            <h3 id="library-detail-title" className="library__title">
              {selected.name}
              {selected.builtIn ? <span className="badge">Built in</span> : null}
            </h3>
            {mode === 'view' ? (
              <div className="button-row">
                <Button onClick={() => void duplicate()}>
                  <Copy size={14} aria-hidden="true" />
                  Duplicate
                </Button>
                <Button onClick={() => downloadFramework(selected)}>
                  <Download size={14} aria-hidden="true" />
                  Export
                </Button>
                {!selected.builtIn ? (
                  <>
                    <Button onClick={() => setMode('edit')}>
                      <Pencil size={14} aria-hidden="true" />
                      Edit
                    </Button>
                    <Button variant="ghost-danger" onClick={() => setConfirmDelete(true)}>
                      <Trash2 size={14} aria-hidden="true" />
                      Delete
                    </Button>
                  </>
                ) : null}
              </div>
            ) : null}
          </div>
          {notice ? (
            <div className={`notice${notice.tone === 'error' ? ' notice--danger' : ''}`} role={notice.tone === 'error' ? 'alert' : 'status'}>
              {notice.text}
            </div>
          ) : null}
          {mode === 'edit' && !selected.builtIn ? (
            <FrameworkEditor
              key={`${selected.id}:${selected.version}`}
              framework={selected}
              onCancel={() => setMode('view')}
              onSave={async (framework) => {
                const error = await saveLibraryFramework(api, framework);
                if (!error) {
                  setMode('view');
                  setNotice({ tone: 'ok', text: `Saved “${framework.name}” as version ${framework.version}.` });
                }
                return error;
              }}
            />
          ) : (
            <FrameworkView framework={selected} />
          )}
        </section>
      </div>
      {confirmDelete ? (
        <ConfirmDialog
          title={`Delete ${selected.name}?`}
          message="It leaves your library. Clients whose assessments used it keep their own copy."
          confirmLabel="Delete framework"
          tone="danger"
          onCancel={() => setConfirmDelete(false)}
          onConfirm={() => {
            setConfirmDelete(false);
            void deleteLibraryFramework(api, selected.id).then((error) => {
              if (error) setNotice({ tone: 'error', text: error });
              else {
                setNotice({ tone: 'ok', text: `Deleted “${selected.name}”.` });
                choose(BUILT_IN_FRAMEWORKS[0]!.id);
              }
            });
          }}
        />
      ) : null}
    </Dialog>
  );
}

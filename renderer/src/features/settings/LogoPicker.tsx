import { useId, useRef, useState } from 'react';
import { ImageUp, X } from 'lucide-react';
import { useApi } from '../../api/ApiContext';
import { useActions, useCairn } from '../../store/StoreContext';
import { readLogoFile } from './read-logo';

/** Upload or remove the logo; it is stored by the backend, not in the profile draft. */
export function LogoPicker() {
  const api = useApi();
  const logo = useCairn((state) => state.preferences?.logoDataUrl ?? null);
  const { setPreferences } = useActions();
  const [error, setError] = useState<string | null>(null);
  const inputRef = useRef<HTMLInputElement>(null);
  const inputId = useId();

  const upload = async (file: File | undefined) => {
    if (!file) return;
    const read = await readLogoFile(file);
    if (!read.ok) return setError(read.message);
    const result = await api.setLogo({ dataUrl: read.dataUrl });
    if (!result.ok) return setError(result.error.message);
    setError(null);
    setPreferences(result.value);
  };

  const remove = async () => {
    const result = await api.clearLogo({});
    if (!result.ok) return setError(result.error.message);
    setError(null);
    setPreferences(result.value);
  };

  return (
    <div className="field">
      <span className="field__label">Logo</span>
      <div className="button-row">
        <label className="btn" htmlFor={inputId}>
          <ImageUp size={14} aria-hidden="true" />
          {logo ? 'Replace logo…' : 'Upload logo…'}
        </label>
        <input
          ref={inputRef}
          id={inputId}
          type="file"
          className="visually-hidden"
          accept="image/png,image/jpeg"
          aria-label="Logo"
          onChange={(event) => {
            void upload(event.target.files?.[0]);
            if (inputRef.current) inputRef.current.value = '';
          }}
        />
        {logo ? (
          <button type="button" className="btn btn--ghost" onClick={() => void remove()}>
            <X size={14} aria-hidden="true" />
            Remove logo
          </button>
        ) : null}
      </div>
      <p className="field__hint">PNG or JPEG, up to 1 MB.</p>
      {error ? (
        <p className="field__error" role="alert">
          {error}
        </p>
      ) : null}
    </div>
  );
}

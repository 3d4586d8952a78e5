import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import '@fontsource-variable/inter';
import './styles/index.css';
import { findCairnApi } from './api/cairn-api';
import { createCairnStore } from './store/cairn-store';
import { CairnApp } from './features/app-shell/CairnApp';

const container = document.getElementById('root');
if (!container) throw new Error('Cairn needs a #root element.');
const root = createRoot(container);
const api = findCairnApi();

if (api) {
  root.render(
    <StrictMode>
      <CairnApp api={api} store={createCairnStore()} />
    </StrictMode>,
  );
} else {
  root.render(
    <div className="splash" role="alert">
      <p className="splash__title">Cairn's backend isn't available.</p>
      <p className="muted">Start Cairn with “npm start”, or “npm run preview” to use it in a browser.</p>
    </div>,
  );
}

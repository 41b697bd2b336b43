import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { restoreLastRoute } from './app/router/useHashRoute';
import { applyDocumentLanguage, storedLanguage } from './features/settings/language';
import { initI18n } from './i18n';
import './styles.css';

const language = storedLanguage();
initI18n(language);
applyDocumentLanguage(language);
restoreLastRoute();
const root = document.getElementById('root');
if (!root) throw new Error('#root missing');
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);

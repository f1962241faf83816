import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { takeTokenFromUrl } from './api/client';
import { prefetchEgoMap } from './api/map-prefetch';
import { App } from './app/App';
import { preloadPage } from './app/routes';
import './styles.css';

takeTokenFromUrl();
preloadPage(location.pathname);
if (location.pathname === '/map') prefetchEgoMap(new URLSearchParams(location.search).get('asOf'));
const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}

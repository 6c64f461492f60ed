import { render } from 'preact';
import { App } from './app.js';
import './styles/index.css';
import { parseViewState } from './state/url-state.js';
import { requestRoutesEarly } from './views/route-request.js';

requestRoutesEarly(parseViewState(location.search));

const root = document.getElementById('app');
if (root) render(<App />, root);

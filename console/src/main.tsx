// The boards' bundled faces for the interface and for content in every script (fonts.ts), fetched lazily.
import './fonts.ts';
import './style.css';
import { render } from 'preact';
import { App } from './app.tsx';

const root = document.getElementById('app');
if (!root) throw new Error('#app is missing from index.html');
render(<App />, root);

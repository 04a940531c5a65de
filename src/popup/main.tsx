import { render } from 'preact';

render(<h1>Delist Assistant</h1>, document.getElementById('app') as HTMLElement);

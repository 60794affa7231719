import { walkAs } from '../helpers/walk';

// The newcomer's walk as the demo's head (tests/e2e/helpers/walk.ts says what is checked).
walkAs('head');

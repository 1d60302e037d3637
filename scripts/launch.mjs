// `npm start`: Electron on the built app, after checking the one Linux setup where it would abort.
// Importing 'electron' downloads its binary the first time (about 100 MB).
import { spawn } from 'node:child_process';
import { exitIfSandboxCannotStart } from './linux-sandbox.mjs';

const electronBinary = (await import('electron')).default;
exitIfSandboxCannotStart(electronBinary);
const app = spawn(electronBinary, ['.', ...process.argv.slice(2)], { stdio: 'inherit' });
app.on('exit', (code) => process.exit(code ?? 0));

import { execFileSync } from 'node:child_process';

/** The browser suite tests the built web app, exactly as `npm start` serves it. */
export default function setup(): void {
  execFileSync('npx', ['vite', 'build', '--logLevel', 'warn'], { stdio: 'inherit' });
}

/**
 * Packages Parley for Linux, macOS and Windows (`npm run dist` on a machine that can download Electron).
 * The fuses are flipped in the Electron binary itself, so a packaged Parley cannot be turned into a Node
 * runtime, debugged through --inspect or NODE_OPTIONS, or run with code other than its own signed asar.
 */
import type { Configuration } from 'electron-builder';

/** Packages the main bundle imports at run time (esbuild leaves them external); the rest is bundled by Vite. */
export const renderOnlyPackages = [
  '@monaco-editor/react',
  '@tanstack/react-query',
  '@tanstack/react-virtual',
  'jsonc-parser',
  'monaco-editor',
  'react',
  'react-dom',
];

const config: Configuration = {
  appId: 'dev.parley.desktop',
  productName: 'Parley',
  copyright: 'Parley contributors',
  directories: { output: 'release' },
  files: [
    'package.json',
    'dist/electron/**',
    'dist/renderer/**',
    '!**/*.map',
    ...renderOnlyPackages.map((name) => `!node_modules/${name}/**`),
  ],
  asar: true,
  electronFuses: {
    runAsNode: false,
    enableNodeOptionsEnvironmentVariable: false,
    enableNodeCliInspectArguments: false,
    grantFileProtocolExtraPrivileges: false,
    enableEmbeddedAsarIntegrityValidation: true,
    onlyLoadAppFromAsar: true,
    enableCookieEncryption: true,
  },
  // deb and rpm install chrome-sandbox setuid root, so the sandbox works where user namespaces are restricted
  // (Ubuntu 23.10+); an AppImage could not, and --no-sandbox is never shipped.
  linux: { target: ['deb', 'rpm'], category: 'Development', maintainer: 'Parley contributors' },
  mac: { target: ['dmg', 'zip'], category: 'public.app-category.developer-tools', hardenedRuntime: true },
  win: { target: ['nsis'] },
  nsis: { oneClick: false, perMachine: false },
};

export default config;

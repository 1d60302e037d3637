/** Every code target, by id. */
import type { CodeTarget, CodeTargetId } from '../program';
import { csharpTarget } from './csharp';
import { curlTarget } from './curl';
import { curlCmdTarget } from './curl-cmd';
import { goTarget } from './go';
import { httpieTarget } from './httpie';
import { jsFetchTarget } from './js-fetch';
import { nodeTarget } from './node';
import { phpCurlTarget } from './php-curl';
import { phpGuzzleTarget } from './php-guzzle';
import { powershellTarget } from './powershell';
import { pythonRequestsTarget } from './python-requests';

export const codeTargets: Readonly<Record<CodeTargetId, CodeTarget>> = {
  curl: curlTarget,
  'curl-cmd': curlCmdTarget,
  'php-curl': phpCurlTarget,
  'php-guzzle': phpGuzzleTarget,
  'python-requests': pythonRequestsTarget,
  'js-fetch': jsFetchTarget,
  node: nodeTarget,
  csharp: csharpTarget,
  go: goTarget,
  httpie: httpieTarget,
  powershell: powershellTarget,
};

/** The Code tab's language choice: labels, and the last choice kept across sessions. */
import { useCallback, useState } from 'react';
import { codeTargetIds, type CodeTargetId } from '../../../../shared/codegen/program';

export const targetLabels: Readonly<Record<CodeTargetId, string>> = {
  curl: 'cURL (bash)',
  'curl-cmd': 'cURL (Windows cmd)',
  'php-curl': 'PHP cURL',
  'php-guzzle': 'PHP Guzzle',
  'python-requests': 'Python requests',
  'js-fetch': 'JavaScript fetch',
  node: 'Node (fetch)',
  csharp: 'C# HttpClient',
  go: 'Go net/http',
  httpie: 'HTTPie',
  powershell: 'PowerShell',
};

const storageKey = 'parley.code.target';

function stored(): CodeTargetId {
  const value = window.localStorage.getItem(storageKey);
  return codeTargetIds.find((id) => id === value) ?? 'curl';
}

export function useRememberedTarget(): [CodeTargetId, (target: CodeTargetId) => void] {
  const [target, setTarget] = useState<CodeTargetId>(stored);
  const remember = useCallback((next: CodeTargetId) => {
    window.localStorage.setItem(storageKey, next);
    setTarget(next);
  }, []);
  return [target, remember];
}

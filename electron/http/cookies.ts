/** Set-Cookie headers → the inspector's Cookies tab. Values are shown as sent, not decoded. */
import type { Cookie } from '../../shared/http/response';
import type { HeaderList } from '../../shared/http/types';

export function parseSetCookie(line: string): Cookie | null {
  const [pair, ...attributeParts] = line.split(';');
  const equals = pair?.indexOf('=') ?? -1;
  if (!pair || equals <= 0) return null;
  const attributes: Record<string, string | true> = {};
  for (const part of attributeParts) {
    const trimmed = part.trim();
    if (!trimmed) continue;
    const at = trimmed.indexOf('=');
    if (at === -1) attributes[trimmed] = true;
    else attributes[trimmed.slice(0, at).trim()] = trimmed.slice(at + 1).trim();
  }
  return { name: pair.slice(0, equals).trim(), value: pair.slice(equals + 1).trim(), attributes };
}

export function cookiesFrom(headers: HeaderList): Cookie[] {
  return headers
    .filter(([name]) => name.toLowerCase() === 'set-cookie')
    .map(([, value]) => parseSetCookie(value))
    .filter((cookie): cookie is Cookie => cookie !== null);
}

/**
 * Files the user picked in main's open dialog, as opaque tokens. A request body names a file only by
 * such a token: the renderer cannot make main read a path it invented (an SSH key, /etc/shadow).
 * Tokens last until Parley closes; a saved request asks for its file again in a new session.
 */
import { randomUUID } from 'node:crypto';
import path from 'node:path';
import type { BodySpec } from '../../shared/http/types';

export const FILE_TOKEN_PREFIX = 'parley-file:';

export interface FileGrants {
  /** A token for a path the user picked (the file's name rides along, for display). */
  grant(filePath: string): string;
  /** The picked file's path, or null when the token is unknown (forged, or from another session). */
  resolve(token: string): string | null;
}

export function createFileGrants(): FileGrants {
  const granted = new Map<string, string>();
  return {
    grant(filePath) {
      const token = `${FILE_TOKEN_PREFIX}${randomUUID()}:${path.basename(filePath)}`;
      granted.set(token, filePath);
      return token;
    },
    resolve: (token) => granted.get(token) ?? null,
  };
}

/** The file's name inside a token, for messages. */
const nameIn = (token: string) => token.split(':').slice(2).join(':') || token;

/**
 * The body with each file token shown as the picked file's path (the user chose it), or as its bare name when
 * the token is from another session: what generated code reads, never the opaque token itself.
 */
export function bodyWithFilePaths(body: BodySpec, grants: FileGrants): BodySpec {
  const shown = (token: string) =>
    token.startsWith(FILE_TOKEN_PREFIX) ? (grants.resolve(token) ?? nameIn(token)) : token;
  if (body.kind === 'file') return { ...body, path: shown(body.path) };
  if (body.kind !== 'multipart') return body;
  return {
    ...body,
    parts: body.parts.map((part) =>
      'filePath' in part
        ? { ...part, filePath: shown(part.filePath), fileName: part.fileName ?? nameIn(part.filePath) }
        : part,
    ),
  };
}

/** The body with every file token replaced by its picked path, or the message saying which file to pick again. */
export function resolveBodyFiles(
  body: BodySpec,
  grants: FileGrants,
): { ok: true; body: BodySpec } | { ok: false; message: string } {
  const again = (token: string) => ({
    ok: false as const,
    message: `Choose the file "${nameIn(token)}" again with "Choose file…": Parley sends only files picked in this session.`,
  });
  if (body.kind === 'file') {
    const resolved = grants.resolve(body.path);
    return resolved ? { ok: true, body: { ...body, path: resolved } } : again(body.path);
  }
  if (body.kind === 'multipart') {
    const parts = [];
    for (const part of body.parts) {
      if (!('filePath' in part)) {
        parts.push(part);
        continue;
      }
      const resolved = grants.resolve(part.filePath);
      if (!resolved) return again(part.filePath);
      parts.push({ ...part, filePath: resolved, fileName: part.fileName ?? nameIn(part.filePath) });
    }
    return { ok: true, body: { ...body, parts } };
  }
  return { ok: true, body };
}

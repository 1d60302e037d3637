/** Every failure that crosses the IPC boundary has one of these codes, so the renderer can react to it. */
export type IpcErrorCode =
  | 'unknown-channel'
  | 'invalid-input'
  | 'payload-too-large'
  | 'forbidden-sender'
  | 'not-found'
  | 'conflict'
  /** The send needs the user's explicit confirmation (the wbTeamPro ban guard). */
  | 'confirmation-required'
  | 'handler-failed';

export interface IpcIssue {
  readonly path: string;
  readonly message: string;
}

export interface IpcError {
  readonly code: IpcErrorCode;
  readonly message: string;
  readonly channel: string;
  readonly issues?: readonly IpcIssue[];
}

export type IpcResult<O> = { readonly ok: true; readonly value: O } | { readonly ok: false; readonly error: IpcError };

/** Thrown by handlers for expected failures (a missing profile, a conflicting name): the message reaches the user. */
export class HandlerError extends Error {
  constructor(
    readonly code: Exclude<
      IpcErrorCode,
      'unknown-channel' | 'invalid-input' | 'payload-too-large' | 'forbidden-sender'
    >,
    message: string,
  ) {
    super(message);
    this.name = 'HandlerError';
  }
}

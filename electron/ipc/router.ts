/**
 * The transport-agnostic IPC router: channel name → validated handler. Electron's `ipcMain.handle`
 * and the e2e harness's `exposeBinding` both call `dispatch`, so tests run the real thing.
 */
import {
  contract,
  isChannelName,
  type ChannelName,
  type ChannelOutput,
  type ChannelParsedInput,
} from '../../shared/ipc/contract';
import { HandlerError, type IpcError, type IpcResult } from '../../shared/ipc/errors';
import { errorMessage } from '../../shared/values';

export interface CallContext {
  /** URL of the frame that sent the call. */
  readonly senderUrl: string;
}

export type Handler<C extends ChannelName> = (
  input: ChannelParsedInput<C>,
  context: CallContext,
) => Promise<ChannelOutput<C>> | ChannelOutput<C>;

export type Handlers = { readonly [C in ChannelName]: Handler<C> };

export interface RouterOptions {
  /** Only frames whose URL passes are served: the app's own page, never a navigated-to site. */
  readonly isTrustedSender: (url: string) => boolean;
  /** Called with unexpected handler failures, for the log. */
  readonly onHandlerError?: (channel: ChannelName, error: unknown) => void;
  /** Inputs bigger than this (as JSON) are refused before validation. */
  readonly maxInputBytes?: number;
}

export interface Router {
  dispatch(channel: string, input: unknown, context: CallContext): Promise<IpcResult<unknown>>;
}

const DEFAULT_MAX_INPUT_BYTES = 32 * 1024 * 1024;

export function createRouter(handlers: Handlers, options: RouterOptions): Router {
  const maxInputBytes = options.maxInputBytes ?? DEFAULT_MAX_INPUT_BYTES;
  const fail = (error: IpcError): IpcResult<never> => ({ ok: false, error });

  return {
    async dispatch(channel, input, context) {
      if (!isChannelName(channel)) {
        return fail({
          code: 'unknown-channel',
          channel: String(channel),
          message: `No channel named "${String(channel)}".`,
        });
      }
      if (!options.isTrustedSender(context.senderUrl)) {
        return fail({
          code: 'forbidden-sender',
          channel,
          message: `Calls from ${context.senderUrl || 'an unknown frame'} are refused.`,
        });
      }
      const size = measureJson(input);
      if (size === undefined || size > maxInputBytes) {
        return fail({
          code: 'payload-too-large',
          channel,
          message:
            size === undefined
              ? 'The input cannot be serialised.'
              : `The input is ${formatBytes(size)}; the limit is ${formatBytes(maxInputBytes)}.`,
        });
      }
      const parsed = contract[channel].input.safeParse(input);
      if (!parsed.success) {
        const issues = parsed.error.issues.map((issue) => ({ path: issue.path.join('.'), message: issue.message }));
        return fail({
          code: 'invalid-input',
          channel,
          message: `Invalid input for ${channel}: ${issues.map((i) => (i.path ? `${i.path}: ${i.message}` : i.message)).join('; ')}`,
          issues,
        });
      }
      try {
        const handler = handlers[channel] as (input: unknown, context: CallContext) => unknown;
        const value = await handler(parsed.data, context);
        return { ok: true, value };
      } catch (error) {
        if (error instanceof HandlerError) return fail({ code: error.code, channel, message: error.message });
        options.onHandlerError?.(channel, error);
        const message = errorMessage(error);
        return fail({ code: 'handler-failed', channel, message: `${channel} failed: ${message}` });
      }
    },
  };
}

function measureJson(value: unknown): number | undefined {
  if (value === undefined) return 0;
  try {
    return JSON.stringify(value)?.length ?? 0;
  } catch {
    return undefined;
  }
}

function formatBytes(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${Math.ceil(bytes / 1024)} KB`;
}

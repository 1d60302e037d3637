/** Messages between the inspector and its format worker. */
import type { BodyKind } from './format';

export type FormatRequest =
  | {
      readonly id: number;
      readonly op: 'prepare';
      readonly text: string;
      readonly kind: BodyKind;
      readonly pretty: boolean;
    }
  | { readonly id: number; readonly op: 'jsonpath'; readonly text: string; readonly expression: string };

export type FormatResponse =
  | {
      readonly id: number;
      readonly ok: true;
      readonly text: string;
      readonly offsets: Uint32Array;
      /** Why the text could not be formatted (invalid JSON): it comes back as it was. */
      readonly problem?: string;
    }
  | { readonly id: number; readonly ok: false; readonly error: string };

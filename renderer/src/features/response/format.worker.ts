/// <reference lib="webworker" />
/**
 * Off the main thread: formatting, row indexing and JSONPath over bodies of any size, so the window
 * keeps answering clicks while a 100 MB JSON body is prepared.
 */
import { JSONPath } from 'jsonpath-plus';
import { formatXml, jsonPathProblem, jsonProblem, reindentJson, rowOffsets } from './format';
import type { FormatRequest, FormatResponse } from './format-protocol';
import { errorMessage } from '../../../../shared/values';

const scope = self as unknown as DedicatedWorkerGlobalScope;

function handle(request: FormatRequest): FormatResponse {
  if (request.op === 'prepare') {
    // Invalid JSON is shown as it arrived: re-indenting it would hide where it breaks.
    const problem = request.pretty && request.kind === 'json' ? jsonProblem(request.text) : null;
    const text =
      !request.pretty || problem
        ? request.text
        : request.kind === 'json'
          ? reindentJson(request.text)
          : request.kind === 'xml' || request.kind === 'html'
            ? formatXml(request.text, request.kind === 'html')
            : request.text;
    return { id: request.id, ok: true, text, offsets: rowOffsets(text), ...(problem ? { problem } : {}) };
  }
  const invalid = jsonPathProblem(request.expression);
  if (invalid) throw new Error(invalid);
  const json: unknown = JSON.parse(request.text);
  const result: unknown = JSONPath({ path: request.expression, json: json as object, wrap: true });
  const text = JSON.stringify(result, null, 2);
  return { id: request.id, ok: true, text, offsets: rowOffsets(text) };
}

scope.onmessage = (event: MessageEvent<FormatRequest>) => {
  let response: FormatResponse;
  try {
    response = handle(event.data);
  } catch (error) {
    response = { id: event.data.id, ok: false, error: errorMessage(error) };
  }
  if (response.ok) scope.postMessage(response, [response.offsets.buffer]);
  else scope.postMessage(response);
};

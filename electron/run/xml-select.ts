/** XPath over an XML body (xmldom + xpath): loaded only when a check uses XPath. */
import { DOMParser } from '@xmldom/xmldom';
import xpath from 'xpath';
import { errorMessage } from '../../shared/values';
import type { Selection } from './evaluate';

export function selectXml(bodyText: string | null, expression: string): Selection {
  if (bodyText === null) return { ok: false, problem: 'the body is not text' };
  const problems: string[] = [];
  let document: Document;
  try {
    document = new DOMParser({
      onError: (level, message) => {
        if (level !== 'warning') problems.push(message);
      },
    }).parseFromString(bodyText, 'text/xml') as unknown as Document;
  } catch (error) {
    // xmldom throws on a fatal error (a JSON body has no root element) after reporting it.
    return { ok: false, problem: `the body is not XML: ${problems[0] ?? errorMessage(error)}` };
  }
  if (problems.length > 0) return { ok: false, problem: `the body is not XML: ${problems[0]}` };
  try {
    const result = xpath.select(expression, document);
    const nodes = Array.isArray(result) ? result : [result];
    return {
      ok: true,
      values: nodes.map((node) => (typeof node === 'object' && node !== null ? (node.textContent ?? '') : node)),
    };
  } catch (error) {
    return { ok: false, problem: `invalid XPath: ${errorMessage(error)}` };
  }
}

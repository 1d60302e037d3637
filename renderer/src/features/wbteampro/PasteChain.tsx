import { useState, type FormEvent } from 'react';
import type { Chain, UrlStyle } from '../../../../shared/providers/wbteampro/chain/model';
import { parseChain, type ChainParseError } from '../../../../shared/providers/wbteampro/chain/parse';
import type { ParamsStyle } from '../../../../shared/providers/wbteampro/options';
import { decodeParams } from '../../../../shared/providers/wbteampro/params';

export interface PastedChain {
  readonly chain: Chain;
  readonly style: UrlStyle | null;
  /** Present when the URL carried params. */
  readonly params: Record<string, unknown> | null;
  readonly paramsStyle: ParamsStyle | null;
  /** The URL's `method=` parameter, when it had one. */
  readonly verb: string | null;
}

/** Shows the pasted text with the part the parser could not understand marked. */
function Located({ text, error }: { text: string; error: ChainParseError }) {
  const end = error.offset + error.length;
  return (
    <p className="wb-problem" role="alert">
      {error.message}
      <br />
      <code className="wb-located" data-testid="wb-paste-located">
        {text.slice(0, error.offset)}
        <mark>{error.length > 0 ? text.slice(error.offset, end) : '‸'}</mark>
        {text.slice(end)}
      </code>
    </p>
  );
}

/** "Paste a chain or URL": any of the three URL styles, a full URL or a `v1.x.y.json` action fills the builder. */
export function PasteChain({ onFill }: { readonly onFill: (pasted: PastedChain) => void }) {
  const [text, setText] = useState('');
  const [problem, setProblem] = useState<{ text: string; error: ChainParseError } | null>(null);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const parsed = parseChain(text);
    if (!parsed.ok) {
      setProblem({ text, error: parsed.error });
      return;
    }
    const decoded = decodeParams(parsed.query);
    if (decoded.error) {
      const at = text.indexOf('params');
      setProblem({ text, error: { message: decoded.error, offset: Math.max(0, at), length: at < 0 ? 0 : 6 } });
      return;
    }
    const verb = parsed.query.find(([name]) => name === 'method')?.[1] ?? null;
    setProblem(null);
    onFill({
      chain: parsed.chain,
      style: parsed.style,
      params: decoded.style ? decoded.params : null,
      paramsStyle: decoded.style,
      verb,
    });
  };

  return (
    <form className="wb-paste" onSubmit={submit}>
      <label htmlFor="wb-paste-input" className="wb-block-label">
        Paste a chain or URL
      </label>
      <div className="wb-paste-row">
        <input
          id="wb-paste-input"
          value={text}
          spellCheck={false}
          placeholder="v1.projects.100.actions.json or https://…/api.php?action=…"
          onChange={(event) => setText(event.target.value)}
        />
        <button type="submit">Fill the builder</button>
      </div>
      {problem ? <Located text={problem.text} error={problem.error} /> : null}
    </form>
  );
}

import type { Reading } from '../lib/types';

function Tag({ kind }: { kind: string }) {
  return <span className={`tag tag-${kind}`}>{kind}</span>;
}

export default function ReadingItem({ r }: { r: Reading }) {
  if (r.cite && r.links) {
    return (
      <li>
        {r.cite} <a href={r.links.paper}>paper</a>
        {r.links.code && (
          <>
            {' · '}
            <a href={r.links.code}>code</a>
          </>
        )}
      </li>
    );
  }
  const href = r.url ?? `https://arxiv.org/abs/${r.arxiv}`;
  const tag = r.kind === 'background' ? 'background' : r.kind === 'optional' || r.required === false ? 'optional' : null;
  return (
    <li>
      <a href={href}>{r.title}</a>
      {r.venue && <span className="venue"> ({r.venue})</span>}
      {r.note && <span className="note"> ({r.note})</span>}
      {tag && <> <Tag kind={tag} /></>}
    </li>
  );
}

import { useState, type ReactNode } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { renderStatic } from './static-html';

function Wrap({ children, title }: { children?: ReactNode; title: string }) {
  return (
    <section aria-label={title}>
      <h2>{title}</h2>
      {children}
    </section>
  );
}

describe('renderStatic', () => {
  it('matches renderToStaticMarkup on elements, components, fragments and text', () => {
    const trees: ReactNode[] = [
      <p key="a">
        a {1} {null} {false} {'<b> & "q" \'s\''}
      </p>,
      <Wrap key="b" title={'T "1" & <2>'}>
        <>
          <a href="/x?a=1&b=2" className="c" tabIndex={-1} aria-hidden="true">
            link
          </a>
          <br />
          <time dateTime="2026-01">Jan</time>
        </>
      </Wrap>,
      <div key="c" style={{ marginInlineStart: '1px', '--x': 2 } as object} hidden dir="rtl" lang="ar" dangerouslySetInnerHTML={{ __html: '<i>raw</i>' }} />,
      [<span key="1">x</span>, 'y', <input key="2" readOnly value="v" />],
    ];
    for (const tree of trees) expect(renderStatic(tree)).toBe(renderToStaticMarkup(<>{tree}</>));
  });

  it('refuses components that need React to run them', () => {
    function Stateful() {
      const [n] = useState(1);
      return <p>{n}</p>;
    }
    expect(() => renderStatic(<Stateful />)).toThrow();
  });
});

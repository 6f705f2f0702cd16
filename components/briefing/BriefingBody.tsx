import { getMDXComponent } from 'next-contentlayer2/hooks';
import { mdxComponents } from '../mdx';

type Props = { code: string };

/** The MDX body of a briefing, rendered on the server. */
export function BriefingBody({ code }: Props) {
  const Body = getMDXComponent(code);
  return (
    <div className="prose">
      <Body components={mdxComponents} />
    </div>
  );
}

type Source = { name: string; url: string };

type Props = {
  sources: Source[];
  heading: string;
  intro: string;
};

/** The sources a briefing rests on, each a link out. */
export function SourceList({ sources, heading, intro }: Props) {
  return (
    <section className="sources" aria-labelledby="sources-heading">
      <h2 id="sources-heading">{heading}</h2>
      <p>{intro}</p>
      <ul>
        {sources.map((source) => (
          <li key={`${source.name}-${source.url}`}>
            <a href={source.url} rel="noopener external" dir="auto">
              <bdi>{source.name}</bdi>
            </a>
          </li>
        ))}
      </ul>
    </section>
  );
}

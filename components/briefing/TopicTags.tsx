import type { Locale } from '@/i18n/locales';
import type { Topic } from '@/lib/content';
import { paths } from '@/lib/routing/paths';
import { modeHref } from '@/lib/routing/request-mode';

type Props = {
  locale: Locale;
  topics: Topic[];
  label: string;
  /** Words before the list ("Filed under"), shown; otherwise the label is for screen readers only. */
  intro?: string;
};

/** The topics of a briefing, each a link to its topic page. */
export function TopicTags({ locale, topics, label, intro }: Props) {
  if (topics.length === 0) return null;
  const list = (
    <ul className="topic-tags" aria-label={label}>
      {topics.map((topic) => (
        <li key={topic.id}>
          <a href={modeHref(paths.topic(locale, topic.id))} dir="auto">
            {topic.label[locale]}
          </a>
        </li>
      ))}
    </ul>
  );
  if (!intro) return list;
  return (
    <div className="filed-under">
      <p className="filed-under-intro">{intro}</p>
      {list}
    </div>
  );
}

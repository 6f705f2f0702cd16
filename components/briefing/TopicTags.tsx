import type { Locale } from '@/i18n/locales';
import type { Topic } from '@/lib/content';
import { paths } from '@/lib/routing/paths';

type Props = {
  locale: Locale;
  topics: Topic[];
  label: string;
};

/** The topics of a briefing, each a link to its topic page. */
export function TopicTags({ locale, topics, label }: Props) {
  if (topics.length === 0) return null;
  return (
    <ul className="topic-tags" aria-label={label}>
      {topics.map((topic) => (
        <li key={topic.id}>
          <a href={paths.topic(locale, topic.id)}>{topic.label[locale]}</a>
        </li>
      ))}
    </ul>
  );
}

import { topicLabel } from './labels';

export function TopicList({ topics }: { topics: readonly string[] }) {
  if (topics.length === 0) return null;
  return (
    <ul className="topics" aria-label="Topics">
      {topics.map((topic) => (
        <li key={topic}>{topicLabel(topic)}</li>
      ))}
    </ul>
  );
}

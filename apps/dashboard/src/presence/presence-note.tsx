import { useSignedIn } from '../auth/session-context';
import { othersOnItem, presenceSentence } from './presence-text';
import { usePeopleOn } from './use-presence';

/** "Dana Experience (PX) is viewing": who else is on this item right now, so two people never answer the same patient. */
export function PresenceNote({ itemId, className = '' }: { itemId: string; className?: string }) {
  const { user } = useSignedIn();
  const others = othersOnItem(usePeopleOn(itemId), user.id);
  if (others.length === 0) return null;
  return (
    <span className={`presence ${className}`} data-testid="presence">
      {others.map((person) => (
        <span key={person.userId} className={`presence-${person.activity}`}>
          {presenceSentence(person)}
        </span>
      ))}
    </span>
  );
}

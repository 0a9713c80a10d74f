import { useSearchParams } from 'react-router';
import type { Organisation } from '../../../contracts/organisations';
import { useCurrentUser } from '../auth/session-provider';
import { useBooks } from './registry-queries';

export interface BookScope {
  /** The books the person may read (one for a company's staff, several for a regulator or an administrator). */
  readonly books: readonly Organisation[];
  /** The chosen book, or undefined for "all the books I may read". */
  readonly organisationId: string | undefined;
  /** The book to write into or to check: the chosen one, or the person's own company. */
  readonly bookId: string | undefined;
  readonly isMultiBook: boolean;
  setOrganisationId(id: string | null): void;
}

/** The organisation filter of the registry screens, kept in the URL (?organisationId=) like every other filter. */
export function useBookScope(): BookScope {
  const user = useCurrentUser();
  const [params, setParams] = useSearchParams();
  const books = useBooks().data ?? [];
  const isMultiBook = user.organisation.kind !== 'psc';
  const chosen = params.get('organisationId') ?? undefined;
  const organisationId = isMultiBook ? chosen : user.organisation.id;
  return {
    books,
    organisationId,
    bookId: organisationId ?? (isMultiBook ? undefined : user.organisation.id),
    isMultiBook,
    setOrganisationId: (id) =>
      setParams(
        (current) => {
          const next = new URLSearchParams(current);
          if (id) next.set('organisationId', id);
          else next.delete('organisationId');
          return next;
        },
        { replace: true },
      ),
  };
}

import { useQuery, useQueryClient } from '@tanstack/react-query';
import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import type { SessionResponse } from '../../../contracts/auth';
import { api, isApiError, onSessionLost, setCsrfToken } from '../../api-client';
import { RegionContext } from '../../i18n/format';
import { applyLanguage } from '../../i18n/i18n';

export const SESSION_KEY = ['session'] as const;

/** How the last session ended: it expired (the person is told), or they signed out (nothing to come back to). */
export type SessionEnd = 'expired' | 'signed-out' | null;

export interface SessionContextValue {
  /** null when nobody is signed in; otherwise the session at any stage of sign-in. */
  readonly session: SessionResponse | null;
  readonly isLoading: boolean;
  readonly endedBy: SessionEnd;
  /** Keep a session the server just answered with (sign-in). */
  accept(session: SessionResponse): void;
  /** Read the session again (after a second factor or an enrolment changes its stage). */
  refresh(): Promise<SessionResponse | null>;
  signOut(): Promise<void>;
  /** Update the cached account after a change the person made (e.g. the language). */
  patchUser(patch: Partial<SessionResponse['user']>): void;
}

const SessionContext = createContext<SessionContextValue | null>(null);

/** The current session, or null when nobody is signed in (an expired session is reported through onExpired). */
async function loadSession(onExpired: () => void): Promise<SessionResponse | null> {
  try {
    const session = await api.auth.session();
    setCsrfToken(session.csrfToken);
    return session;
  } catch (error) {
    if (isApiError(error) && error.status === 401) {
      setCsrfToken(null);
      if (error.code === 'SESSION_EXPIRED') onExpired();
      return null;
    }
    throw error;
  }
}

export function SessionProvider({ children }: { children: ReactNode }) {
  const queryClient = useQueryClient();
  const [endedBy, setEndedBy] = useState<SessionEnd>(null);
  const markExpired = useCallback(() => setEndedBy('expired'), []);
  const query = useQuery({
    queryKey: SESSION_KEY,
    queryFn: () => loadSession(markExpired),
    staleTime: Infinity,
    retry: false,
  });
  const session = query.data ?? null;

  const forget = useCallback(() => {
    setCsrfToken(null);
    queryClient.removeQueries({ predicate: (q) => q.queryKey[0] !== SESSION_KEY[0] });
    queryClient.setQueryData(SESSION_KEY, null);
  }, [queryClient]);

  useEffect(() => {
    onSessionLost(() => {
      if (queryClient.getQueryData(SESSION_KEY)) setEndedBy('expired');
      forget();
    });
    return () => onSessionLost(null);
  }, [forget, queryClient]);

  // The account's language applies as soon as the server says who is signing in.
  const language = session?.user.language;
  useEffect(() => {
    if (language) void applyLanguage(language);
  }, [language]);

  const value = useMemo<SessionContextValue>(
    () => ({
      session,
      isLoading: query.isPending,
      endedBy,
      accept: (next) => {
        setCsrfToken(next.csrfToken);
        setEndedBy(null);
        queryClient.setQueryData(SESSION_KEY, next);
      },
      refresh: async () => {
        const next = await loadSession(markExpired);
        queryClient.setQueryData(SESSION_KEY, next);
        return next;
      },
      signOut: async () => {
        try {
          await api.auth.signOut();
        } finally {
          setEndedBy('signed-out');
          forget();
          queryClient.clear();
          queryClient.setQueryData(SESSION_KEY, null);
        }
      },
      patchUser: (patch) => {
        queryClient.setQueryData<SessionResponse | null>(SESSION_KEY, (current) =>
          current ? { ...current, user: { ...current.user, ...patch } } : current,
        );
      },
    }),
    [session, query.isPending, endedBy, queryClient, forget, markExpired],
  );

  return (
    <SessionContext.Provider value={value}>
      <RegionContext.Provider value={session?.user.organisation.countryCode ?? null}>
        {children}
      </RegionContext.Provider>
    </SessionContext.Provider>
  );
}

export function useSession(): SessionContextValue {
  const value = useContext(SessionContext);
  if (!value) throw new Error('useSession outside SessionProvider');
  return value;
}

/** The signed-in person, inside routes that RequireSession guards. */
export function useCurrentUser(): SessionResponse['user'] {
  const { session } = useSession();
  if (!session) throw new Error('useCurrentUser without a session');
  return session.user;
}

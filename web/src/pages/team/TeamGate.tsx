import type { JSX } from 'react';
import { Loading } from '../../ui/states';
import { AcceptInvitationPage } from './AcceptInvitationPage';
import { SignInPage } from './SignInPage';
import { useSession } from './session';

/**
 * What the shell shows instead of a page on a team server: the invitation being accepted, or the
 * sign-in when no one is signed in. Undefined when the page itself may show.
 */
export function useTeamGate(): { title: string; content: JSX.Element } | undefined {
  const session = useSession();
  if (session.state === 'checking') return { title: 'Loading', content: <Loading /> };
  if (session.invite)
    return { title: 'Accept your invitation', content: <AcceptInvitationPage token={session.invite} /> };
  if (session.state === 'signed-out') return { title: 'Sign in', content: <SignInPage /> };
  return undefined;
}

import { ApiError } from '../../api/client';
import { ErrorBanner } from '../../ui/states';
import { sentence } from './paths';

/** What went wrong, in plain words: `plain` maps the expected answers (wrong password, limits…). */
export function Problem({ error, plain }: { error: unknown; plain?: (e: ApiError) => string | undefined }) {
  if (error === undefined) return null;
  const e = error instanceof ApiError ? error : new ApiError(0, 'internal', String(error));
  const words = plain?.(e);
  if (words)
    return (
      <p className="banner banner-error" role="alert">
        {words}
      </p>
    );
  // A field the server named reads as "Password: at least 12 characters".
  const detail = e.details[0];
  if (e.status === 400 && detail)
    return (
      <p className="banner banner-error" role="alert">
        {sentence(`${FIELD_LABEL[detail.path] ?? detail.path}: ${detail.message}`)}
      </p>
    );
  return <ErrorBanner error={new Error(sentence(e.message))} />;
}

const FIELD_LABEL: Record<string, string> = {
  email: 'E-mail address',
  name: 'Name',
  password: 'Password',
  coach: "The coach's e-mail address",
  text: 'The note',
  role: 'Role',
};

import { session } from '@/features/auth/session';
import { client } from './generated/client.gen';
import { ApiError } from './problem';

/**
 * Configures the generated client once: same-origin base URL, the bearer token, typed errors,
 * and a 401 on an authenticated request ends the session (drafts stay in localStorage).
 */
export function setUpApiClient(): void {
  client.setConfig({ baseUrl: '', auth: () => session.token() ?? undefined });
  client.interceptors.response.use((response, request) => {
    if (response.status === 401 && request.headers.has('Authorization') && session.token()) {
      session.signOut('expired');
    }
    return response;
  });
  client.interceptors.error.use((error, response) => new ApiError(response?.status ?? 0, error));
}

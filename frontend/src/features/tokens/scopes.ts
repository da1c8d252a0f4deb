import type { Scope } from '@/api/generated';

/** The i18n key of a scope: i18next reads ':' as a namespace separator. */
export const scopeKey = (scope: Scope) => scope.replace(':', '_');

/** What a new token gets unless changed: the read scopes offered (as the API's default). */
export const readScopes = (offered: Scope[]) => offered.filter((scope) => scope.endsWith(':read'));

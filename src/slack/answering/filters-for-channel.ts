import type { ChannelScopes } from '../../config.js';
import type { SearchFilters } from '../../store/index-store.js';

/** Channel scoping: a listed channel may be limited to some committees; exempt papers only where allowed. */
export function filtersForChannel(scopes: ChannelScopes, channelId: string | undefined): SearchFilters {
  const scope = channelId ? scopes[channelId] : undefined;
  const filters: SearchFilters = { includeExempt: scope?.allowExempt ?? false };
  if (scope?.committees && scope.committees.length > 0) filters.committees = scope.committees;
  return filters;
}

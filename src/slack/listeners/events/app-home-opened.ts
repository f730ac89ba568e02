import type { types, webApi } from '@slack/bolt';
import type { AnsweringServices } from '../../answering/answering-services.js';
import { filtersForChannel } from '../../answering/filters-for-channel.js';
import { createReferenceId } from '../../answering/message-keys.js';
import { renderHomeView } from '../../render/render-home-view.js';

export interface AppHomeOpenedArguments {
  event: types.AppHomeOpenedEvent;
  client: webApi.WebClient;
}

/** The Home tab: what Quorum knows and how to use it, refreshed each time it is opened. */
export function createAppHomeOpenedListener(services: AnsweringServices) {
  return async ({ event, client }: AppHomeOpenedArguments): Promise<void> => {
    if (event.tab !== 'home') return;
    let view: types.HomeView;
    try {
      // The Home tab belongs to no channel, so it shows what an unscoped channel may cite: never exempt papers.
      view = renderHomeView(
        await services.dependencies.describeSources(filtersForChannel(services.channelScopes, undefined)),
      );
    } catch (error) {
      const referenceId = createReferenceId();
      services.logger.error({ err: error, referenceId, listener: 'app_home_opened' }, 'Could not describe the sources');
      view = renderHomeView({
        failure: `Sorry, I could not load what I know just now. Please try again later; reference \`${referenceId}\`.`,
      });
    }
    try {
      await client.views.publish({ user_id: event.user, view });
    } catch (error) {
      // Nowhere left to tell the user; the log is the only trace.
      services.logger.error(
        { err: error, listener: 'app_home_opened', user: event.user },
        'Could not publish the Home tab',
      );
    }
  };
}
